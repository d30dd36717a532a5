package org.hearth.server.security;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A Hearth user signed in through the authority's identity provider ({@link OrganisationSignIn}): their ID token
 * proves who they are, and their Hearth account alone gives their role and team.
 */
final class OrganisationUser extends DefaultOidcUser implements SignedIn {
    private static final long serialVersionUID = 1L;

    private final CurrentUser user;

    OrganisationUser(CurrentUser user, OidcIdToken idToken, String usernameClaim) {
        super(List.of(new SimpleGrantedAuthority(user.role().authority())), idToken, usernameClaim);
        this.user = user;
    }

    @Override
    public CurrentUser user() {
        return user;
    }
}
