package org.hearth.engine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.engine.testing.FamilyFixture.d;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.hearth.engine.plan.Plan;
import org.hearth.engine.plan.PlanLoader;
import org.hearth.engine.testing.FamilyFixture;
import org.hearth.engine.timeline.BenefitSpell;
import org.hearth.engine.timeline.BenefitSpell.Benefit;
import org.hearth.engine.timeline.BenefitSpell.ClaimType;
import org.hearth.engine.timeline.EmploymentSpell;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.Offence;
import org.hearth.engine.timeline.Offence.Disposal;
import org.junit.jupiter.api.Test;

/**
 * Evaluating a family day after day (an outlook's search for the day a claim is due) decides each day exactly as
 * evaluating that day alone does, though what was found at engagement is worked out once for each engagement.
 */
class DayAfterDayTest {
    private static final Plan SOUTHWARK = PlanLoader.withBuiltInSchema().load(Path.of("../plans/southwark.yaml"));

    @Test
    void anEngagedFamilyIsDecidedEachDayAsEvaluatingThatDayAloneDecidesIt() {
        // Engaged on 1 June 2015 for the son's offending and the mother's benefit; work from July 2015 and a
        // second offence in November 2015 move the claim's days. Known as on 1 September 2015: the case is open
        // then, so every later day has the same day of engagement, and what was found on it is worked out once.
        FamilyTimeline family = FamilyFixture.family("F-1").mother("M", "1984-02-02").child("C", "2001-06-30")
                .engaged("2015-06-01")
                .record(new Offence("OF-1", "C", d("2015-03-10"), Disposal.CONVICTION, false, null, "YOS"))
                .record(new Offence("OF-2", "C", d("2015-08-20"), Disposal.CONVICTION, false, null, "YOS"))
                .record(new BenefitSpell("BN-1", "M", Benefit.JOBSEEKERS_ALLOWANCE, d("2015-01-05"), d("2015-06-30"),
                        false, ClaimType.SINGLE, "DWP"))
                .record(new EmploymentSpell("EM-1", "M", EmploymentSpell.Type.EMPLOYED, d("2015-07-01"), null, null,
                        "DWP"))
                .build();

        Run run = run(family, d("2015-09-01"), d("2016-12-31"));

        assertThat(run.differences).isEmpty();
        assertThat(run.daysOfEngagement).containsExactly(d("2015-06-01"));
        // Days when a claim is due and days when it is not: the run decides both.
        assertThat(run.claimable).isPositive().isLessThan(run.days);
    }

    @Test
    void aFamilyNotEngagedIsIdentifiedAfreshEachDay() {
        // No intervention: each day is its own day of identification, so nothing carries from one day to the next.
        FamilyTimeline family = FamilyFixture.family("F-3").mother("M", "1984-02-02").child("C", "2001-06-30")
                .record(new Offence("OF-1", "C", d("2015-03-10"), Disposal.CONVICTION, false, null, "YOS"))
                .build();

        Run run = run(family, d("2015-09-01"), d("2015-10-31"));

        assertThat(run.differences).isEmpty();
        assertThat(run.daysOfEngagement).hasSize(run.days);
    }

    /** The family evaluated day after day in one run, and each day alone, from the day known on to the last day. */
    private static Run run(FamilyTimeline family, LocalDate knownOn, LocalDate lastDay) {
        FamilyTimeline known = family.asKnownOn(knownOn);
        DayAfterDay days = new DayAfterDay(SOUTHWARK, family, knownOn);
        Run run = new Run();
        for (LocalDate day = knownOn; !day.isAfter(lastDay); day = day.plusDays(1)) {
            FamilyEvaluation alone = Evaluator.evaluate(SOUTHWARK, known, day);
            FamilyEvaluation inTheRun = days.on(day);
            if (!decided(alone).equals(decided(inTheRun))) {
                run.differences.add(day + ": alone " + decided(alone) + ", in the run " + decided(inTheRun));
            }
            run.days++;
            run.claimable += alone.claim().claimable() ? 1 : 0;
            run.daysOfEngagement.add(alone.identifiedOn());
        }
        return run;
    }

    /** What a run found: the days that differ, how many days, how many claimable, and the days of engagement. */
    private static final class Run {
        final List<String> differences = new ArrayList<>();
        final Set<LocalDate> daysOfEngagement = new LinkedHashSet<>();
        int days;
        int claimable;
    }

    @Test
    void aDayBeforeTheRecordsWereKnownIsRefused() {
        FamilyTimeline family = FamilyFixture.family("F-2").mother("M", "1984-02-02").engaged("2015-06-01").build();

        assertThatThrownBy(() -> new DayAfterDay(SOUTHWARK, family, d("2015-09-01")).on(d("2015-08-31")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("known on 2015-09-01");
    }

    /** Every decision of the evaluation, in words: eligibility, the claim, and each problem's and outcome's result. */
    private static String decided(FamilyEvaluation evaluation) {
        StringBuilder words = new StringBuilder().append(evaluation.interventionId()).append(' ')
                .append(evaluation.identifiedOn()).append(" eligible=").append(evaluation.eligible())
                .append(" claimable=").append(evaluation.claim().claimable()).append(' ').append(evaluation.claim().route());
        for (ProblemEvaluation problem : evaluation.problems()) {
            words.append(" | ").append(problem.problemId()).append(problem.identified() ? " on " + problem.identifiedOn() : " no")
                    .append(problem.emerged() ? " emerged" : "").append(" progress=").append(problem.progressMet());
            for (IndicatorResult indicator : problem.indicators()) {
                words.append(' ').append(indicator.indicatorId()).append('=').append(indicator.result().status());
            }
            for (OutcomeResult outcome : problem.outcomes()) {
                words.append(' ').append(outcome.outcomeId()).append('=').append(outcome.status());
            }
        }
        return words.toString();
    }
}
