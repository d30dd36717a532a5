package org.hearth.server.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hearth.engine.measure.Status;
import org.hearth.engine.plan.Plan;
import org.hearth.server.family.FamilyFilter;
import org.hearth.server.family.NarrowedDecisions;
import org.hearth.server.plan.PlansInUse;
import org.hearth.server.security.Access;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Works out the claims forecast ({@link ForecastReport}) for the families a user may see, from the decisions they
 * stand on now: each engaged, eligible family not yet claimable has its expected claim worked out ({@link
 * ExpectedClaim}) under the plan its decision was made under, from the decision's problems and outcomes and its
 * outlook, read without their explanations.
 */
@Repository
class ClaimsForecast {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The outlook looks twelve months past the review date (docs/evaluation.md §13). */
    private static final int OUTLOOK_MONTHS = 12;

    private final JdbcTemplate jdbc;
    private final PlansInUse plans;

    ClaimsForecast(JdbcTemplate jdbc, PlansInUse plans) {
        this.jdbc = jdbc;
        this.plans = plans;
    }

    ForecastReport report(LocalDate reviewDate, Access.VisibleFamilies visible) {
        NarrowedDecisions narrowed = NarrowedDecisions.by(new FamilyFilter(true, null, null, null, null, null, null, null,
                null, FamilyFilter.LARGEST_PAGE, visible));
        List<ForecastReport.ForecastFamily> families = new ArrayList<>();
        jdbc.query("""
                select d.family_id, d.claimable_on, r.plan_version_id,
                       case when d.claimable_on is null then (
                           select jsonb_agg(jsonb_build_object('id', p->'id', 'identified', p->'identified', 'outcomes',
                               (select coalesce(jsonb_agg(jsonb_build_object('id', o->'id', 'relevant', o->'relevant',
                                                                             'status', o->'status')), '[]')
                                from jsonb_array_elements(p->'outcomes') o)))
                           from jsonb_array_elements(f.figures->'problems') p) end as problems,
                       (select coalesce(jsonb_agg(jsonb_build_object('problem_id', o->'problem_id',
                                   'outcome_id', o->'outcome_id', 'earliest_met_on', o->'earliest_met_on',
                                   'waits_for_sign_off', o->'waits_for_sign_off',
                                   'waits_for_figures', o->'waits_for_figures')), '[]')
                        from jsonb_array_elements(f.outlook) o) as outlook
                from family_evaluation f
                join (select e.family_id, e.run_id, e.claimable_on
                """ + narrowed.sql() + " and e.engaged and not e.claimable) d"
                + " on f.run_id = d.run_id and f.family_id = d.family_id join evaluation_run r on r.id = d.run_id", row -> {
                    Plan plan = plans.plan(row.getLong("plan_version_id"));
                    ExpectedClaim expected = ExpectedClaim.of(plan, reviewDate, row.getObject("claimable_on", LocalDate.class),
                            problems(row.getString("problems")), outlook(row.getString("outlook")));
                    if (expected != null) {
                        families.add(new ForecastReport.ForecastFamily(row.getString("family_id"), expected.on(),
                                FinancialQuarter.of(expected.on()), expected.certainty(), expected.waitsFor()));
                    }
                }, narrowed.argumentsAnd());
        families.sort(Comparator.comparing(ForecastReport.ForecastFamily::expectedOn)
                .thenComparing(ForecastReport.ForecastFamily::familyId));
        NarrowedDecisions claimable = NarrowedDecisions.by(new FamilyFilter(null, null, null, true, null, null, null, null,
                null, FamilyFilter.LARGEST_PAGE, visible));
        long claimableNow = jdbc.queryForObject("select count(*) " + claimable.sql(), Long.class, claimable.argumentsAnd());
        return new ForecastReport(reviewDate, claimableNow, quarters(reviewDate, families), families);
    }

    /** Every quarter of the outlook's months, each with its families counted by certainty. */
    private static List<ForecastReport.QuarterLine> quarters(LocalDate reviewDate,
                                                            List<ForecastReport.ForecastFamily> families) {
        Map<FinancialQuarter, Map<Certainty, Long>> counts = new TreeMap<>();
        FinancialQuarter last = FinancialQuarter.of(reviewDate.plusMonths(OUTLOOK_MONTHS));
        for (FinancialQuarter quarter = FinancialQuarter.of(reviewDate.plusDays(1)); quarter.compareTo(last) <= 0;
             quarter = quarter.next()) {
            counts.put(quarter, new EnumMap<>(Certainty.class));
        }
        for (ForecastReport.ForecastFamily family : families) {
            counts.computeIfAbsent(family.quarter(), quarter -> new EnumMap<>(Certainty.class))
                    .merge(family.certainty(), 1L, Long::sum);
        }
        List<ForecastReport.QuarterLine> lines = new ArrayList<>();
        counts.forEach((quarter, count) -> lines.add(new ForecastReport.QuarterLine(quarter,
                count.getOrDefault(Certainty.WAITING_FOR_TIME, 0L), count.getOrDefault(Certainty.NEEDS_FIGURES, 0L),
                count.getOrDefault(Certainty.NEEDS_SIGN_OFF, 0L))));
        return lines;
    }

    private static List<ExpectedClaim.DecidedProblem> problems(String json) {
        List<ExpectedClaim.DecidedProblem> problems = new ArrayList<>();
        for (JsonNode problem : parse(json)) {
            List<ExpectedClaim.DecidedOutcome> outcomes = new ArrayList<>();
            for (JsonNode outcome : problem.path("outcomes")) {
                outcomes.add(new ExpectedClaim.DecidedOutcome(outcome.path("id").asText(), outcome.path("relevant").asBoolean(),
                        Status.ofCode(outcome.path("status").asText())));
            }
            problems.add(new ExpectedClaim.DecidedProblem(problem.path("id").asText(), problem.path("identified").asBoolean(),
                    outcomes));
        }
        return problems;
    }

    private static List<ExpectedClaim.AwaitedOutcome> outlook(String json) {
        List<ExpectedClaim.AwaitedOutcome> outcomes = new ArrayList<>();
        for (JsonNode outcome : parse(json)) {
            String day = outcome.path("earliest_met_on").asText(null);
            outcomes.add(new ExpectedClaim.AwaitedOutcome(outcome.path("problem_id").asText(),
                    outcome.path("outcome_id").asText(), day == null ? null : LocalDate.parse(day),
                    outcome.path("waits_for_sign_off").asBoolean(), outcome.path("waits_for_figures").asBoolean()));
        }
        return outcomes;
    }

    /** A JSON array as the database gave it; null (no problems asked for) as none. */
    private static JsonNode parse(String json) {
        if (json == null) {
            return JSON.createArrayNode();
        }
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored decision is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
