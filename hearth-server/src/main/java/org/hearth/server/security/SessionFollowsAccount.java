package org.hearth.server.security;

import java.io.IOException;
import java.util.Objects;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session as soon as its user is disabled or given another role or team: what someone may see is decided
 * by their account as it is now, not as it was when they signed in. One look-up by primary key per request.
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
        if (signedIn != null && signedIn.getPrincipal() instanceof SignedIn principal
                && !Objects.equals(principal.user(), accounts.current(principal.user().username()))) {
            signOut.logout(request, response, signedIn);
        }
        chain.doFilter(request, response);
    }
}
