package org.hearth.engine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.engine.testing.FamilyFixture.d;

import java.time.LocalDate;
import java.util.List;

import org.hearth.engine.measure.Status;
import org.hearth.engine.plan.ClaimRoute;
import org.hearth.engine.plan.Plan;
import org.hearth.engine.plan.PlanLoader;
import org.hearth.engine.testing.FamilyFixture;
import org.hearth.engine.timeline.BenefitSpell;
import org.hearth.engine.timeline.EmploymentSpell;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.Intervention;
import org.hearth.engine.timeline.Offence.Disposal;
import org.hearth.engine.timeline.Offence;
import org.hearth.engine.timeline.PoliceCallout;
import org.hearth.engine.timeline.Vocabulary.Tier;
import org.hearth.engine.timeline.WorkerAssessment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The evaluation rules of docs/evaluation.md on a small plan of two problems: crime (identified by an
 * offence or by police call-outs, with outcomes that apply to one indicator each) and a worker-assessed
 * problem; claims by progress and by a worker-assessed employment outcome.
 */
class EvaluatorTest {
    private static final String PLAN = """
            id: test
            authority: Test Borough
            title: Test plan
            version: "1"
            effective: {from: 2015-04-01}
            source: a plan written for this test
            programme:
              eligibility: {minimum_problems: 2}
              emerging_problems: %s
              claim_routes:
                - route: significant_and_sustained_progress
                - route: continuous_employment
                  outcome: "2.2"
            problems:
              - id: "1"
                theme: crime_asb
                name: Crime
                description: offending and call-outs
                source_ref: test 1
                progress: %s
                indicators:
                  - id: 1A
                    description: a proven offence in the last 12 months
                    source_ref: test 1A
                    test: {type: count_in_window, records: offences, where: {proven: true}, window: {months: 12}}
                  - id: 1B
                    description: a police call-out in the last 12 months
                    source_ref: test 1B
                    test: {type: count_in_window, records: police_callouts, window: {months: 12}}
                outcomes:
                  - id: "1.1"
                    description: no proven offence in the last 6 months
                    source_ref: test 1.1
                    applies_when_identified_by: [1A]
                    measure: {type: none_in_window, records: offences, where: {proven: true}, window: {months: 6}}
                  - id: "1.2"
                    description: no call-out in the last 6 months
                    source_ref: test 1.2
                    applies_when_identified_by: [1B]
                    measure: {type: none_in_window, records: police_callouts, window: {months: 6}}
              - id: "2"
                theme: work_and_money
                name: Work
                description: worker assessed
                source_ref: test 2
                indicators:
                  - id: 2A
                    description: a professional's concern about work or money in the last 12 months
                    source_ref: test 2A
                    test: {type: count_in_window, records: concerns, where: {theme: work_and_money}, window: {months: 12}}
                outcomes:
                  - id: "2.1"
                    description: progress to work, judged by the key worker
                    source_ref: test 2.1
                    measure: {type: worker_assessment}
                  - id: "2.2"
                    description: continuous work, judged by the key worker
                    source_ref: test 2.2
                    measure: {type: worker_assessment}
            """;

    private static Plan plan(boolean emerging, String progress) {
        return PlanLoader.withBuiltInSchema().load("test.yaml", PLAN.formatted(emerging, progress));
    }

    private static final Plan PLAN_ONE = plan(false, "one_relevant_outcome");

    private static FamilyFixture engagedFamily() {
        return FamilyFixture.family("F1").mother("M", "1980-01-01").child("C", "2001-05-05").engaged("2015-06-01");
    }

    private static Offence offence(String id, String day) {
        return new Offence(id, "C", d(day), Disposal.CONVICTION, false, null, "YOS");
    }

    private static PoliceCallout callout(String id, String day) {
        return new PoliceCallout(id, "F1", null, d(day), false, false, "police");
    }

    private static org.hearth.engine.timeline.ProfessionalConcern concern(String day) {
        return new org.hearth.engine.timeline.ProfessionalConcern("CN1", "F1", null,
                org.hearth.engine.timeline.Vocabulary.Theme.WORK_AND_MONEY, d(day), "school", "hub");
    }

    private static WorkerAssessment answer(String id, String question, boolean yes, String on, String signedOn) {
        return new WorkerAssessment(id, "F1", null, question, yes, d(on), "KW1", signedOn == null ? null : d(signedOn),
                signedOn == null ? null : "TM1", signedOn == null ? null : "team manager", "case system");
    }

