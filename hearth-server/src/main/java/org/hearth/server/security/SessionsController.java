package org.hearth.server.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * Ending sessions everywhere ({@link Users#endSessions}): anyone signed in for themselves (the header's "Sign out
 * everywhere", after a lost or shared device), and an administrator for a user ({@code /admin/users}, administrators
 * only by {@link SecurityConfiguration}). Each is audited.
 */
@Controller
class SessionsController {
    private final Users users;
    private final SecurityContextLogoutHandler signOut = new SecurityContextLogoutHandler();

    SessionsController(Users users) {
        this.users = users;
    }

    @PostMapping("/sign-out-everywhere")
    String signOutEverywhere(CurrentUser user, Authentication signedIn, HttpServletRequest request,
                             HttpServletResponse response) {
        users.endSessions(user.username(), user.username());
        signOut.logout(request, response, signedIn);
        return "redirect:/sign-in?signed-out";
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
