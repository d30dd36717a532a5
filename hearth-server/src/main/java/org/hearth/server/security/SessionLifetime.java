package org.hearth.server.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session once it is as old as the absolute limit ({@code hearth.session.absolute-timeout}, a working
 * day by default), however busy it has been: the idle limit ({@code server.servlet.session.timeout}) ends a session
 * left alone, this one a session kept alive on a shared or stolen device. The session's age counts from sign-in, where
 * a new session is made ({@link SecurityConfiguration}). The request goes on
 * signed out: a page sends the browser to sign in again, the API answers 401. A script signing in on each request
 * (HTTP Basic) has no session, and is not affected.
 */
final class SessionLifetime extends OncePerRequestFilter {
    private final Duration limit;
    private final Clock clock;
    private final SecurityContextLogoutHandler signOut = new SecurityContextLogoutHandler();

    SessionLifetime(Duration limit, Clock clock) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("hearth.session.absolute-timeout must be longer than nothing: " + limit);
        }
        this.limit = limit;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null && signedIn != null && signedIn.isAuthenticated()
                && !(signedIn instanceof AnonymousAuthenticationToken)
                && clock.millis() - session.getCreationTime() >= limit.toMillis()) {
            signOut.logout(request, response, signedIn);
        }
        chain.doFilter(request, response);
    }
}
