package org.hearth.server.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which families a user may see. A key worker sees the families allocated to them now, a manager those allocated
 * to their team now ({@link Allocations}); coordinators, auditors and administrators see every family. Every page
 * and API call that shows a family asks here first.
 */
@Component
public class Access {
    private final JdbcTemplate jdbc;

    Access(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean canSeeFamily(CurrentUser user, String familyId) {
        return switch (user.role()) {
            case KEY_WORKER -> jdbc.queryForObject("""
                    select exists (select 1 from family_allocation
                                   where family_id = ? and ended_at is null and key_worker = ?)""",
                    Boolean.class, familyId, user.username());
            case MANAGER -> jdbc.queryForObject("""
                    select exists (select 1 from family_allocation
                                   where family_id = ? and ended_at is null and team_id = ?)""",
                    Boolean.class, familyId, user.teamId());
            case COORDINATOR, AUDITOR, ADMINISTRATOR -> true;
        };
    }
}
