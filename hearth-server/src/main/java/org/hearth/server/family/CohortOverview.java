package org.hearth.server.family;

import java.util.HashMap;
import java.util.Map;

import org.hearth.server.security.Access;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * How the families a user may see stand in the latest run, counted: the cohort overview's figures, which the
 * outcomes report (org.hearth.server.reports) shows per problem too.
 */
@Repository
public class CohortOverview {
    private final JdbcTemplate jdbc;

    CohortOverview(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param identified families with at least one problem identified
     * @param engaged families engaged in an intervention on the review date
     * @param withProgress families that made the plan's progress on at least one problem
     */
    public record Headline(long families, long identified, long engaged, long eligible, long withProgress, long claimable) {
    }

    /** How many families have each problem identified, and how many of those made progress on it. */
    public record ProblemCounts(Map<String, Long> identified, Map<String, Long> progressMade) {
    }

    public Headline headline(Access.VisibleFamilies visible) {
        NarrowedDecisions narrowed = NarrowedDecisions.by(FamilyFilter.everyVisible(visible));
        return jdbc.queryForObject("""
                select count(*) as families, count(*) filter (where cardinality(e.identified) > 0) as identified,
                       count(*) filter (where e.engaged) as engaged, count(*) filter (where e.eligible) as eligible,
                       count(*) filter (where cardinality(e.progress_met) > 0) as with_progress,
                       count(*) filter (where e.claimable) as claimable
                """ + narrowed.sql(), (row, n) -> new Headline(row.getLong("families"), row.getLong("identified"),
                row.getLong("engaged"), row.getLong("eligible"), row.getLong("with_progress"), row.getLong("claimable")),
                narrowed.argumentsAnd());
    }

    public ProblemCounts problems(Access.VisibleFamilies visible) {
        return new ProblemCounts(byProblem("identified", visible), byProblem("progress_met", visible));
    }

    /** Families by each problem id in {@code column} (a name written here, never a user's input). */
    private Map<String, Long> byProblem(String column, Access.VisibleFamilies visible) {
        NarrowedDecisions narrowed = NarrowedDecisions.by(FamilyFilter.everyVisible(visible));
        Map<String, Long> counts = new HashMap<>();
        jdbc.query("select problem, count(*) as families from (select unnest(e." + column + ") as problem "
                + narrowed.sql() + ") p group by problem", row -> {
                    counts.put(row.getString("problem"), row.getLong("families"));
                }, narrowed.argumentsAnd());
        return counts;
    }
}