    @Test
    @DisplayName("two problems identified at engagement make the family eligible; identified_by lists the indicators that held")
    void identifiesAtEngagement() {
        FamilyTimeline family = engagedFamily()
                .records(offence("OF1", "2015-01-10"), concern("2015-05-01")).build();

        FamilyEvaluation result = Evaluator.evaluate(PLAN_ONE, family, d("2016-03-31"));

        assertThat(result.identifiedOn()).isEqualTo(d("2015-06-01"));
        assertThat(result.problem("1").identifiedBy()).containsExactly("1A");
        assertThat(result.problem("2").identified()).isTrue();
        assertThat(result.eligible()).isTrue();
        assertThat(result.eligibility().text()).contains("2 of 2 problems identified on 2015-06-01, at least 2 needed");
    }

    @Test
    @DisplayName("one problem is not enough for eligibility, and an ineligible family is not claimable")
    void oneProblemIsNotEligible() {
        FamilyTimeline family = engagedFamily().record(offence("OF1", "2015-01-10")).build();

        FamilyEvaluation result = Evaluator.evaluate(PLAN_ONE, family, d("2016-03-31"));

        assertThat(result.eligible()).isFalse();
        assertThat(result.claim().claimable()).isFalse();
        assertThat(result.claim().explanation().text()).contains("not eligible");
    }

    @Test
    @DisplayName("an outcome naming other indicators is not relevant and takes no part in progress")
    void relevanceFollowsIdentifyingIndicators() {
        FamilyTimeline family = engagedFamily()
                .records(offence("OF1", "2015-01-10"), concern("2015-05-01"), callout("PC1", "2016-01-05")).build();

        ProblemEvaluation crime = Evaluator.evaluate(PLAN_ONE, family, d("2016-03-31")).problem("1");

        assertThat(crime.outcome("1.1").relevant()).isTrue();
        assertThat(crime.outcome("1.1").status()).isEqualTo(Status.MET);
        assertThat(crime.outcome("1.2").relevant()).isFalse();
        assertThat(crime.outcome("1.2").explanation().text()).contains("applies only when the problem was identified by 1B");
        assertThat(crime.progressMet()).isTrue();
        assertThat(crime.progress().text()).contains("progress shown by outcome 1.1");
    }

    @Test
    @DisplayName("a review window starting before identification is too early, with the earliest review date")
    void tooEarlyBeforeSixMonths() {
        FamilyTimeline family = engagedFamily().records(offence("OF1", "2015-01-10"), concern("2015-05-01")).build();

        OutcomeResult outcome = Evaluator.evaluate(PLAN_ONE, family, d("2015-11-29")).problem("1").outcome("1.1");

        assertThat(outcome.status()).isEqualTo(Status.TOO_EARLY);
        assertThat(outcome.explanation().text()).contains("earliest review date is 2015-11-30");
        assertThat(Evaluator.evaluate(PLAN_ONE, family, d("2015-11-30")).problem("1").outcome("1.1").status())
                .isEqualTo(Status.MET);
    }

    @Test
    @DisplayName("claimable by significant and sustained progress when every identified problem shows progress")
    void claimableByProgress() {
        FamilyTimeline family = engagedFamily()
                .records(offence("OF1", "2015-01-10"), concern("2015-05-01"),
                        answer("WA1", "2.1", true, "2016-01-10", "2016-01-20")).build();

        FamilyEvaluation result = Evaluator.evaluate(PLAN_ONE, family, d("2016-03-31"));

        assertThat(result.claim().claimable()).isTrue();
        assertThat(result.claim().route()).isEqualTo(ClaimRoute.Route.SIGNIFICANT_AND_SUSTAINED_PROGRESS);
        assertThat(result.claim().explanation().text()).contains("progress shown on every identified problem (1, 2)");
    }

    @Test
    @DisplayName("a worker's yes counts only once signed off on or before the review date")
    void unsignedAssessmentDoesNotCount() {
        FamilyFixture fixture = engagedFamily().records(offence("OF1", "2015-01-10"), concern("2015-05-01"),
                answer("WA1", "2.1", true, "2016-01-10", "2016-04-02"));

        FamilyEvaluation before = Evaluator.evaluate(PLAN_ONE, fixture.build(), d("2016-03-31"));
        FamilyEvaluation after = Evaluator.evaluate(PLAN_ONE, fixture.build(), d("2016-04-02"));

        assertThat(before.problem("2").outcome("2.1").met()).isFalse();
        assertThat(before.claim().claimable()).isFalse();
        assertThat(after.problem("2").outcome("2.1").met()).isTrue();
        assertThat(after.claim().claimable()).isTrue();
    }

