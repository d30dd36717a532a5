package org.hearth.server.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
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
    /** An enabled user by username, and whether they have a second factor. */
    private static final String ENABLED = """
            select u.*, exists (select 1 from two_factor t where t.username = u.username) as two_factor
            from app_user u where u.username = ? and u.enabled""";

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
        Standing standing = standing(username);
        return standing == null ? null : standing.user();
    }

    /**
     * An enabled user as the database holds them now, and when their sessions were last ended everywhere (null for
     * never); null when they are disabled or gone.
     */
    Standing standing(String username) {
        List<Standing> found = jdbc.query(ENABLED,
                (row, number) -> new Standing(row(row, number).user(), instant(row.getTimestamp("sessions_ended_at"))),
                username);
        return found.isEmpty() ? null : found.get(0);
    }

    /** An enabled user now, and the moment their sessions were last ended everywhere, or null. */
    record Standing(CurrentUser user, Instant sessionsEndedAt) {
        /** True when a session that began at the given moment (milliseconds since 1970) has since been ended. */
        boolean ended(long sessionBegan) {
            return sessionsEndedAt != null && sessionBegan <= sessionsEndedAt.toEpochMilli();
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    @Override
    public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
        jdbc.update("update app_user set password_hash = ? where username = ?", newPasswordHash, user.getUsername());
        return loadUserByUsername(user.getUsername());
    }

    private UserAccount enabled(String username) {
        List<UserAccount> found = jdbc.query(ENABLED, UserAccounts::row, username);
        return found.isEmpty() ? null : found.get(0);
    }

    private static UserAccount row(ResultSet row, int number) throws SQLException {
        return new UserAccount(new CurrentUser(row.getString("username"), row.getString("display_name"),
                Role.ofCode(row.getString("role")), row.getObject("team_id", Long.class), row.getString("organisation")),
                row.getString("password_hash"), row.getBoolean("two_factor"));
    }
}
