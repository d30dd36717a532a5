package org.hearth.server.security;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.FactorAuthorizationDecision;
import org.springframework.security.authorization.RequiredFactor;
import org.springframework.security.authorization.RequiredFactorError;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionFixationProtectionStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.stereotype.Component;

/**
 * Who owes a one-time code before they are signed in (docs/operations.md, Multi-factor sign-in), in Spring Security's
 * terms of factors: a password sign-in carries the {@code FACTOR_PASSWORD} authority, and a local user who has a
 * second factor ({@link SecondFactors}), or any local user while {@code HEARTH_TWO_FACTOR=required}, needs
 * {@link #FACTOR} as well. Until they have it, every rule of both filter chains refuses them (this is the additional
 * authorization of every rule, {@link SecurityConfiguration}), and they are sent to give the code
 * ({@code /sign-in/code}), or, when required and they have no second factor, to set one up
 * ({@code /account/two-factor}). They are no one's current user meanwhile ({@link CurrentUserArgument}). Someone who
 * signed in through the identity provider owes nothing here: their provider asks for its own second factor.
 */
@Component
final class TwoFactorPolicy implements AuthorizationManager<Object> {
    /** The factor a correct one-time code (or recovery code) adds to a password sign-in. */
    static final String FACTOR = "FACTOR_TOTP";
    private static final FactorAuthorizationDecision CODE_MISSING = new FactorAuthorizationDecision(
            List.of(RequiredFactorError.createMissing(RequiredFactor.withAuthority(FACTOR).build())));

    private final boolean required;
    private final SessionAuthenticationStrategy newSession = new CompositeSessionAuthenticationStrategy(List.of(
            new SessionFixationProtectionStrategy(), new CsrfAuthenticationStrategy(new HttpSessionCsrfTokenRepository())));
    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    TwoFactorPolicy(@Value("${hearth.two-factor:optional}") String policy) {
        if (!policy.equals("optional") && !policy.equals("required")) {
            throw new IllegalArgumentException("HEARTH_TWO_FACTOR must be optional or required, not " + policy);
        }
        this.required = policy.equals("required");
    }

    /** Whether every local user must have a second factor ({@code HEARTH_TWO_FACTOR=required}). */
    boolean required() {
        return required;
    }

    /** Whether the sign-in still owes a code, or a second factor to be set up first. */
    boolean owed(Authentication signedIn) {
        return owesCode(signedIn) || owesSetUp(signedIn);
    }

    /** Whether the sign-in is a local user's who has a second factor, and has not given its code yet. */
    boolean owesCode(Authentication signedIn) {
        return unfinished(signedIn) instanceof UserAccount account && account.twoFactor();
    }

    /** Whether the sign-in is a local user's who must set up a second factor before going on. */
    boolean owesSetUp(Authentication signedIn) {
        return required && unfinished(signedIn) instanceof UserAccount account && !account.twoFactor();
    }

    /** Every rule's additional authorization: refused, as a missing factor, while the sign-in owes a code. */
    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, Object object) {
        return owed(authentication.get()) ? CODE_MISSING : new AuthorizationDecision(true);
    }

    /**
     * The rule of the page that sets up a second factor: anyone signed in, but for a sign-in that owes the code of
     * a second factor it already has (setting up another would be a way round it), which is sent to give the code.
     */
    AuthorizationManager<Object> settingUp() {
        return (authentication, object) -> {
            Authentication signedIn = authentication.get();
            return owesCode(signedIn) ? CODE_MISSING : new AuthorizationDecision(signedIn != null
                    && signedIn.isAuthenticated() && !(signedIn instanceof AnonymousAuthenticationToken));
        };
    }

    /**
     * The code was given: the sign-in gains {@link #FACTOR}, in a new session (its attributes copied, a new CSRF
     * token), as at any sign-in, so that an id known before this moment signs no one in.
     */
    void codeGiven(HttpServletRequest request, HttpServletResponse response) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        List<GrantedAuthority> authorities = new ArrayList<>(before.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(FACTOR));
        Authentication after = UsernamePasswordAuthenticationToken.authenticated(before.getPrincipal(), null, authorities);
        newSession.onAuthentication(after, request, response);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(after);
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
    }

    /** The principal of a sign-in that has not given {@link #FACTOR}, or null. */
    private static Object unfinished(Authentication signedIn) {
        return signedIn == null || signedIn.getAuthorities().stream()
                .anyMatch(authority -> FACTOR.equals(authority.getAuthority())) ? null : signedIn.getPrincipal();
    }
}
