package org.hearth.server.security;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether Hearth's own passwords sign people in: yes, unless {@code HEARTH_LOCAL_SIGN_IN=off} (docs/operations.md,
 * Configuration). Asked by the server's sign-in ({@link SignInMethods}) and by whoever makes users ({@link Users}),
 * with the web server or without it ({@code hearth user add}).
 */
@Component
final class LocalSignIn {
    private final boolean on;

    LocalSignIn(Environment environment) {
        on = !"off".equals(environment.getProperty("HEARTH_LOCAL_SIGN_IN", "on"));
    }

    boolean on() {
        return on;
    }
}
