package org.hearth.server.security;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.hearth.engine.Excerpt;
import org.hearth.server.audit.AuditLog;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A sign-in through the authority's identity provider, once Spring Security has checked its ID token (signature,
 * issuer, audience, expiry, nonce): the user is the enabled Hearth user named by the token's username claim,
 * lower-cased. Hearth never makes a user from a token: a name it does not know, or a disabled user, is refused and
 * audited. The name is read from the signed ID token only, never from the provider's unsigned user-info answer. When
 * the authority asks for it ({@code HEARTH_OIDC_MFA_AMR}), the token must also say that the person gave a second
 * factor: its {@code amr} claim (RFC 8176, the methods used) must hold one of the values named, {@code mfa} for
 * Entra ID; a token that does not is refused and audited, with the methods it names.
 */
final class OrganisationSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {
    /** The error a refused sign-in fails with, which the sign-in page explains. */
    static final String NO_HEARTH_USER = "hearth_no_user";
    /** The error a sign-in without the second factor asked for fails with. */
    static final String NO_SECOND_FACTOR = "hearth_no_second_factor";

    private final String usernameClaim;
    private final UserAccounts accounts;
    private final AuditLog audit;
    /** The {@code amr} values of which a token must hold one; empty: none asked for. */
    private final Set<String> secondFactors;

    OrganisationSignIn(String usernameClaim, UserAccounts accounts, AuditLog audit, Set<String> secondFactors) {
        this.usernameClaim = usernameClaim;
        this.accounts = accounts;
        this.audit = audit;
        this.secondFactors = secondFactors;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcIdToken idToken = request.getIdToken();
        String claimed = idToken.getClaimAsString(usernameClaim);
        if (claimed == null || claimed.isBlank()) {
            String subject = Excerpt.cut(idToken.getSubject());
            audit.record(subject, ThrottledSignIn.REFUSED, subject, "the identity provider's ID token has no "
                    + usernameClaim + " claim");
            throw refused("no " + usernameClaim + " claim");
        }
        String username = claimed.strip().toLowerCase(Locale.ROOT);
        String named = Excerpt.cut(username);
        CurrentUser user = accounts.current(username);
        if (user == null) {
            audit.record(named, ThrottledSignIn.REFUSED, named, "signed in by the identity provider, but no enabled user has this name");
            throw refused("no enabled user has this name");
        }
        List<String> methods = idToken.getClaimAsStringList("amr");
        if (!secondFactors.isEmpty() && (methods == null || Collections.disjoint(methods, secondFactors))) {
            audit.record(named, ThrottledSignIn.REFUSED, named, "signed in by the identity provider without a second "
                    + "factor: the ID token's amr is " + (methods == null ? "absent" : Excerpt.cut(methods.toString()))
                    + ", and HEARTH_OIDC_MFA_AMR asks for one of " + secondFactors);
            throw new OAuth2AuthenticationException(new OAuth2Error(NO_SECOND_FACTOR, "no second factor", null));
        }
        audit.record(named, ThrottledSignIn.SIGNED_IN, named, "by the identity provider");
        return new OrganisationUser(user, idToken, usernameClaim);
    }

    private static OAuth2AuthenticationException refused(String why) {
        return new OAuth2AuthenticationException(new OAuth2Error(NO_HEARTH_USER, why, null));
    }
}
