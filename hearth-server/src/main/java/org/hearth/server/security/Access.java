package org.hearth.server.security;

import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which families a user may see. A key worker sees the families allocated to them now, a manager those allocated
 * to their team now ({@link Allocations}); coordinators, auditors and administrators see every family. Every page
 * and API call that shows a family asks here first: {@link #canSeeFamily} for one family, {@link #familiesVisibleTo}
 * for a list.
 */
@Component
public class Access {
    private final JdbcTemplate jdbc;

    Access(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The families a list may show a user: every family, or only those in {@code familyIds}. */
    public record VisibleFamilies(boolean everyFamily, Set<String> familyIds) {

        public boolean includes(String familyId) {
            return everyFamily || familyIds.contains(familyId);
        }
    }

    public boolean canSeeFamily(CurrentUser user, String familyId) {
        Allocated allocated = allocated(user);
        return allocated == null || jdbc.queryForObject("select exists (select 1 from family_allocation where family_id = ? "
                + "and ended_at is null and " + allocated.column() + " = ?)", Boolean.class, familyId, allocated.value());
    }

    public VisibleFamilies familiesVisibleTo(CurrentUser user) {
        Allocated allocated = allocated(user);
        if (allocated == null) {
            return new VisibleFamilies(true, Set.of());
        }
        List<String> ids = jdbc.queryForList("select family_id from family_allocation where ended_at is null and "
                + allocated.column() + " = ?", String.class, allocated.value());
        return new VisibleFamilies(false, Set.copyOf(ids));
    }

    /** The current allocations that let the user see a family, or null when the user sees every family. */
    private static Allocated allocated(CurrentUser user) {
        return switch (user.role()) {
            case KEY_WORKER -> new Allocated("key_worker", user.username());
            case MANAGER -> new Allocated("team_id", user.teamId());
            case COORDINATOR, AUDITOR, ADMINISTRATOR -> null;
        };
    }

    /** Allocations whose {@code column} (a name written here, never a user's input) holds {@code value}. */
    private record Allocated(String column, Object value) {
    }
}
