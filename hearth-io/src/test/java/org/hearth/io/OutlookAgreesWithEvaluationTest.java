package org.hearth.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hearth.engine.evaluation.Evaluator;
import org.hearth.engine.evaluation.FamilyEvaluation;
import org.hearth.engine.outlook.FamilyOutlook;
import org.hearth.engine.outlook.OutcomeOutlook;
import org.hearth.engine.outlook.Outlook;
import org.hearth.engine.plan.Plan;
import org.hearth.engine.timeline.FamilyTimeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The outlook skips days (those its measures' MeetableDays rule out, those before a claim could be due); it
 * must find exactly the days that evaluating the family on every day of the horizon finds. Each family of a
 * generated authority is evaluated day after day, over its records as known on the review date, and the first
 * day each outcome is met and a claim is due compared with its outlook: halfway through the generated data, so
 * that families are at every stage of their work and records learnt later are left out, and on its last day.
 */
class OutlookAgreesWithEvaluationTest {
    private static final String[] PLANS = {"southwark", "sunderland", "southampton", "worcestershire"};
    private static final int HORIZON_DAYS = 365;
    private static List<Plan> plans;
    private static List<FamilyTimeline> families;

    @BeforeAll
    static void generate() {
        plans = GeneratedAuthority.plans(PLANS);
        families = GeneratedAuthority.families(120, 29, plans);
    }

    /** The last column: how many of the families' claims are due later, so the claims too are compared. */
    @ParameterizedTest(name = "{0} as at {1}")
    @CsvSource({
        "southwark, 2017-09-30, 1", "sunderland, 2017-09-30, 1", "southampton, 2017-09-30, 1",
        "worcestershire, 2017-09-30, 1", "southwark, 2019-03-31, 1", "sunderland, 2019-03-31, 1",
        "southampton, 2019-03-31, 1", "worcestershire, 2019-03-31, 0"
    })
    @DisplayName("the outlook finds the days that evaluating every day finds")
    void sameDays(String planId, LocalDate asOf, int laterClaims) {
        Plan plan = plans.stream().filter(p -> p.id().equals(planId)).findFirst().orElseThrow();
        List<String> differences = new ArrayList<>();
        int dated = 0;
        int claims = 0;
        for (FamilyTimeline family : families) {
            FamilyOutlook outlook = Outlook.of(plan, family, asOf, HORIZON_DAYS);
            FirstDays found = everyDay(plan, family.asKnownOn(asOf), outlook);
            for (int i = 0; i < outlook.outcomes().size(); i++) {
                OutcomeOutlook outcome = outlook.outcomes().get(i);
                dated += outcome.earliestMetOn() != null ? 1 : 0;
                if (!same(outcome.earliestMetOn(), found.outcomes[i])) {
                    differences.add(family.familyId() + " outcome " + outcome.outcomeId() + ": outlook "
                            + outcome.earliestMetOn() + ", every day " + found.outcomes[i]);
                }
            }
            claims += outlook.claimableOn() != null && outlook.claimableOn().isAfter(asOf) ? 1 : 0;
            if (!same(outlook.claimableOn(), found.claim)) {
                differences.add(family.familyId() + " claim: outlook " + outlook.claimableOn() + ", every day " + found.claim);
            }
        }
        assertThat(differences).isEmpty();
        // The families give days to compare: outcomes met later, and claims due later.
        assertThat(dated).isGreaterThan(10);
        assertThat(claims).isGreaterThanOrEqualTo(laterClaims);
    }

    /** The first day each of the outlook's outcomes is met, and a claim is due, evaluating every day. */
    private static FirstDays everyDay(Plan plan, FamilyTimeline known, FamilyOutlook outlook) {
        FirstDays found = new FirstDays(outlook.outcomes().size());
        if (Evaluator.evaluate(plan, known, outlook.asOf()).claim().claimable()) {
            found.claim = outlook.asOf();
        }
        for (LocalDate day = outlook.asOf().plusDays(1); !day.isAfter(outlook.lastDay()); day = day.plusDays(1)) {
            FamilyEvaluation evaluation = Evaluator.evaluate(plan, known, day);
            for (int i = 0; i < found.outcomes.length; i++) {
                OutcomeOutlook outcome = outlook.outcomes().get(i);
                if (found.outcomes[i] == null
                        && evaluation.problem(outcome.problemId()).outcome(outcome.outcomeId()).met()) {
                    found.outcomes[i] = day;
                }
            }
            if (found.claim == null && evaluation.claim().claimable()) {
                found.claim = day;
            }
        }
        return found;
    }

    private static boolean same(LocalDate a, LocalDate b) {
        return a == null ? b == null : a.equals(b);
    }

    private static final class FirstDays {
        final LocalDate[] outcomes;
        LocalDate claim;

        FirstDays(int outcomes) {
            this.outcomes = new LocalDate[outcomes];
        }
    }
}
