package org.hearth.server.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Users as Spring Security loads them, from {@code app_user}. A disabled user is not found, so signing in as one
 * fails as a wrong password does and says nothing of who exists; nor, for a password sign-in, is a user who has no
 * password (made to sign in through the identity provider alone, {@link Users#create}), so that no password, not even
 * an empty one, is ever theirs. A password hash made by an algorithm or strength the encoder no longer prefers is
 * replaced at the user's next sign-in.
 */
final class UserAccounts implements UserDetailsService, UserDetailsPasswordService {
    private final JdbcTemplate jdbc;

    UserAccounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = enabled(username);
        if (account == null || account.getPassword() == null) {
            throw new UsernameNotFoundException("no enabled user with a password has this name");
        }
        return account;
    }

    /** The user as the database holds them now, or null when they are disabled or gone. */
    CurrentUser current(String username) {
        UserAccount account = enabled(username);
        return account == null ? null : account.user();
    }

    @Override
    public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
        jdbc.update("update app_user set password_hash = ? where username = ?", newPasswordHash, user.getUsername());
        return loadUserByUsername(user.getUsername());
    }

    private UserAccount enabled(String username) {
        List<UserAccount> found = jdbc.query("select * from app_user where username = ? and enabled", UserAccounts::row,
                username);
        return found.isEmpty() ? null : found.get(0);
    }

    private static UserAccount row(ResultSet row, int number) throws SQLException {
        return new UserAccount(new CurrentUser(row.getString("username"), row.getString("display_name"),
                Role.ofCode(row.getString("role")), row.getObject("team_id", Long.class), row.getString("organisation")),
                row.getString("password_hash"));
    }
}
