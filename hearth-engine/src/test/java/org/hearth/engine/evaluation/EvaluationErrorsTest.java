package org.hearth.engine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.engine.testing.FamilyFixture.d;

import java.util.ArrayList;
import java.util.List;

import org.hearth.engine.measure.NoneInWindow;
import org.hearth.engine.measure.Period;
import org.hearth.engine.measure.RecordSelection;
import org.hearth.engine.plan.Indicator;
import org.hearth.engine.plan.Outcome;
import org.hearth.engine.plan.Plan;
import org.hearth.engine.plan.PlanLoader;
import org.hearth.engine.plan.Problem;
import org.hearth.engine.testing.FamilyFixture;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.Offence;
import org.hearth.engine.timeline.Offence.Disposal;
import org.junit.jupiter.api.Test;

/**
 * An error raised while a family is evaluated names the plan and its version, the family, the review
 * date and the indicator or outcome being tested, so that it can be found and reproduced. The plans
 * here are broken in code, past the loader's checks, as a defect in Hearth itself would break them.
 */
class EvaluationErrorsTest {
    private static final Plan PLAN = PlanLoader.withBuiltInSchema().load("broken.yaml", """
            id: broken
            authority: Test Borough
            title: A plan to break
            version: "7"
            effective: {from: 2015-04-01}
            source: a plan written for this test
            programme: {eligibility: {minimum_problems: 1}}
            problems:
              - id: "1"
                theme: crime_asb
                name: Crime
                indicators:
                  - id: 1A
                    description: a proven offence in the last 12 months
                    test: {type: count_in_window, records: offences, where: {proven: true}, window: {months: 12}}
                outcomes:
                  - id: "1.1"
                    description: no proven offence in the last 6 months
                    measure: {type: none_in_window, records: offences, where: {proven: true}, window: {months: 6}}
            """);
    /** A selection of a kind of record that does not exist: the loader refuses it, so it can only come from a defect. */
    private static final NoneInWindow BROKEN = new NoneInWindow(new RecordSelection("no_such_records", null), null,
            Period.ofMonths(6));

    private static final FamilyTimeline FAMILY = FamilyFixture.family("F9").mother("M", "1980-01-01")
            .child("C", "2001-05-05").engaged("2015-06-01")
            .record(new Offence("OF-1", "C", d("2015-03-01"), Disposal.YOUTH_CAUTION, false, null, "YOS")).build();

    private static Plan withOutcome(Outcome outcome) {
        Problem problem = PLAN.problems().get(0);
        Problem broken = new Problem(problem.id(), problem.theme(), problem.name(), problem.description(),
                problem.strategicGoal(), problem.sourceRef(), problem.indicators(), List.of(outcome), problem.progress(),
                problem.decisions());
        return new Plan(PLAN.id(), PLAN.authority(), PLAN.title(), PLAN.version(), PLAN.effective(), PLAN.source(),
                PLAN.programme(), List.of(broken), PLAN.decisions());
    }

    private static Plan withIndicator(Indicator indicator) {
        Problem problem = PLAN.problems().get(0);
        List<Indicator> indicators = new ArrayList<>(problem.indicators());
        indicators.add(indicator);
        Problem broken = new Problem(problem.id(), problem.theme(), problem.name(), problem.description(),
                problem.strategicGoal(), problem.sourceRef(), indicators, problem.outcomes(), problem.progress(),
                problem.decisions());
        return new Plan(PLAN.id(), PLAN.authority(), PLAN.title(), PLAN.version(), PLAN.effective(), PLAN.source(),
                PLAN.programme(), List.of(broken), PLAN.decisions());
    }

    @Test
    void anErrorInAnOutcomeNamesThePlanVersionFamilyDayAndOutcome() {
        Plan plan = withOutcome(new Outcome("1.9", "broken", List.of(), null, false, List.of(), List.of(), BROKEN,
                null, null, "test 1.9", List.of()));

        assertThatThrownBy(() -> Evaluator.evaluate(plan, FAMILY, d("2016-03-31")))
                .isInstanceOf(EvaluationException.class)
                .hasMessageStartingWith("evaluating plan broken 7, family F9 as at 2016-03-31, outcome 1.9: ")
                .hasMessageContaining("invalid record selection")
                .satisfies(e -> {
                    EvaluationException error = (EvaluationException) e;
                    assertThat(error.plan()).isEqualTo("broken 7");
                    assertThat(error.familyId()).isEqualTo("F9");
                    assertThat(error.asOf()).isEqualTo(d("2016-03-31"));
                    assertThat(error.item()).isEqualTo("outcome 1.9");
                    assertThat(error.getCause()).isInstanceOf(IllegalStateException.class);
                });
    }

    @Test
    void anErrorInAnIndicatorNamesTheIndicatorAndTheDayItWasTestedOn() {
        Plan plan = withIndicator(new Indicator("1Z", "broken", List.of(), BROKEN, "test 1Z", List.of()));

        assertThatThrownBy(() -> Evaluator.evaluate(plan, FAMILY, d("2016-03-31")))
                .isInstanceOf(EvaluationException.class)
                .hasMessageStartingWith("evaluating plan broken 7, family F9 as at 2016-03-31, indicator 1Z on 2015-06-01: ");
    }
}