    @Test
    @DisplayName("claimable by continuous employment even without progress on the crime problem")
    void claimableByEmployment() {
        FamilyTimeline family = engagedFamily()
                .records(offence("OF1", "2015-01-10"), offence("OF2", "2016-02-01"), concern("2015-05-01"),
                        answer("WA1", "2.2", true, "2016-01-10", "2016-01-20")).build();

        FamilyEvaluation result = Evaluator.evaluate(PLAN_ONE, family, d("2016-03-31"));

        assertThat(result.problem("1").progressMet()).isFalse();
        assertThat(result.claim().claimable()).isTrue();
        assertThat(result.claim().route()).isEqualTo(ClaimRoute.Route.CONTINUOUS_EMPLOYMENT);
    }

    @ParameterizedTest(name = "in work from {0}: claimable {1}")
    @DisplayName("the continuous-employment route is the national framework's: an adult on an out-of-work benefit at "
            + "engagement who moved into continuous work, even where the work problem was not identified and its "
            + "outcome applies only to another indicator; 26 weeks from 2015-10-05 end on 2016-04-03")
    @CsvSource({"2015-10-05, true", "2015-10-06, false"})
    void employmentRouteWithoutTheWorkProblem(String workFrom, boolean claimable) {
        Plan plan = PlanLoader.withBuiltInSchema().load("employment.yaml", """
                id: employment
                authority: Test Borough
                title: Employment route
                version: "1"
                effective: {from: 2015-04-01}
                source: a plan written for this test
                programme:
                  eligibility: {minimum_problems: 1}
                  claim_routes:
                    - route: continuous_employment
                      outcome: "2.1"
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
                  - id: "2"
                    theme: work_and_money
                    name: Work
                    indicators:
                      - id: 2A
                        description: a professional's concern about work or money in the last 12 months
                        test: {type: count_in_window, records: concerns, where: {theme: work_and_money}, window: {months: 12}}
                    outcomes:
                      - id: "2.1"
                        description: off out-of-work benefit and in work 26 weeks
                        applies_when_identified_by: [2A]
                        measure:
                          type: continuous_employment
                          rules: [{benefits: [jobseekers_allowance], weeks_in_work: 26, within_weeks: 26}]
                """);
        FamilyTimeline family = engagedFamily().records(offence("OF1", "2015-01-10"), offence("OF2", "2016-02-01"),
                new BenefitSpell("BN1", "M", BenefitSpell.Benefit.JOBSEEKERS_ALLOWANCE, d("2014-03-01"), d("2015-10-04"),
                        false, BenefitSpell.ClaimType.SINGLE, "DWP"),
                new EmploymentSpell("EM1", "M", EmploymentSpell.Type.EMPLOYED, d(workFrom), null, 30.0, "HMRC")).build();

        FamilyEvaluation result = Evaluator.evaluate(plan, family, d("2016-04-03"));

        assertThat(result.problem("2").identified()).isFalse();
        assertThat(result.claim().claimable()).isEqualTo(claimable);
        assertThat(result.claim().route()).isEqualTo(claimable ? ClaimRoute.Route.CONTINUOUS_EMPLOYMENT : null);
    }

    @Test
    @DisplayName("a family not engaged is identified as at the review date but never claimable")
    void populationIdentification() {
        FamilyTimeline family = FamilyFixture.family("F1").mother("M", "1980-01-01").child("C", "2001-05-05")
                .records(offence("OF1", "2016-01-10"), concern("2016-03-01")).build();

        FamilyEvaluation result = Evaluator.evaluate(PLAN_ONE, family, d("2016-03-31"));

        assertThat(result.interventionId()).isNull();
        assertThat(result.identifiedOn()).isEqualTo(d("2016-03-31"));
        assertThat(result.eligible()).isTrue();
        assertThat(result.claim().claimable()).isFalse();
        assertThat(result.claim().explanation().text()).contains("not engaged in an intervention on 2016-03-31");
    }

