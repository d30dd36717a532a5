package org.hearth.server.protection;

import java.util.Map;

import org.hearth.engine.HearthException;
import org.hearth.server.ReviewDate;
import org.hearth.server.security.CurrentUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /data-protection}: the authority's data protection duties that Hearth carries out (docs/data-protection.md).
 * {@code POST /data-protection/pseudonymised-export} (and {@code /api/...}) makes the pseudonymised export, a ZIP
 * download, or shows why it was refused; {@code POST /data-protection/subject-access} ({@code person}) a person's
 * subject access pack, a ZIP of its JSON and PDF, or says why not.
 */
@Controller
class DataProtectionController {
    private final PseudonymisedExport export;
    private final SubjectAccess subjectAccess;
    private final ReviewDate reviewDate;

    DataProtectionController(PseudonymisedExport export, SubjectAccess subjectAccess, ReviewDate reviewDate) {
        this.export = export;
        this.subjectAccess = subjectAccess;
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
            PseudonymisedExport.Export made = export.make(user);
            return download(made.fileName(), made.zip());
        } catch (ExportRefusedException refused) {
            model.addAttribute("refused", refused);
            page(model);
            return new ModelAndView("protection/index", model.asMap(), HttpStatus.UNPROCESSABLE_CONTENT);
        }
    }

    @PostMapping("/data-protection/subject-access")
    Object subjectAccess(@RequestParam(defaultValue = "") String person, CurrentUser user, Model model) {
        try {
            SubjectAccess.Download pack = subjectAccess.produce(user, person);
            return download(pack.fileName(), pack.zip());
        } catch (HearthException refused) {
            model.addAttribute("person", person);
            model.addAttribute("personProblem", refused.getMessage());
            page(model);
            return new ModelAndView("protection/index", model.asMap(), HttpStatus.UNPROCESSABLE_CONTENT);
        }
    }

    @PostMapping("/api/data-protection/subject-access")
    @ResponseBody
    ResponseEntity<?> subjectAccessApi(@RequestParam(defaultValue = "") String person, CurrentUser user) {
        try {
            SubjectAccess.Download pack = subjectAccess.produce(user, person);
            return download(pack.fileName(), pack.zip());
        } catch (HearthException refused) {
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(Map.of("status", "refused",
                    "errors", Map.of("person", refused.getMessage())));
        }
    }

    @PostMapping("/api/data-protection/pseudonymised-export")
    @ResponseBody
    ResponseEntity<?> pseudonymisedExportApi(CurrentUser user) {
        try {
            PseudonymisedExport.Export made = export.make(user);
            return download(made.fileName(), made.zip());
        } catch (ExportRefusedException refused) {
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(Map.of("status", "refused",
                    "smallest_group", refused.smallest(), "groups", refused.groups()));
        }
    }

    private static ResponseEntity<byte[]> download(String fileName, byte[] zip) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, "application/zip")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"").body(zip);
    }
}
