package org.hearth.server.security;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.hearth.server.audit.AuditLog;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people who may sign in: made by an administrator ({@code /admin/users}) or by the demo, given a new password
 * or disabled, each change recorded in the audit log with who made it. A user is never deleted: the audit log and
 * the allocations name them for ever. A user of a partner organisation sees only that organisation's families and
 * claims ({@link Access}). While Hearth takes no passwords ({@link LocalSignIn}), a user may be made
 * without one, to sign in through the identity provider alone.
 */
@Service
public class Users {
    /**
     * Lower case letters, digits, '.', '_', '-' and '@', starting with a letter or digit: the same rule as app_user's
     * check. '@' and the length let a username be the name an identity provider gives (Entra ID's UPN, an email).
     */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,99}");
    /** NCSC: long passwords over complex ones; bcrypt reads no more than 72 bytes, so no more is accepted. */
    static final int SHORTEST_PASSWORD = 12;
    private static final int LONGEST_PASSWORD_BYTES = 72;

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwords;
    private final LocalSignIn localSignIn;
    private final AuditLog audit;

    Users(JdbcTemplate jdbc, PasswordEncoder passwords, LocalSignIn localSignIn, AuditLog audit) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.localSignIn = localSignIn;
        this.audit = audit;
    }

    /** Whether a name could be a user's: sign-in attempts with any other name are not worth throttling. */
    static boolean couldBeUsername(String name) {
        return USERNAME.matcher(name).matches();
    }

    /**
     * @param password the user's first password; or null for a user who signs in only through the identity
     *        provider, which only a Hearth that takes no passwords ({@code HEARTH_LOCAL_SIGN_IN=off}) accepts. Such a
     *        user has no password hash: no password signs them in ({@link UserAccounts}), even if passwords are
     *        turned on again, until one is set ({@link #changePassword})
     * @throws InvalidUserException naming every field that cannot be accepted; nothing is changed
     */
    @Transactional
    public void create(NewUser user, String password, String by) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (user.username() == null || !couldBeUsername(user.username())) {
            problems.put("username", "Enter a username of up to 100 lower case letters, digits, dots, dashes, underscores or @");
        } else if (exists(user.username())) {
            problems.put("username", "There is already a user called " + user.username());
        }
        if (user.displayName() == null || user.displayName().isBlank() || user.displayName().length() > 200) {
            problems.put("displayName", "Enter the person's name, up to 200 characters");
        }
        if (user.organisationOrNull() != null && user.organisationOrNull().length() > 200) {
            problems.put("organisation", "Enter the organisation's name as the data names it, up to 200 characters");
        }
        if (user.role() == null) {
            problems.put("role", "Choose a role");
        } else if (user.role().needsTeam() && !teamExists(user.teamId())) {
            problems.put("teamId", "Choose the team of this " + user.role().words());
        }
        if (password != null) {
            checkPassword(password, problems);
        } else if (localSignIn.on()) {
            problems.put("password", "Give the user a password: a user may have none only while Hearth takes no "
                    + "passwords (HEARTH_LOCAL_SIGN_IN=off)");
        }
        if (!problems.isEmpty()) {
            throw new InvalidUserException(problems);
        }
        jdbc.update("""
                insert into app_user (username, display_name, password_hash, role, team_id, organisation)
                values (?, ?, ?, ?, ?, ?)""",
                user.username(), user.displayName().strip(), password == null ? null : passwords.encode(password),
                user.role().code(), user.role().needsTeam() ? user.teamId() : null, user.organisationOrNull());
        audit.record(by, "user created", user.username(), "role " + user.role().code()
                + (user.role().needsTeam() ? ", team " + user.teamId() : "")
                + (user.organisationOrNull() == null ? "" : ", organisation " + user.organisationOrNull())
                + (password == null ? ", no password" : ""));
    }

    @Transactional
    public void changePassword(String username, String password, String by) {
        Map<String, String> problems = new LinkedHashMap<>();
        checkPassword(password, problems);
        if (!problems.isEmpty()) {
            throw new InvalidUserException(problems);
        }
        changed(jdbc.update("update app_user set password_hash = ? where username = ?", passwords.encode(password),
                username), username);
        audit.record(by, "password changed", username, "");
    }

    /** The user can no longer sign in, and any session they have ends at its next request. */
    @Transactional
    public void disable(String username, String by) {
        changed(jdbc.update("update app_user set enabled = false where username = ?", username), username);
        audit.record(by, "user disabled", username, "");
    }

    /**
     * Ends every session the user has, on every device: each is signed out at its next request
     * ({@link SessionFollowsAccount}); signing in again afterwards is not affected.
     */
    @Transactional
    public void endSessions(String username, String by) {
        changed(jdbc.update("update app_user set sessions_ended_at = ? where username = ?", Timestamp.from(Instant.now()),
                username), username);
        audit.record(by, "sessions ended", username, by.equals(username) ? "signed out everywhere" : "by an administrator");
    }

    /** Every user, by username. */
    public List<HearthUser> all() {
        return jdbc.query("""
                select u.*, t.name as team_name, f.username is not null as two_factor
                from app_user u left join team t on t.id = u.team_id left join two_factor f on f.username = u.username
                order by u.username""",
                Users::row);
    }

    private boolean exists(String username) {
        return jdbc.queryForObject("select exists (select 1 from app_user where username = ?)", Boolean.class, username);
    }

    private boolean teamExists(Long teamId) {
        return teamId != null
                && jdbc.queryForObject("select exists (select 1 from team where id = ?)", Boolean.class, teamId);
    }

    private static void checkPassword(String password, Map<String, String> problems) {
        if (password == null || password.length() < SHORTEST_PASSWORD
                || password.getBytes(StandardCharsets.UTF_8).length > LONGEST_PASSWORD_BYTES) {
            problems.put("password", "Enter a password of " + SHORTEST_PASSWORD + " to " + LONGEST_PASSWORD_BYTES
                    + " characters (a letter with an accent or from another alphabet counts as 2 or more)");
        }
    }

    private static void changed(int rows, String username) {
        if (rows == 0) {
            throw new InvalidUserException(Map.of("username", "There is no user called " + username));
        }
    }

    private static HearthUser row(ResultSet row, int number) throws SQLException {
        return new HearthUser(row.getString("username"), row.getString("display_name"), Role.ofCode(row.getString("role")),
                row.getObject("team_id", Long.class), row.getString("team_name"), row.getString("organisation"),
                row.getBoolean("enabled"),
                row.getObject("created_at", OffsetDateTime.class).toInstant(), row.getBoolean("two_factor"));
    }
}