    @Test
    @DisplayName("all_relevant_outcomes needs every relevant outcome; an irrelevant one does not block it")
    void allRelevantOutcomes() {
        Plan plan = plan(false, "all_relevant_outcomes");
        FamilyFixture fixture = engagedFamily().records(offence("OF1", "2015-01-10"), callout("PC1", "2015-02-01"),
                concern("2015-05-01"));

        assertThat(Evaluator.evaluate(plan, fixture.build(), d("2016-03-31")).problem("1").progressMet()).isTrue();

        fixture.record(callout("PC2", "2016-03-01"));
        ProblemEvaluation crime = Evaluator.evaluate(plan, fixture.build(), d("2016-03-31")).problem("1");
        assertThat(crime.progressMet()).isFalse();
        assertThat(crime.progress().text()).contains("1.2 not met");
    }

    @Test
    @DisplayName("a problem that emerges after engagement is identified on the first monthly anniversary it holds, and must then show progress")
    void emergingProblem() {
        Plan plan = plan(true, "one_relevant_outcome");
        FamilyTimeline family = engagedFamily()
                .records(concern("2015-05-01"), offence("OF1", "2015-08-20"),
                        answer("WA1", "2.1", true, "2016-01-10", "2016-01-20")).build();

        FamilyEvaluation early = Evaluator.evaluate(plan, family, d("2016-01-31"));
        ProblemEvaluation crime = early.problem("1");
        assertThat(crime.identified()).isTrue();
        assertThat(crime.emerged()).isTrue();
        assertThat(crime.identifiedOn()).isEqualTo(d("2015-09-01"));
        assertThat(early.eligible()).as("emerged problems do not make a family eligible").isFalse();

        assertThat(crime.outcome("1.1").status()).isEqualTo(Status.TOO_EARLY);
        ProblemEvaluation later = Evaluator.evaluate(plan, family, d("2016-02-29")).problem("1");
        assertThat(later.outcome("1.1").status()).isEqualTo(Status.MET);
    }

    @Test
    @DisplayName("the intervention in force on the review date decides the identification day")
    void latestInterventionDecides() {
        FamilyTimeline family = FamilyFixture.family("F1").mother("M", "1980-01-01").child("C", "2001-05-05")
                .intervention(new Intervention("I1", "F1", d("2014-01-01"), "KW", "EH", Tier.TARGETED_EARLY_HELP, List.of(),
                        d("2014-09-30"), "closed"))
                .intervention(new Intervention("I2", "F1", d("2015-06-01"), "KW", "EH", Tier.TARGETED_EARLY_HELP, List.of(),
                        null, null))
                .build();

        assertThat(Evaluator.evaluate(PLAN_ONE, family, d("2015-03-31")).interventionId()).isEqualTo("I1");
        assertThat(Evaluator.evaluate(PLAN_ONE, family, d("2016-03-31")).identifiedOn()).isEqualTo(LocalDate.parse("2015-06-01"));
    }

    @Test
    @DisplayName("a review date beyond the school calendar is refused rather than measured against stale terms")
    void calendarMustCoverTheReviewDate() {
        FamilyTimeline family = org.hearth.engine.timeline.FamilyTimeline.builder("F1",
                org.hearth.engine.timeline.SchoolCalendar.standard(2014, 2016)).build();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Evaluator.evaluate(PLAN_ONE, family, d("2017-09-01")))
                .isInstanceOf(org.hearth.engine.HearthException.class)
                .hasMessageContaining("school calendar ends on 2017-08-31")
                .hasMessageContaining("2017-09-01");
    }

    @Test
    @DisplayName("a worker's answer tied to another plan does not answer this plan's question of the same id")
    void answersBelongToTheirPlan() {
        FamilyFixture fixture = engagedFamily().records(offence("OF1", "2015-01-10"), concern("2015-05-01"));
        WorkerAssessment otherPlan = new WorkerAssessment("WA1", "F1", null, "2.1", true, d("2016-01-10"), "KW1",
                d("2016-01-20"), "TM1", "team manager", "case system", "another-plan");
        WorkerAssessment thisPlan = new WorkerAssessment("WA2", "F1", null, "2.1", true, d("2016-01-10"), "KW1",
                d("2016-01-20"), "TM1", "team manager", "case system", "test");

        assertThat(Evaluator.evaluate(PLAN_ONE, fixture.record(otherPlan).build(), d("2016-03-31"))
                .problem("2").outcome("2.1").met()).isFalse();
        assertThat(Evaluator.evaluate(PLAN_ONE, fixture.record(thisPlan).build(), d("2016-03-31"))
                .problem("2").outcome("2.1").met()).isTrue();
    }
}
