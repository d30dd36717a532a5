package org.hearth.server.security;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /admin/users}: the users, and a form to add one (of a partner organisation, or the authority's own): with a
 * first password, or, while Hearth takes no passwords
 * ({@link LocalSignIn}), without one, to sign in through the identity provider; and, from a user's row, a page to reset
 * their second factor, with the reason (a lost phone: {@link SecondFactors#reset}). Administrators only
 * ({@link SecurityConfiguration}).
 */
@Controller
class UserAdminController {
    private static final String RESET = "/admin/users/{username}/two-factor/reset";

    private final Users users;
    private final Teams teams;
    private final LocalSignIn localSignIn;
    private final SecondFactors secondFactors;

    UserAdminController(Users users, Teams teams, LocalSignIn localSignIn, SecondFactors secondFactors) {
        this.users = users;
        this.teams = teams;
        this.localSignIn = localSignIn;
        this.secondFactors = secondFactors;
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        return page(model, new NewUser("", "", null, null, ""), Map.of());
    }

    @PostMapping("/admin/users")
    String add(NewUser user, @RequestParam(required = false) String password, CurrentUser admin, Model model) {
        try {
            users.create(user, password, admin.username());
        } catch (InvalidUserException e) {
            return page(model, user, e.problems());
        }
        return "redirect:/admin/users?added=" + user.username();
    }

    @GetMapping(RESET)
    String secondFactor(@PathVariable String username, Model model) {
        return resetPage(model, username, "", Map.of());
    }

    @PostMapping(RESET)
    String resetSecondFactor(@PathVariable String username, @RequestParam(defaultValue = "") String reason,
                             CurrentUser admin, Model model) {
        try {
            secondFactors.reset(username, reason, admin.username());
        } catch (InvalidUserException e) {
            return resetPage(model, username, reason, e.problems());
        }
        return "redirect:/admin/users?two-factor-reset=" + username;
    }

    private String resetPage(Model model, String username, String reason, Map<String, String> problems) {
        if (!secondFactors.has(username) && problems.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, username + " has no second factor");
        }
        model.addAttribute("username", username);
        model.addAttribute("reason", reason);
        model.addAttribute("problems", problems);
        model.addAttribute("longestReason", SecondFactors.LONGEST_REASON);
        return "admin/reset-two-factor";
    }

    private String page(Model model, NewUser user, Map<String, String> problems) {
        model.addAttribute("users", users.all());
        model.addAttribute("teams", teams.all());
        model.addAttribute("roles", Role.values());
        model.addAttribute("user", user);
        model.addAttribute("problems", problems);
        model.addAttribute("passwords", localSignIn.on());
        return "admin/users";
    }
}
