package org.hearth.server.security;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * How people may sign in: with a Hearth password (the form, and HTTP Basic for scripts), unless
 * {@code HEARTH_LOCAL_SIGN_IN=off} ({@link LocalSignIn}); and through the authority's identity provider when one is
 * configured. Turning passwords off without a provider would let nobody in, so the server refuses to start.
 */
@Component
@ConditionalOnWebApplication
final class SignInMethods {
    private final boolean passwords;
    private final IdentityProvider identityProvider;

    SignInMethods(LocalSignIn localSignIn, ObjectProvider<IdentityProvider> identityProvider) {
        this.passwords = localSignIn.on();
        this.identityProvider = identityProvider.getIfAvailable();
        if (!passwords && this.identityProvider == null) {
            throw new IllegalStateException("HEARTH_LOCAL_SIGN_IN=off needs an identity provider (HEARTH_OIDC_ISSUER): "
                    + "otherwise nobody could sign in");
        }
    }

    boolean passwords() {
        return passwords;
    }

    Optional<IdentityProvider> identityProvider() {
        return Optional.ofNullable(identityProvider);
    }
}
