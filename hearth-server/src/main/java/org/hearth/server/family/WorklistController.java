package org.hearth.server.family;

import org.hearth.server.security.Access;
import org.hearth.server.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /worklist}: the families closest to a claim and the outcomes closest to being met, of those the user may see. */
@Controller
class WorklistController {
    private static final int SHOWN = 50;

    private final Worklist worklist;
    private final FamilyDirectory directory;
    private final Access access;

    WorklistController(Worklist worklist, FamilyDirectory directory, Access access) {
        this.worklist = worklist;
        this.directory = directory;
        this.access = access;
    }

    @GetMapping("/worklist")
    String worklist(CurrentUser user, Model model) {
        Access.VisibleFamilies visible = access.familiesVisibleTo(user);
        model.addAttribute("run", directory.latestRun());
        model.addAttribute("families", worklist.families(visible, SHOWN));
        model.addAttribute("outcomes", worklist.outcomes(visible, SHOWN));
        return "families/worklist";
    }
}
