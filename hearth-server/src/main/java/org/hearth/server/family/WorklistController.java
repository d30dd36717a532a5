package org.hearth.server.family;

import org.hearth.server.security.Access;
import org.hearth.server.security.BreakGlass;
import org.hearth.server.security.CurrentUser;
import org.hearth.server.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /worklist}: the families closest to a claim and the outcomes closest to being met, of those the user may see. */
@Controller
class WorklistController {
    private static final int SHOWN = 50;

    /** How far back a manager's worklist shows break-glass access to the team's families. */
    private static final int BREAK_GLASS_DAYS = 30;

    private final Worklist worklist;
    private final FamilyDirectory directory;
    private final Access access;
    private final BreakGlass breakGlass;

    WorklistController(Worklist worklist, FamilyDirectory directory, Access access, BreakGlass breakGlass) {
        this.worklist = worklist;
        this.directory = directory;
        this.access = access;
        this.breakGlass = breakGlass;
    }

    @GetMapping("/worklist")
    String worklist(CurrentUser user, Model model) {
        Access.VisibleFamilies visible = access.familiesVisibleTo(user);
        model.addAttribute("run", directory.latestRun());
        model.addAttribute("families", worklist.families(visible, SHOWN));
        model.addAttribute("outcomes", worklist.outcomes(visible, SHOWN));
        model.addAttribute("breakGlass", user.role() == Role.MANAGER && user.teamId() != null
                ? breakGlass.ofTeam(user.teamId(), BREAK_GLASS_DAYS) : java.util.List.of());
        model.addAttribute("breakGlassDays", BREAK_GLASS_DAYS);
        return "families/worklist";
    }
}
