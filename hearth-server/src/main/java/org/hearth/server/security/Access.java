package org.hearth.server.security;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which families and claims a user may see. A key worker sees the families allocated to them now, a manager those
 * allocated to their team now ({@link Allocations}); coordinators, auditors and administrators see every family. A
 * user of a partner organisation ({@link CurrentUser#organisation}) sees, of those, only the families whose current
 * decision's intervention their organisation leads, and only the claims attributed to it. Every page and API call that
 * shows a family asks here first: {@link #canSeeFamily} for one family ({@link #canReadFamily} to read its page, where
 * break-glass access counts), {@link #familiesVisibleTo} for a list; one that
 * shows a claim asks {@link #canSeeClaim} or {@link #claimsVisibleTo}.
 */
@Component
public class Access {
    private final JdbcTemplate jdbc;
    private final BreakGlass breakGlass;

    Access(JdbcTemplate jdbc, BreakGlass breakGlass) {
        this.jdbc = jdbc;
        this.breakGlass = breakGlass;
    }

    /** The families a list may show a user: every family, or only those in {@code familyIds}. */
    public record VisibleFamilies(boolean everyFamily, Set<String> familyIds) {

        public boolean includes(String familyId) {
            return everyFamily || familyIds.contains(familyId);
        }
    }

    /**
     * The claims a list may show a user: those of the families their role lets them see now, attributed to their
     * organisation when they have one.
     *
     * @param organisation the user's partner organisation, or null when claims of every organisation are shown
     */
    public record VisibleClaims(VisibleFamilies families, String organisation) {

        /** Whether a claim of the family, attributed to the organisation, is shown. */
        public boolean includes(String familyId, String claimOrganisation) {
            return families.includes(familyId) && (organisation == null || organisation.equals(claimOrganisation));
        }
    }

    public boolean canSeeFamily(CurrentUser user, String familyId) {
        return allocatedToSee(user, familyId) && (user.organisation() == null || Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from current_decision where family_id = ? and lead_organisation = ?)",
                Boolean.class, familyId, user.organisation())));
    }

    /**
     * Whether the user may read the family's page now: they may see it ({@link #canSeeFamily}), or hold break-glass
     * access to it that has not expired ({@link BreakGlass}). Reading only: what changes a family asks
     * {@link #canSeeFamily}, and lists show only the families a user sees.
     */
    public boolean canReadFamily(CurrentUser user, String familyId) {
        return reading(user, familyId) != Reading.NONE;
    }

    /** How a user may read a family's page: as one who sees it, under break-glass access, or not at all. */
    public enum Reading {
        SEES, BREAK_GLASS, NONE
    }

    /** {@link #canReadFamily}, saying which way. */
    public Reading reading(CurrentUser user, String familyId) {
        if (canSeeFamily(user, familyId)) {
            return Reading.SEES;
        }
        return breakGlass.active(user, familyId) ? Reading.BREAK_GLASS : Reading.NONE;
    }

    public VisibleFamilies familiesVisibleTo(CurrentUser user) {
        Allocated allocated = allocated(user);
        if (user.organisation() == null) {
            return allocated == null ? new VisibleFamilies(true, Set.of()) : allocatedFamilies(allocated);
        }
        String sql = "select family_id from current_decision c where c.lead_organisation = ?";
        if (allocated == null) {
            return new VisibleFamilies(false, Set.copyOf(jdbc.queryForList(sql, String.class, user.organisation())));
        }
        return new VisibleFamilies(false, Set.copyOf(jdbc.queryForList(sql + " and exists (select 1 from family_allocation a"
                + " where a.family_id = c.family_id and a.ended_at is null and a." + allocated.column() + " = ?)", String.class,
                user.organisation(), allocated.value())));
    }

    /**
     * Whether the user may see a claim of the family attributed to the organisation: their role reads claims, the
     * family is one their role lets them see now, and the claim is their organisation's when they have one. The claim's
     * own organisation counts, not the family's today, so a partner keeps seeing the claims it made.
     */
    public boolean canSeeClaim(CurrentUser user, String familyId, String claimOrganisation) {
        return user.role().readsClaims() && allocatedToSee(user, familyId)
                && (user.organisation() == null || Objects.equals(user.organisation(), claimOrganisation));
    }

    /** The claims a list may show the user ({@link #canSeeClaim}'s rule); none for a role that reads no claims. */
    public VisibleClaims claimsVisibleTo(CurrentUser user) {
        if (!user.role().readsClaims()) {
            return new VisibleClaims(new VisibleFamilies(false, Set.of()), user.organisation());
        }
        Allocated allocated = allocated(user);
        VisibleFamilies families = allocated == null ? new VisibleFamilies(true, Set.of()) : allocatedFamilies(allocated);
        return new VisibleClaims(families, user.organisation());
    }

    /** The families allocated now to the key worker or team. */
    private VisibleFamilies allocatedFamilies(Allocated allocated) {
        return new VisibleFamilies(false, Set.copyOf(jdbc.queryForList("select family_id from family_allocation "
                + "where ended_at is null and " + allocated.column() + " = ?", String.class, allocated.value())));
    }

    /** Whether the user's role, by the allocations now, lets them see the family (every family for some roles). */
    private boolean allocatedToSee(CurrentUser user, String familyId) {
        Allocated allocated = allocated(user);
        return allocated == null || Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from family_allocation "
                + "where family_id = ? and ended_at is null and " + allocated.column() + " = ?)", Boolean.class, familyId,
                allocated.value()));
    }

    /** The current allocations that let the user see a family, or null when the user's role sees every family. */
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
