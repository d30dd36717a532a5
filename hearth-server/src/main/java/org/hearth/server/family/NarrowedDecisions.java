package org.hearth.server.family;

import java.util.ArrayList;
import java.util.List;

/**
 * The decisions the lists stand on (the one each family stands on now, as {@code e}) narrowed by a filter, paging
 * aside: the one {@code from … where …} that a page of the list, its count and the cohort overview share, so that
 * a count always agrees with the list it heads, and the reports (org.hearth.server.reports) count the same families.
 *
 * @param sql {@code from current_decision e where …}
 * @param arguments the values of its placeholders, in order
 */
public record NarrowedDecisions(String sql, List<Object> arguments) {

    public static NarrowedDecisions by(FamilyFilter filter) {
        StringBuilder sql = new StringBuilder(
                "from current_decision e where true");
        List<Object> arguments = new ArrayList<>();
        if (filter.eligible() != null) {
            sql.append(" and e.eligible = ?");
            arguments.add(filter.eligible());
        }
        if (filter.claimable() != null) {
            sql.append(" and e.claimable = ?");
            arguments.add(filter.claimable());
        }
        if (filter.problem() != null) {
            sql.append(" and e.identified @> array[?]::text[]");
            arguments.add(filter.problem());
        }
        if (filter.progress() != null) {
            sql.append(" and e.progress_met @> array[?]::text[]");
            arguments.add(filter.progress());
        }
        if (filter.keyWorker() != null) {
            sql.append(allocatedNow("key_worker"));
            arguments.add(filter.keyWorker());
        }
        if (filter.teamId() != null) {
            sql.append(allocatedNow("team_id"));
            arguments.add(filter.teamId());
        }
        if (filter.tier() != null) {
            sql.append(" and e.tier = ?");
            arguments.add(filter.tier());
        }
        if (filter.organisation() != null) {
            sql.append(" and e.lead_organisation = ?");
            arguments.add(filter.organisation());
        }
        if (!filter.visible().everyFamily()) {
            sql.append(" and e.family_id = any(?)");
            arguments.add(filter.visible().familyIds().toArray(String[]::new));
        }
        return new NarrowedDecisions(sql.toString(), List.copyOf(arguments));
    }

    /** Families allocated now to the one whose {@code column} (a name written here) holds the next argument. */
    private static String allocatedNow(String column) {
        return " and exists (select 1 from family_allocation a where a.family_id = e.family_id and a.ended_at is null and a."
                + column + " = ?)";
    }

    /** The arguments with more after them (a page's start and size). */
    public Object[] argumentsAnd(Object... more) {
        List<Object> all = new ArrayList<>(arguments);
        all.addAll(List.of(more));
        return all.toArray();
    }
}
