package org.hearth.server.security;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * An administrator ends a user's sessions everywhere ({@link Users#endSessions}) from {@code /admin/users}
 * (administrators only, by {@link SecurityConfiguration}); audited. A user ends their own by signing out everywhere,
 * which the sign-out itself handles ({@link SecurityConfiguration}).
 */
@Controller
class SessionsController {
    private final Users users;

    SessionsController(Users users) {
        this.users = users;
    }

    @PostMapping("/admin/users/{username}/end-sessions")
    String endSessions(@PathVariable String username, CurrentUser admin) {
        try {
            users.endSessions(username, admin.username());
        } catch (InvalidUserException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no user called " + username);
        }
        return "redirect:/admin/users?sessions-ended=" + username;
    }
}
