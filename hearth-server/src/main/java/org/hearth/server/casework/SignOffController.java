package org.hearth.server.casework;

import org.hearth.engine.HearthException;
import org.hearth.server.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /sign-offs}: a manager's queue of answers awaiting them, about the families of their team, each signed
 * off or returned to its key worker with a reason. Managers only (SecurityConfiguration).
 */
@Controller
class SignOffController {
    private final Answers answers;
    private final SignOff signOff;

    SignOffController(Answers answers, SignOff signOff) {
        this.answers = answers;
        this.signOff = signOff;
    }

    @GetMapping("/sign-offs")
    String queue(CurrentUser manager, Model model) {
        model.addAttribute("answers", answers.awaiting(manager));
        return "casework/sign-offs";
    }

    @PostMapping("/sign-offs/{answerId}")
    String decide(@PathVariable long answerId, @RequestParam String decision, @RequestParam(required = false) String reason,
                  CurrentUser manager, RedirectAttributes outcome) {
        try {
            if ("sign-off".equals(decision)) {
                signOff.signOff(manager, answerId);
                outcome.addFlashAttribute("done", "Answer " + answerId + " signed off: the family has been evaluated again");
            } else {
                answers.returnToWorker(manager, answerId, reason);
                outcome.addFlashAttribute("done", "Answer " + answerId + " returned to its key worker");
            }
        } catch (HearthException e) {
            outcome.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/sign-offs";
    }
}
