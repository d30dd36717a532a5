package org.hearth.server.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hearth.server.audit.AuditLog;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * A script's sign-in to the JSON API, HTTP Basic credentials on each request: the password sign-in
 * ({@link ThrottledSignIn}), but a user who owes a one-time code ({@link TwoFactorPolicy}) is refused, as a request
 * cannot carry one; audited, and answered 401 saying why ({@link #UNAUTHORIZED}). Scripts sign in as users without a
 * second factor, which {@code HEARTH_TWO_FACTOR=required} leaves none of.
 */
final class ScriptSignIn implements AuthenticationManager {
    static final String CODE_NEEDED = "This user signs in with a one-time code, which HTTP Basic cannot carry: "
            + "a script signs in as a user without a second factor";
    /** The API's answer to a request that is not signed in: 401, without a challenge; saying why when it was refused. */
    static final AuthenticationEntryPoint UNAUTHORIZED = ScriptSignIn::unauthorized;

    private final AuthenticationManager passwords;
    private final TwoFactorPolicy twoFactor;
    private final AuditLog audit;

    ScriptSignIn(AuthenticationManager passwords, TwoFactorPolicy twoFactor, AuditLog audit) {
        this.passwords = passwords;
        this.twoFactor = twoFactor;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        Authentication signedIn = passwords.authenticate(attempt);
        if (twoFactor.owed(signedIn)) {
            String username = ((UserAccount) signedIn.getPrincipal()).user().username();
            audit.record(username, ThrottledSignIn.REFUSED, username, "HTTP Basic, which cannot carry a one-time code");
            throw new CodeNeededException();
        }
        return signedIn;
    }

    private static void unauthorized(HttpServletRequest request, HttpServletResponse response,
                                     AuthenticationException failure) throws IOException {
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        if (failure instanceof CodeNeededException) {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getOutputStream().write(("{\"refused\": \"" + CODE_NEEDED + "\"}").getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The refusal of a user who owes a code. */
    static final class CodeNeededException extends AuthenticationException {
        private static final long serialVersionUID = 1L;

        CodeNeededException() {
            super(CODE_NEEDED);
        }
    }
}
