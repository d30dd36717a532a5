package org.hearth.server.security;

import java.io.IOException;
import java.util.Objects;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session as soon as its user is disabled or given another role or team, or their sessions are ended
 * everywhere after it began ({@link Users#endSessions}): what someone may see is decided by their account as it is
 * now, not as it was when they signed in. One look-up by primary key per request.
 */
final class SessionFollowsAccount extends OncePerRequestFilter {
    private final UserAccounts accounts;
    private final SecurityContextLogoutHandler signOut = new SecurityContextLogoutHandler();

    SessionFollowsAccount(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.getPrincipal() instanceof SignedIn principal) {
            UserAccounts.Standing now = accounts.standing(principal.user().username());
            HttpSession session = request.getSession(false);
            if (now == null || !Objects.equals(principal.user(), now.user())
                    || session != null && now.ended(session.getCreationTime())) {
                signOut.logout(request, response, signedIn);
            }
        }
        chain.doFilter(request, response);
    }
}
