package org.hearth.server.evidence;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.SimpleFormatter;
import java.util.regex.Pattern;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.JDKXRLogger;
import com.openhtmltopdf.util.XRLog;
import org.slf4j.bridge.SLF4JBridgeHandler;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes evidence packs as one PDF: a family's, or a sample's, with a cover page listing the families and each family
 * from a new page. The pack is the Thymeleaf page {@code evidence/pack.html} laid out by openhtmltopdf on Apache
 * PDFBox (docs/decisions.md): a tagged PDF (PDF/UA) whose headings, lists and tables a screen reader follows, and an
 * archival one (PDF/A-3a) with its one font embedded. Every page is marked {@value #MARKING} at the top and the foot,
 * where it also says who produced it and when, and which page of how many it is.
 */
@Component
public class EvidencePackPdf {
    /**
     * The Government Security Classifications' marking for information about identifiable people whose loss would
     * harm them: OFFICIAL, with the SENSITIVE handling caveat and the PERSONAL descriptor.
     */
    public static final String MARKING = "OFFICIAL-SENSITIVE PERSONAL";
    /** Liberation Sans, the open font with Arial's measures (Hearth's pages use Arial), as PDFBox ships it. */
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    /**
     * The control characters XML 1.0 cannot hold. The data folder's values have none (docs/data-format.md), but a key
     * worker's evidence is typed, and one such character must not stop the pack being made.
     */
    private static final Pattern NOT_IN_XML = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]");

    static {
        // The renderer logs every step at INFO on its own console handler; its warnings go to the server's log.
        XRLog.setLoggerImpl(new JDKXRLogger(false, Level.WARNING, new SLF4JBridgeHandler(), new SimpleFormatter()));
    }

    private final ITemplateEngine templates;

    EvidencePackPdf(ITemplateEngine templates) {
        this.templates = templates;
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
        String page = templates.process("evidence/pack", new Context(Locale.UK, Map.of("packs", packs, "sample", sample,
                "marking", MARKING, "producedBy", production, "producedAt", production.at())));
        page = NOT_IN_XML.matcher(page).replaceAll(" ");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder renderer = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessibility(true)
                .usePdfAConformance(PdfAConformance.PDFA_3_A)
                .useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData())
                .useFont(() -> EvidencePackPdf.class.getResourceAsStream(FONT), "Liberation Sans")
                .withProducer("Hearth")
                .withHtmlContent(page, null)
                .toStream(pdf);
        try {
            renderer.run();
        } catch (IOException e) {
            throw new UncheckedIOException("the evidence pack could not be laid out", e);
        }
        return pdf.toByteArray();
    }
}
