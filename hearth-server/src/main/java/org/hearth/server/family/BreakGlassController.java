package org.hearth.server.family;

import java.util.Map;

import org.hearth.server.security.Access;
import org.hearth.server.security.BreakGlass;
import org.hearth.server.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /break-glass}: open a family outside one's allocation in an emergency, by its id and a reason ({@link BreakGlass}),
 * then read its page for the time the grant lasts. A user who sees the family already goes straight to it.
 */
@Controller
class BreakGlassController {
    private final BreakGlass breakGlass;
    private final Access access;
    private final FamilyPage page;

    BreakGlassController(BreakGlass breakGlass, Access access, FamilyPage page) {
        this.breakGlass = breakGlass;
        this.access = access;
        this.page = page;
    }

    @GetMapping("/break-glass")
    String form(Model model) {
        return form(model, "", "", Map.of());
    }

    @PostMapping("/break-glass")
    Object open(@RequestParam(defaultValue = "") String familyId, @RequestParam(defaultValue = "") String reason,
                CurrentUser user, Model model) {
        String family = familyId.strip();
        if (!family.isEmpty() && access.canSeeFamily(user, family)) {
            return "redirect:/families/" + family;
        }
        Map<String, String> problems = breakGlass.open(user, family, reason, !family.isEmpty() && page.exists(family));
        if (!problems.isEmpty()) {
            return new ModelAndView(form(model, familyId, reason, problems), model.asMap(), HttpStatus.UNPROCESSABLE_CONTENT);
        }
        return "redirect:/families/" + family + "?break-glass";
    }

    private String form(Model model, String familyId, String reason, Map<String, String> problems) {
        model.addAttribute("familyId", familyId);
        model.addAttribute("reason", reason);
        model.addAttribute("problems", problems);
        model.addAttribute("hours", breakGlass.duration().toMinutes() / 60.0);
        model.addAttribute("shortest", BreakGlass.SHORTEST_REASON);
        return "families/break-glass";
    }
}
