package org.hearth.server.protection;

import java.util.Map;

import org.hearth.server.ReviewDate;
import org.hearth.server.security.CurrentUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * {@code /data-protection}: the authority's data protection duties that Hearth carries out (docs/data-protection.md).
 * {@code POST /data-protection/pseudonymised-export} (and {@code /api/...}) makes the pseudonymised export, a ZIP
 * download, or shows why it was refused.
 */
@Controller
class DataProtectionController {
    private final PseudonymisedExport export;
    private final ReviewDate reviewDate;

    DataProtectionController(PseudonymisedExport export, ReviewDate reviewDate) {
        this.export = export;
        this.reviewDate = reviewDate;
    }

    @GetMapping("/data-protection")
    String page(Model model) {
        model.addAttribute("settings", export.settings());
        model.addAttribute("reviewDate", reviewDate.today());
        return "protection/index";
    }

    @PostMapping("/data-protection/pseudonymised-export")
    Object pseudonymisedExport(CurrentUser user, Model model) {
        try {
            return download(export.make(user));
        } catch (ExportRefusedException refused) {
            model.addAttribute("refused", refused);
            page(model);
            return new org.springframework.web.servlet.ModelAndView("protection/index", model.asMap(),
                    HttpStatus.UNPROCESSABLE_CONTENT);
        }
    }

    @PostMapping("/api/data-protection/pseudonymised-export")
    @ResponseBody
    ResponseEntity<?> pseudonymisedExportApi(CurrentUser user) {
        try {
            return download(export.make(user));
        } catch (ExportRefusedException refused) {
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(Map.of("status", "refused",
                    "smallest_group", refused.smallest(), "groups", refused.groups()));
        }
    }

    private static ResponseEntity<byte[]> download(PseudonymisedExport.Export made) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, "application/zip")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + made.fileName() + "\"")
                .body(made.zip());
    }
}
