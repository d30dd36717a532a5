package org.hearth.server.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.hearth.server.audit.AuditLog;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which key worker and team hold each family. Reallocating ends the current allocation and starts a new one; every
 * allocation ever made is kept, so who could see a family on any day can be answered. Each is audited.
 */
@Service
public class Allocations {
    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    Allocations(JdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * Allocates the family to the key worker and team, ending its current allocation if it has one.
     *
     * @throws InvalidUserException when the key worker is not an enabled key worker of that team
     */
    @Transactional
    public void allocate(String familyId, String keyWorker, long teamId, String by) {
        Boolean inTeam = jdbc.queryForObject("""
                select exists (select 1 from app_user
                               where username = ? and role = 'key_worker' and team_id = ? and enabled)""",
                Boolean.class, keyWorker, teamId);
        if (!inTeam) {
            throw new InvalidUserException(Map.of("keyWorker", keyWorker + " is not a key worker in team " + teamId));
        }
        jdbc.update("update family_allocation set ended_at = now() where family_id = ? and ended_at is null", familyId);
        jdbc.update("insert into family_allocation (family_id, key_worker, team_id, allocated_by) values (?, ?, ?, ?)",
                familyId, keyWorker, teamId, by);
        audit.record(by, "family allocated", familyId, "key worker " + keyWorker + ", team " + teamId);
    }

    /** Every allocation of the family, the current one (if any) last. */
    public List<Allocation> history(String familyId) {
        return jdbc.query("select * from family_allocation where family_id = ? order by id", Allocations::row, familyId);
    }

    private static Allocation row(ResultSet row, int number) throws SQLException {
        OffsetDateTime ended = row.getObject("ended_at", OffsetDateTime.class);
        return new Allocation(row.getString("family_id"), row.getString("key_worker"), row.getLong("team_id"),
                row.getObject("allocated_at", OffsetDateTime.class).toInstant(), row.getString("allocated_by"),
                ended == null ? null : ended.toInstant());
    }
}
