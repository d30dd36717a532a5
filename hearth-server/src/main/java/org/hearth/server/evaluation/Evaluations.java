package org.hearth.server.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

import javax.sql.DataSource;

import org.hearth.engine.evaluation.EvaluationJson;
import org.hearth.engine.evaluation.Evaluator;
import org.hearth.engine.evaluation.FamilyEvaluation;
import org.hearth.engine.evaluation.PopulationEvaluation;
import org.hearth.engine.evaluation.ProblemEvaluation;
import org.hearth.engine.outlook.FamilyOutlook;
import org.hearth.engine.outlook.Outlook;
import org.hearth.engine.plan.Plan;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.Intervention;
import org.hearth.io.Population;
import org.hearth.server.PostgresCopy;
import org.hearth.server.plan.PlanVersion;
import org.hearth.server.plan.PlansInUse;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Evaluates every family under a stored plan version and stores each decision with its explanation and its
 * outlook (docs/evaluation.md §13: when each outcome not yet met, and the claim, would be met if nothing new were
 * recorded), in
 * the caller's transaction: a run is stored whole or not at all. The run records the plan version and the
 * SHA-256 of its file, the review date and the import whose data it stood on.
 */
@Service
public class Evaluations {
    private final JdbcTemplate jdbc;
    private final DataSource dataSource;

    /** Each version read from its file once (reading validates it against the schema again). */
    private final PlansInUse plans;

    Evaluations(JdbcTemplate jdbc, PlansInUse plans) {
        this.jdbc = jdbc;
        this.dataSource = jdbc.getDataSource();
        this.plans = plans;
    }

    /** Why a run was made. */
    public enum Reason {
        IMPORT, PLAN, SIGN_OFF, REVIEW_DATE,
        /** A record corrected or erased (org.hearth.server.protection.Corrections). */
        CORRECTION;

        String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Evaluates every family of the population and makes the decisions the ones each family stands on now.
     *
     * @return the run's id
     */
    public long evaluate(Population population, PlanVersion version, LocalDate asOf, long importId, Reason reason,
                         IntConsumer evaluated) {
        long run = store(population, null, version, asOf, importId, reason, evaluated);
        jdbc.update("delete from current_decision"); // a family no longer held has no decision now
        makeCurrent(run);
        return run;
    }

    /**
     * Evaluates one family, whose data is {@code population} (read for it alone, {@code StoredData.family}), and
     * makes the decision the one it stands on now.
     *
     * @return the run's id
     */
    public long evaluateFamily(Population population, String familyId, PlanVersion version, LocalDate asOf, long importId,
                               Reason reason) {
        long run = store(population, familyId, version, asOf, importId, reason, done -> {
        });
        makeCurrent(run);
        return run;
    }

    /** The run's decisions become the ones their families stand on now. */
    private void makeCurrent(long run) {
        jdbc.update("""
                insert into current_decision (family_id, run_id, eligible, claimable, route, identified, progress_met, engaged,
                                              claimable_on, next_outcome_on, awaiting_answers, tier, lead_organisation)
                select family_id, run_id, eligible, claimable, route, identified, progress_met, engaged, claimable_on,
                       next_outcome_on, awaiting_answers, tier, lead_organisation
                from family_evaluation where run_id = ?
                on conflict (family_id) do update set run_id = excluded.run_id, eligible = excluded.eligible,
                    claimable = excluded.claimable, route = excluded.route, identified = excluded.identified,
                    progress_met = excluded.progress_met, engaged = excluded.engaged, claimable_on = excluded.claimable_on,
                    next_outcome_on = excluded.next_outcome_on, awaiting_answers = excluded.awaiting_answers,
                    tier = excluded.tier, lead_organisation = excluded.lead_organisation""", run);
    }

    private long store(Population population, String familyId, PlanVersion version, LocalDate asOf, long importId,
                       Reason reason, IntConsumer evaluated) {
        long run = jdbc.queryForObject("""
                insert into evaluation_run (plan_version_id, plan_sha256, as_of, data_import_id, reason, families, family_id)
                values (?, ?, ?, ?, ?, 0, ?) returning id""", Long.class,
                version.id(), version.sha256(), asOf, importId, reason.code(), familyId);
        String runId = Long.toString(run);
        List<FamilyTimeline> timelines = familyId == null ? population.timelines() : List.of(population.timeline(familyId));
        Plan plan = plans.plan(version.id());
        try (PostgresCopy copy = PostgresCopy.into(dataSource, "family_evaluation (run_id, family_id, eligible, claimable, route,"
                + " identified, progress_met, result, figures, claimable_on, outlook, next_outcome_on, awaiting_answers,"
                + " tier, lead_organisation)")) {
            // Each family's row, its result's and outlook's JSON with them, is made on the core that decided it.
            PopulationEvaluation.map(timelines, timeline -> row(runId, plan, timeline, asOf), copy::row, evaluated);
            copy.close();
            jdbc.update("update evaluation_run set families = ? where id = ?", copy.rows(), run);
        }
        return run;
    }

    /** The family's row of family_evaluation: its decision, with its outlook, as at the review date. */
    private static String[] row(String runId, Plan plan, FamilyTimeline timeline, LocalDate asOf) {
        FamilyEvaluation family = Evaluator.evaluate(plan, timeline, asOf).explanationsWorkedOut();
        FamilyOutlook outlook = Outlook.following(plan, timeline, family);
        Intervention intervention = engagedIn(timeline, family.interventionId());
        return new String[] {runId, family.familyId(), Boolean.toString(family.eligible()),
            Boolean.toString(family.claim().claimable()),
            family.claim().route() == null ? null : family.claim().route().code(),
            array(problems(family, false)), array(problems(family, true)), EvaluationJson.familyJson(family),
            DecisionFigures.of(family),
            day(outlook.claimableOn()), OutlookJson.of(outlook), day(outlook.nextOutcomeOn()),
            Integer.toString(outlook.awaitingSignOff()),
            intervention == null ? null : intervention.tierOn(asOf).name().toLowerCase(Locale.ROOT),
            intervention == null ? null : intervention.leadOrganisation()};
    }

    /** A day as a cell, or null (SQL NULL) for none. */
    private static String day(LocalDate day) {
        return day == null ? null : day.toString();
    }

    private static Intervention engagedIn(FamilyTimeline timeline, String interventionId) {
        return timeline.interventions().stream().filter(one -> one.interventionId().equals(interventionId)).findFirst()
                .orElse(null);
    }

    /** The latest run, or null before the first. */
    public Long latestRun() {
        return jdbc.queryForObject("select max(id) from evaluation_run", Long.class);
    }

    private static List<String> problems(FamilyEvaluation family, boolean progressMet) {
        List<String> ids = new ArrayList<>();
        for (ProblemEvaluation problem : family.problems()) {
            if (problem.identified() && (!progressMet || problem.progressMet())) {
                ids.add(problem.problemId());
            }
        }
        return ids;
    }

    /** A PostgreSQL array literal of text values, each quoted. */
    private static String array(List<String> values) {
        StringBuilder text = new StringBuilder("{");
        for (String value : values) {
            if (text.length() > 1) {
                text.append(',');
            }
            text.append('"').append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return text.append('}').toString();
    }
}
