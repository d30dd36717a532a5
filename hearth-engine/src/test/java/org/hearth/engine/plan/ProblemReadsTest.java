package org.hearth.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.hearth.engine.measure.Measure;
import org.junit.jupiter.api.Test;

/**
 * What each problem of a plan reads: the records a family's page shows under the problem. Southampton's problems as
 * its plan encodes them (plans/southampton.yaml), and every built-in plan's questions, each the id of an outcome of
 * the problem asking it or a question a measure names.
 */
class ProblemReadsTest {
    private static final PlanLoader LOADER = PlanLoader.withBuiltInSchema();

    private static Plan plan(String id) {
        return LOADER.load(id + ".yaml", PlanLoader.builtInFile(id));
    }

    @Test
    void southamptonsCrimeProblemReadsOffencesAndAntiSocialBehaviourOnly() {
        Problem crime = plan("southampton").problems().get(0);

        assertThat(crime.id()).isEqualTo("1");
        assertThat(crime.reads()).containsExactly("asb_incidents", "offences");
        assertThat(crime.questions()).isEmpty();
    }

    @Test
    void schoolAttendanceReadsAttendanceExclusionsAndSettings() {
        Problem school = plan("southampton").problems().get(1);

        assertThat(school.reads()).containsExactly("attendance", "education_settings", "exclusions");
    }

    @Test
    void aProblemWithAKeyWorkersQuestionReadsTheirAnswersAndAsksAboutItsOwnOutcomes() {
        Problem abuse = plan("southampton").problems().get(4);
        List<String> outcomes = abuse.outcomes().stream().map(Outcome::id).toList();

        assertThat(abuse.reads()).contains("domestic_abuse", "worker_assessments").doesNotContain("offences");
        assertThat(abuse.questions()).isNotEmpty().allSatisfy(question -> assertThat(outcomes).contains(question));
    }

    @Test
    void aStepDownReadsTheFamilysInterventions() {
        List<String> readers = new ArrayList<>();
        for (String id : List.of("southwark", "sunderland", "southampton", "worcestershire")) {
            for (Problem problem : plan(id).problems()) {
                if (problem.reads().contains(Measure.INTERVENTIONS)) {
                    readers.add(id + " " + problem.id());
                }
            }
        }
        assertThat(readers).as("some plan measures a closure or step-down of the family's intervention").isNotEmpty();
    }
}
