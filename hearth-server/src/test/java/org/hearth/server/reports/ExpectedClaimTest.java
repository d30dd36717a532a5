package org.hearth.server.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hearth.engine.measure.Status;
import org.hearth.engine.plan.Outcome;
import org.hearth.engine.plan.Plan;
import org.hearth.engine.plan.PlanLoader;
import org.hearth.engine.plan.Problem;
import org.hearth.server.ServerFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * How sure an expected claim is, and its day, from a decision and its outlook (docs/reports.md, Claims forecast), on
 * the built-in plans' own problems and progress rules: every outcome of the problems identified not met, and each
 * outcome's outlook as the case gives it (a day, figures, an answer, or nothing in sight).
 */
class ExpectedClaimTest {
    private static final Plan SOUTHWARK = plan("southwark");
    private static final Plan SOUTHAMPTON = plan("southampton");
    private static final Plan WORCESTERSHIRE = plan("worcestershire");
    private static final LocalDate REVIEW_DATE = LocalDate.of(2019, 3, 31);
    private static final LocalDate MAY = LocalDate.of(2019, 5, 10);
    private static final LocalDate JULY = LocalDate.of(2019, 7, 1);

    @Test
    @DisplayName("A claim day in the outlook: waiting only for time, on that day; one due on the review date is "
            + "claimable now, not forecast")
    void claimDay() {
        assertThat(ExpectedClaim.of(SOUTHWARK, REVIEW_DATE, JULY, List.of(), List.of()))
                .isEqualTo(new ExpectedClaim(Certainty.WAITING_FOR_TIME, JULY, List.of()));
        assertThat(ExpectedClaim.of(SOUTHWARK, REVIEW_DATE, REVIEW_DATE, List.of(), List.of())).isNull();
    }

    @Test
    @DisplayName("Southwark, one relevant outcome a problem: problem 1 met on 10 May, problem 6 only by a key worker's "
            + "answer: needs evidence signed off, on 10 May")
    void needsAnAnswer() {
        Case family = new Case(SOUTHWARK, "1", "6").dated("1.1", MAY).signOff("6.5");

        assertThat(family.expected()).isEqualTo(new ExpectedClaim(Certainty.NEEDS_SIGN_OFF, MAY,
                List.of("6.5: a key worker's signed-off answer")));
    }

    @Test
    @DisplayName("Southwark: problem 2's attendance waits for the next term's figures: needs one more term or period, "
            + "on problem 1's day")
    void needsFigures() {
        Case family = new Case(SOUTHWARK, "1", "2").dated("1.1", MAY).figures("2.1");

        assertThat(family.expected()).isEqualTo(new ExpectedClaim(Certainty.NEEDS_FIGURES, MAY,
                List.of("2.1: a later term's or period's figures")));
    }

    @Test
    @DisplayName("When either figures or an answer would do, the surer is taken: figures")
    void theSurerNeed() {
        Case family = new Case(SOUTHWARK, "1", "2").dated("1.1", MAY).figures("2.1").signOff("2.2");

        assertThat(family.expected().certainty()).isEqualTo(Certainty.NEEDS_FIGURES);
        assertThat(family.expected().waitsFor()).containsExactly("2.1: a later term's or period's figures");
    }

    @Test
    @DisplayName("An outcome waiting for both figures and an answer, or one problem needing figures and another an "
            + "answer: needs evidence signed off")
    void bothNeeds() {
        Case both = new Case(SOUTHWARK, "1", "2").dated("1.1", MAY).figures("2.1").signOff("2.1");
        Case each = new Case(SOUTHWARK, "2", "6").figures("2.1").signOff("6.5");

        assertThat(both.expected()).isEqualTo(new ExpectedClaim(Certainty.NEEDS_SIGN_OFF, MAY,
                List.of("2.1: a later term's or period's figures and a key worker's signed-off answer")));
        assertThat(each.expected()).isEqualTo(new ExpectedClaim(Certainty.NEEDS_SIGN_OFF, REVIEW_DATE.plusDays(1),
                List.of("2.1: a later term's or period's figures", "6.5: a key worker's signed-off answer")));
    }

