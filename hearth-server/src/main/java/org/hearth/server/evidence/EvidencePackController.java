package org.hearth.server.evidence;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.hearth.server.security.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The evidence packs as PDF files: {@code /families/{id}/evidence.pdf} for one family (linked from its page), and
 * {@code /evidence/sample.pdf?families=F1,F2} for a spot check's sample, which {@code /evidence} lets a person list.
 * Who may: everyone but administrators, for the families they may see (SecurityConfiguration, {@link EvidencePacks}).
 * A family the user may not see is answered as no family is (404). The files are sent as downloads, to be kept with
 * the check they were made for.
 */
@Controller
class EvidencePackController {
    private final EvidencePacks packs;

    EvidencePackController(EvidencePacks packs) {
        this.packs = packs;
    }

    @GetMapping("/families/{familyId}/evidence.pdf")
    ResponseEntity<byte[]> family(@PathVariable String familyId, CurrentUser user) {
        EvidencePacks.Produced produced = packs.family(user, familyId);
        if (produced.pdf() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return pdf(produced.pdf(), "evidence-pack-" + familyId + ".pdf");
    }

    /** The form listing a sample's families; once they are listed and each has a pack for the user, their PDF. */
    @GetMapping("/evidence")
    String form(@RequestParam(required = false) String families, CurrentUser user, Model model) {
        String problem = null;
        if (families != null) {
            SampleList sample = SampleList.parse(families);
            problem = sample.problem();
            if (problem == null) {
                var unavailable = packs.unavailable(user, sample.familyIds());
                if (unavailable.isEmpty()) {
                    return "redirect:" + UriComponentsBuilder.fromPath("/evidence/sample.pdf")
                            .queryParam("families", String.join(",", sample.familyIds())).build().encode().toUriString();
                }
                problem = SampleList.unavailable(unavailable);
            }
        }
        model.addAttribute("families", families == null ? "" : families);
        model.addAttribute("largest", EvidencePacks.LARGEST_SAMPLE);
        model.addAttribute("problems", problem == null ? Map.of() : Map.of("families", problem));
        return "evidence/sample";
    }

    @GetMapping("/evidence/sample.pdf")
    ResponseEntity<byte[]> sample(@RequestParam(defaultValue = "") String families, CurrentUser user) {
        SampleList sample = SampleList.parse(families);
        if (sample.problem() != null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, sample.problem());
        }
        EvidencePacks.Produced produced = packs.sample(user, sample);
        if (produced.pdf() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, SampleList.unavailable(produced.unavailable()));
        }
        return pdf(produced.pdf(), "evidence-packs-sample-of-" + sample.familyIds().size() + ".pdf");
    }

    private static ResponseEntity<byte[]> pdf(byte[] pdf, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(pdf);
    }
}
