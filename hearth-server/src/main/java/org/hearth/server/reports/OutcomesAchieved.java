package org.hearth.server.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hearth.engine.measure.Status;
import org.hearth.engine.plan.Outcome;
import org.hearth.engine.plan.Plan;
import org.hearth.engine.plan.Problem;
import org.hearth.server.family.CohortOverview;
import org.hearth.server.family.FamilyFilter;
import org.hearth.server.family.NarrowedDecisions;
import org.hearth.server.security.Access;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Counts outcomes achieved over the decisions the families a user may see stand on now: per problem from the cohort
 * overview's own counts ({@link CohortOverview#problems}), per outcome from each decision's outcomes (the evaluate
 * command's JSON), only those relevant to an identified problem.
 */
@Repository
class OutcomesAchieved {
    private final JdbcTemplate jdbc;
    private final CohortOverview overview;

    OutcomesAchieved(JdbcTemplate jdbc, CohortOverview overview) {
        this.jdbc = jdbc;
        this.overview = overview;
    }

    OutcomesReport report(Plan plan, Access.VisibleFamilies visible) {
        CohortOverview.Headline headline = overview.headline(visible);
        CohortOverview.ProblemCounts counts = overview.problems(visible);
        Map<String, Map<Status, Long>> statuses = statuses(visible);
        List<OutcomesReport.ProblemLine> problems = new ArrayList<>();
        List<OutcomesReport.OutcomeLine> outcomes = new ArrayList<>();
        for (Problem problem : plan.problems()) {
            problems.add(new OutcomesReport.ProblemLine(problem.id(), problem.name(),
                    counts.identified().getOrDefault(problem.id(), 0L), counts.progressMade().getOrDefault(problem.id(), 0L)));
            for (Outcome outcome : problem.outcomes()) {
                Map<Status, Long> found = statuses.getOrDefault(problem.id() + "\u0000" + outcome.id(), Map.of());
                long relevant = found.values().stream().mapToLong(Long::longValue).sum();
                outcomes.add(new OutcomesReport.OutcomeLine(problem.id(), outcome.id(), outcome.description(),
                        outcome.priority(), relevant, found.getOrDefault(Status.MET, 0L),
                        found.getOrDefault(Status.TOO_EARLY, 0L), found.getOrDefault(Status.NOT_MET, 0L),
                        found.getOrDefault(Status.NOT_APPLICABLE, 0L)));
            }
        }
        return new OutcomesReport(headline.families(), headline.identified(), problems, outcomes);
    }

    /** Families by problem and outcome (keyed problem id, NUL, outcome id) and status, relevant outcomes only. */
    private Map<String, Map<Status, Long>> statuses(Access.VisibleFamilies visible) {
        NarrowedDecisions narrowed = NarrowedDecisions.by(FamilyFilter.everyVisible(visible));
        Map<String, Map<Status, Long>> statuses = new HashMap<>();
        jdbc.query("""
                select p->>'id' as problem, o->>'id' as outcome, o->>'status' as status, count(*) as families
                from family_evaluation f
                join (select e.family_id, e.run_id
                """ + narrowed.sql() + """
                ) d on f.run_id = d.run_id and f.family_id = d.family_id
                cross join jsonb_array_elements(f.figures->'problems') p
                cross join jsonb_array_elements(p->'outcomes') o
                where (p->>'identified')::boolean and (o->>'relevant')::boolean
                group by 1, 2, 3""", row -> {
                    statuses.computeIfAbsent(row.getString("problem") + "\u0000" + row.getString("outcome"),
                            key -> new HashMap<>()).put(Status.ofCode(row.getString("status")),
                            row.getLong("families"));
                }, narrowed.argumentsAnd());
        return statuses;
    }
}