    @Test
    @DisplayName("The day is the first on which every problem shows progress: the later of the problems' own first "
            + "days, each problem's the earliest of its outcomes'")
    void theFirstDayEveryProblemIsCovered() {
        Case family = new Case(SOUTHWARK, "1", "3", "6").dated("1.1", JULY).dated("1.2", MAY)
                .dated("3.5", LocalDate.of(2019, 6, 30)).signOff("6.5");

        assertThat(family.expected().on()).isEqualTo(LocalDate.of(2019, 6, 30));
        assertThat(FinancialQuarter.of(family.expected().on())).isEqualTo(new FinancialQuarter(2019, 1));
    }

    @Test
    @DisplayName("Nothing in sight for a problem (no day, no figures, no answer): no expected claim")
    void nothingInSight() {
        assertThat(new Case(SOUTHWARK, "1", "4").dated("1.1", MAY).expected()).isNull();
    }

    @Test
    @DisplayName("Every outcome with a day but no claim day from the claim rules (an outcome met now stops being met): "
            + "no expected claim")
    void outcomesDatedButNoClaimDay() {
        assertThat(new Case(SOUTHWARK, "1", "3").dated("1.1", MAY).dated("3.5", JULY).expected()).isNull();
    }

    @Test
    @DisplayName("The plan's own progress rule: Southampton's problem 1 needs every relevant outcome, so one outcome "
            + "with nothing in sight leaves no claim, and one waiting for figures makes a near miss")
    void theProgressRuleIsThePlans() {
        Case oneInSight = new Case(SOUTHAMPTON, "1", "3").dated("1.1", MAY).dated("1.2", MAY).dated("1.3", MAY)
                .dated("3.1", MAY);
        Case allInSight = new Case(SOUTHAMPTON, "1", "3").dated("1.1", MAY).dated("1.2", MAY).dated("1.3", MAY)
                .figures("1.4").dated("3.1", MAY);

        assertThat(oneInSight.expected()).as("1.4 has nothing in sight").isNull();
        assertThat(allInSight.expected()).isEqualTo(new ExpectedClaim(Certainty.NEEDS_FIGURES, MAY,
                List.of("1.4: a later term's or period's figures")));
    }

    @Test
    @DisplayName("Worcestershire's claim also requires the lead worker's judgement: a near miss needs evidence signed "
            + "off, even when its outcomes have days")
    void aJudgementTheRouteRequires() {
        Case family = new Case(WORCESTERSHIRE, "1").dated("1.1", MAY).dated("1.2", MAY).dated("1.3", JULY);

        assertThat(family.expected()).isEqualTo(new ExpectedClaim(Certainty.NEEDS_SIGN_OFF, JULY,
                List.of("the key worker's judgement the claim requires")));
    }

    /**
     * A family not claimable, with no claim day, its problems identified as given and each of their outcomes not met
     * on the review date: in its outlook with nothing in sight unless the case says otherwise.
     */
    private static final class Case {
        private final Plan plan;
        private final Set<String> identified;
        private final Map<String, LocalDate> days = new HashMap<>();
        private final Set<String> figures = new HashSet<>();
        private final Set<String> answers = new HashSet<>();

        Case(Plan plan, String... identified) {
            this.plan = plan;
            this.identified = Set.of(identified);
        }

        Case dated(String outcome, LocalDate day) {
            days.put(outcome, day);
            return this;
        }

        Case figures(String outcome) {
            figures.add(outcome);
            return this;
        }

        Case signOff(String outcome) {
            answers.add(outcome);
            return this;
        }

        ExpectedClaim expected() {
            List<ExpectedClaim.DecidedProblem> problems = new ArrayList<>();
            List<ExpectedClaim.AwaitedOutcome> outlook = new ArrayList<>();
            for (Problem problem : plan.problems()) {
                boolean found = identified.contains(problem.id());
                List<ExpectedClaim.DecidedOutcome> outcomes = new ArrayList<>();
                for (Outcome outcome : problem.outcomes()) {
                    outcomes.add(new ExpectedClaim.DecidedOutcome(outcome.id(), true, Status.NOT_MET));
                    if (found) {
                        outlook.add(new ExpectedClaim.AwaitedOutcome(problem.id(), outcome.id(), days.get(outcome.id()),
                                answers.contains(outcome.id()), figures.contains(outcome.id())));
                    }
                }
                problems.add(new ExpectedClaim.DecidedProblem(problem.id(), found, found ? outcomes : List.of()));
            }
            return ExpectedClaim.of(plan, REVIEW_DATE, null, problems, outlook);
        }
    }

    private static Plan plan(String name) {
        return PlanLoader.withBuiltInSchema().load(name + ".yaml", ServerFixture.builtInPlan(name));
    }
}
