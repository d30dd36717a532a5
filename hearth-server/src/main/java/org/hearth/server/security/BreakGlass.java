package org.hearth.server.security;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.hearth.server.audit.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Break-glass access: a key worker, a manager or a partner organisation's user who may not see a family (Access) opens
 * it by giving a reason, read-only, for {@code hearth.breakglass.duration} ({@code HEARTH_BREAKGLASS_DURATION}, 2 hours).
 * The grant is kept and audited ("break-glass access", with the reason), and shown on the family's page and on the
 * worklist of the manager of the team it is allocated to.
 */
@Service
public class BreakGlass {
    /** A reason long enough to say why: "Police called about the children tonight". */
    public static final int SHORTEST_REASON = 10;
    public static final int LONGEST_REASON = 1000;

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Duration duration;

    BreakGlass(JdbcTemplate jdbc, AuditLog audit, @Value("${hearth.breakglass.duration}") Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("hearth.breakglass.duration must be longer than nothing: " + duration);
        }
        this.jdbc = jdbc;
        this.audit = audit;
        this.duration = duration;
    }

    /** A grant: who, which family, why, from when until when. */
    public record Grant(long id, String username, String familyId, String reason, Instant grantedAt, Instant expiresAt) {
        public boolean active(Instant now) {
            return now.isBefore(expiresAt);
        }
    }

    public Duration duration() {
        return duration;
    }

    /**
     * Opens the family to the user until the duration has passed, audited; the problems by field when it cannot.
     *
     * @param exists whether the data names the family
     */
    @Transactional
    public Map<String, String> open(CurrentUser user, String familyId, String reason, boolean exists) {
        String why = reason == null ? "" : reason.strip();
        if (familyId == null || familyId.isBlank() || !exists) {
            return Map.of("familyId", "Enter the id of a family Hearth holds");
        }
        if (why.length() < SHORTEST_REASON || why.length() > LONGEST_REASON) {
            return Map.of("reason", "Say why you need to open this family, in " + SHORTEST_REASON + " to " + LONGEST_REASON
                    + " characters");
        }
        Instant now = jdbc.queryForObject("select now()", OffsetDateTime.class).toInstant();
        Instant until = now.plus(duration);
        jdbc.update("insert into break_glass_access (username, family_id, reason, granted_at, expires_at) values (?, ?, ?, ?, ?)",
                user.username(), familyId, why, now.atOffset(ZoneOffset.UTC), until.atOffset(ZoneOffset.UTC));
        audit.record(user.username(), "break-glass access", familyId, "until " + until + ": " + why);
        return Map.of();
    }

    /** Whether the user holds a grant to the family that has not expired. */
    boolean active(CurrentUser user, String familyId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from break_glass_access where username = ? and family_id = ? and expires_at > now())""",
                Boolean.class, user.username(), familyId));
    }

    /** Every grant to the family, newest first: the family page shows them. */
    public List<Grant> ofFamily(String familyId) {
        return jdbc.query("select * from break_glass_access where family_id = ? order by id desc", BreakGlass::grant, familyId);
    }

    /** Grants in the last days to families allocated now to the team: its manager's worklist shows them. */
    public List<Grant> ofTeam(long teamId, int days) {
        return jdbc.query("""
                select g.* from break_glass_access g
                join family_allocation a on a.family_id = g.family_id and a.ended_at is null and a.team_id = ?
                where g.granted_at > now() - make_interval(days => ?) order by g.id desc""", BreakGlass::grant, teamId, days);
    }

    private static Grant grant(java.sql.ResultSet row, int number) throws java.sql.SQLException {
        return new Grant(row.getLong("id"), row.getString("username"), row.getString("family_id"), row.getString("reason"),
                row.getObject("granted_at", OffsetDateTime.class).toInstant(),
                row.getObject("expires_at", OffsetDateTime.class).toInstant());
    }
}
