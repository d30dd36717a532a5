package org.hearth.server.composition;

import java.util.Map;

import org.hearth.io.link.CompositionDecisions;
import org.hearth.server.family.FamilyPage;
import org.hearth.server.security.CurrentUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /families/{id}/composition}: a coordinator's decision on the family's composition, made on the family
 * page's Composition part (whose decisions everyone who sees the family reads there); a decision that cannot be kept
 * shows the page again with what is wrong. {@code /compositions/decisions.csv}: every decision, for {@code hearth link
 * --compositions}. Who may do which is SecurityConfiguration's (coordinators decide; coordinators and auditors
 * download).
 */
@Controller
class CompositionController {
    private final FamilyCompositions compositions;
    private final FamilyPage page;

    CompositionController(FamilyCompositions compositions, FamilyPage page) {
        this.compositions = compositions;
        this.page = page;
    }

    @PostMapping("/families/{familyId}/composition")
    String decide(@PathVariable String familyId, @RequestParam Map<String, String> posted, CurrentUser user,
                  Model model) {
        if (!page.exists(familyId) || !compositions.maySee(user, familyId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        CompositionForm form = CompositionForm.posted(posted);
        try {
            long id = compositions.decide(user, form.decision(familyId));
            return "redirect:/families/" + familyId + "?decided=" + id;
        } catch (InvalidCompositionDecisionException e) {
            model.addAttribute("compositionForm", form);
            return page.show(familyId, user, model, form.onTheForm(e.problems()));
        }
    }

    @GetMapping("/compositions/decisions.csv")
    ResponseEntity<byte[]> decisions(CurrentUser user) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, "text/csv; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + CompositionDecisions.FILE + "\"")
                .body(compositions.decisionsFile(user));
    }
}
