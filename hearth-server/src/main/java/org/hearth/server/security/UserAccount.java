package org.hearth.server.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A user as Spring Security signs them in: who they are, their password hash, which is forgotten once the
 * password has been checked, and whether they had a second factor then ({@link SecondFactors}), which decides whether
 * the sign-in still owes a one-time code ({@link TwoFactorPolicy}). Only enabled users are ever loaded
 * ({@link UserAccounts}).
 */
final class UserAccount implements UserDetails, CredentialsContainer, SignedIn {
    private static final long serialVersionUID = 1L;

    private final CurrentUser user;
    private final boolean twoFactor;
    private String passwordHash;

    UserAccount(CurrentUser user, String passwordHash, boolean twoFactor) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.twoFactor = twoFactor;
    }

    @Override
    public CurrentUser user() {
        return user;
    }

    /** Whether the user had a second factor when they were loaded to sign in. */
    boolean twoFactor() {
        return twoFactor;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(user.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
