package org.hearth.server.claims;

import java.util.List;

import org.hearth.server.security.CurrentUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The exports (docs/claims.md, Exports): a batch's claims ({@code /claims/batches/{id}/claims.csv} and {@code .xlsx})
 * and the claims register, every claim ever made with its state ({@code /claims/register.csv} and {@code .xlsx}), each
 * holding only the claims the user may see, each download audited; and the evidence packs of a claim and of a
 * batch's spot-check sample as PDF, made from what the claims froze ({@link ClaimEvidencePacks}).
 */
@Controller
class ClaimExportController {
    private static final String PDF = "application/pdf";
    private final ClaimViews views;
    private final ClaimEvidencePacks packs;

    ClaimExportController(ClaimViews views, ClaimEvidencePacks packs) {
        this.views = views;
        this.packs = packs;
    }

    @GetMapping("/claims/{claimId}/evidence.pdf")
    ResponseEntity<byte[]> claimPack(@PathVariable long claimId, CurrentUser user) {
        return download(found(packs.claim(user, claimId)), PDF, "evidence-pack-claim-" + claimId + ".pdf");
    }

    @GetMapping("/claims/batches/{batchId}/sample/evidence.pdf")
    ResponseEntity<byte[]> samplePacks(@PathVariable long batchId, CurrentUser user) {
        return download(found(packs.sample(user, batchId)), PDF, "evidence-packs-sample-of-batch-" + batchId + ".pdf");
    }

    @GetMapping("/claims/batches/{batchId}/claims.csv")
    ResponseEntity<byte[]> batchCsv(@PathVariable long batchId, CurrentUser user) {
        return download(ClaimExports.csv(batch(user, batchId, "csv")), ClaimExports.CSV_TYPE, "claim-batch-" + batchId + ".csv");
    }

    @GetMapping("/claims/batches/{batchId}/claims.xlsx")
    ResponseEntity<byte[]> batchXlsx(@PathVariable long batchId, CurrentUser user) {
        return download(ClaimExports.xlsx(batch(user, batchId, "xlsx"), "Batch " + batchId), ClaimExports.XLSX_TYPE,
                "claim-batch-" + batchId + ".xlsx");
    }

    @GetMapping("/claims/register.csv")
    ResponseEntity<byte[]> registerCsv(CurrentUser user) {
        return download(ClaimExports.csv(views.register(user, "csv")), ClaimExports.CSV_TYPE, "claims-register.csv");
    }

    @GetMapping("/claims/register.xlsx")
    ResponseEntity<byte[]> registerXlsx(CurrentUser user) {
        return download(ClaimExports.xlsx(views.register(user, "xlsx"), "Claims register"), ClaimExports.XLSX_TYPE,
                "claims-register.xlsx");
    }

    private List<Claim> batch(CurrentUser user, long batchId, String format) {
        BatchView view = views.exported(user, batchId, format);
        if (view == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return view.claims();
    }

    private static byte[] found(byte[] pdf) {
        if (pdf == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return pdf;
    }

    private static ResponseEntity<byte[]> download(byte[] body, String type, String name) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").body(body);
    }
}
