package org.hearth.server.security;

import org.hearth.engine.Excerpt;
import org.hearth.server.audit.AuditLog;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Every sign-in, by the form or by HTTP Basic: refused without looking at the password while the username is
 * locked ({@link SignInThrottle}), otherwise checked against the stored hash; each outcome is counted by the
 * throttle and written to the audit log, under the name tried (cut and escaped: it is anyone's input). The right
 * password of a user with a second factor leaves the count as it is: their sign-in is not done until their one-time
 * code is given ({@link SecondFactors#check}), and a wrong code counts with the wrong passwords before it.
 */
final class ThrottledSignIn implements AuthenticationProvider {
    static final String SIGNED_IN = "sign-in";
    static final String FAILED = "sign-in failed";
    static final String REFUSED = "sign-in refused";

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final AuditLog audit;

    ThrottledSignIn(AuthenticationProvider passwords, SignInThrottle throttle, AuditLog audit) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String name = attempt.getName();
        String tried = Excerpt.cut(name);
        if (throttle.isLocked(name)) {
            audit.record(tried, REFUSED, tried, "locked after " + SignInThrottle.ATTEMPTS + " failed attempts");
            throw new LockedException("too many failed sign-ins for this username");
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            boolean codeDue = signedIn.getPrincipal() instanceof UserAccount account && account.twoFactor();
            if (!codeDue) {
                throttle.succeeded(name);
            }
            audit.record(tried, SIGNED_IN, tried, codeDue ? "password right, one-time code due" : "");
            return signedIn;
        } catch (BadCredentialsException e) {
            throttle.failed(name);
            audit.record(tried, FAILED, tried, "wrong username or password");
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
