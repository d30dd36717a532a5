package org.hearth.server.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.hearth.server.web.TaggedPdf;
import org.springframework.stereotype.Component;

/**
 * Writes evidence packs as one PDF: a family's, or a sample's, with a cover page listing the families and each family
 * from a new page. The pack is the Thymeleaf page {@code evidence/pack.html} laid out as a {@link TaggedPdf}. Every page
 * is marked {@value #MARKING} at the top and the foot, where it also says who produced it and when, and which page of
 * how many it is.
 */
@Component
public class EvidencePackPdf {
    /** {@link TaggedPdf#MARKING}. */
    public static final String MARKING = TaggedPdf.MARKING;

    private final TaggedPdf pdf;

    EvidencePackPdf(TaggedPdf pdf) {
        this.pdf = pdf;
    }

    /**
     * Who produced a pack and when, for its footer.
     *
     * @param displayName the person's name; {@code username} their Hearth user
     */
    public record Production(String displayName, String username, Instant at) {
    }

    /** One family's pack. */
    public byte[] family(EvidencePack pack, Production production) {
        return write(List.of(pack), false, production);
    }

    /** A sample's packs in one PDF, in the order given, after a cover page that lists them. */
    public byte[] sample(List<EvidencePack> packs, Production production) {
        return write(packs, true, production);
    }

    private byte[] write(List<EvidencePack> packs, boolean sample, Production production) {
        return pdf.render("evidence/pack", Map.of("packs", packs, "sample", sample, "producedBy", production,
                "producedAt", production.at()), "the evidence pack");
    }
}
