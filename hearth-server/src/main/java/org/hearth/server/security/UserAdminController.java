package org.hearth.server.security;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /admin/users}: the users, and a form to add one (of a partner organisation, or the authority's own): with a
 * first password, or, while Hearth takes no passwords
 * ({@link LocalSignIn}), without one, to sign in through the identity provider. Administrators only
 * ({@link SecurityConfiguration}).
 */
@Controller
class UserAdminController {
    private final Users users;
    private final Teams teams;
    private final LocalSignIn localSignIn;

    UserAdminController(Users users, Teams teams, LocalSignIn localSignIn) {
        this.users = users;
        this.teams = teams;
        this.localSignIn = localSignIn;
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
