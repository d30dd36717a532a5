package org.hearth.server.security;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.hearth.server.audit.AuditLog;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.client.OAuth2LoginConfigurer;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * The authority's identity provider (OpenID Connect: Entra ID, or any other), when {@code HEARTH_OIDC_ISSUER} names
 * it (docs/operations.md, Signing in). Its endpoints and keys are read from the issuer's discovery document when the
 * server starts. Spring Security runs the exchange: the state and nonce checks, PKCE, the ID token's signature
 * against the provider's published keys, its issuer, audience and expiry; {@link OrganisationSignIn} then decides
 * which Hearth user, if any, has signed in. Signing out of Hearth signs out at the provider too, when it says where
 * ({@link #signOut}).
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty("HEARTH_OIDC_ISSUER")
final class IdentityProvider {
    /** The registration's id, the last part of the redirect URI: {@code /login/oauth2/code/hearth}. */
    static final String REGISTRATION = "hearth";
    /** Where the sign-in page's button starts a sign-in through the provider. */
    static final String SIGN_IN_PATH = "/oauth2/authorization/" + REGISTRATION;

    private final String name;
    private final String issuer;
    private final ClientRegistration registration;
    private final InMemoryClientRegistrationRepository registrations;
    /** {@code HEARTH_OIDC_MFA_AMR}: the {@code amr} values of which an ID token must hold one (OrganisationSignIn). */
    private final Set<String> secondFactors;

    IdentityProvider(Environment environment) {
        issuer = environment.getRequiredProperty("HEARTH_OIDC_ISSUER");
        name = environment.getProperty("HEARTH_OIDC_NAME", "your organisation's account");
        registration = ClientRegistrations.fromIssuerLocation(issuer)
                .registrationId(REGISTRATION)
                .clientId(environment.getRequiredProperty("HEARTH_OIDC_CLIENT_ID"))
                .clientSecret(environment.getRequiredProperty("HEARTH_OIDC_CLIENT_SECRET"))
                .scope("openid", "profile", "email")
                .userNameAttributeName(environment.getProperty("HEARTH_OIDC_USERNAME_CLAIM", "preferred_username"))
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                .build();
        registrations = new InMemoryClientRegistrationRepository(List.of(registration));
        secondFactors = Arrays.stream(environment.getProperty("HEARTH_OIDC_MFA_AMR", "").split(","))
                .map(String::strip).filter(value -> !value.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /** As the sign-in page's button names it: "Sign in with …". */
    String name() {
        return name;
    }

    /** Checks the code the provider sends back, and the ID token it is exchanged for, and finds the Hearth user. */
    AuthenticationProvider signIn(UserAccounts accounts, AuditLog audit) {
        return new OidcAuthorizationCodeAuthenticationProvider(new RestClientAuthorizationCodeTokenResponseClient(),
                new OrganisationSignIn(registration.getProviderDetails().getUserInfoEndpoint().getUserNameAttributeName(),
                        accounts, audit, secondFactors));
    }

    /**
     * Signing in through the provider, from the sign-in page. The provider's tokens are kept only in the session, and
     * never used after it. A refused user is sent back to the sign-in page to be told why; any other failure (a token
     * that does not verify, a state that does not match, the person cancelling) is audited by its error code alone. A
     * sign-in without the second factor the authority asks for is told so.
     */
    void signInThrough(OAuth2LoginConfigurer<HttpSecurity> login, AuditLog audit) {
        login.loginPage("/sign-in")
                .clientRegistrationRepository(registrations)
                .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                .failureHandler((request, response, failure) -> {
                    String error = failure instanceof OAuth2AuthenticationException oauth2
                            ? oauth2.getError().getErrorCode() : failure.getClass().getSimpleName();
                    String page = switch (error) {
                        case OrganisationSignIn.NO_HEARTH_USER -> "/sign-in?refused";
                        case OrganisationSignIn.NO_SECOND_FACTOR -> "/sign-in?second-factor-missing";
                        default -> {
                            audit.record("identity provider", ThrottledSignIn.FAILED, issuer, error);
                            yield "/sign-in?provider-failed";
                        }
                    };
                    response.sendRedirect(request.getContextPath() + page);
                });
    }

    /**
     * Signing out of Hearth. Someone who signed in through the provider is sent on to the provider's sign-out (OpenID
     * Connect RP-initiated logout, with their ID token as {@code id_token_hint}), when its discovery document names
     * one ({@code end_session_endpoint}): their session there ends too, so that the next person at a shared computer
     * pressing "Sign in with …" is not signed straight back in as them. The provider then sends them back to
     * {@code signedOutPage} ({@code post_logout_redirect_uri}). Anyone else goes straight to {@code signedOutPage}.
     */
    LogoutSuccessHandler signOut(String signedOutPage) {
        OidcClientInitiatedLogoutSuccessHandler handler = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        handler.setPostLogoutRedirectUri("{baseUrl}" + signedOutPage);
        handler.setDefaultTargetUrl(signedOutPage);
        return handler;
    }

    /**
     * Where signing out sends the browser on to at the provider ({@link #signOut}), as an origin
     * ({@code https://login.microsoftonline.com}); empty when the provider names no sign-out.
     */
    Optional<String> signOutOrigin() {
        Object endpoint = registration.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
        if (endpoint == null) {
            return Optional.empty();
        }
        URI uri = URI.create(endpoint.toString());
        return Optional.of(uri.getScheme() + "://" + uri.getRawAuthority());
    }
}
