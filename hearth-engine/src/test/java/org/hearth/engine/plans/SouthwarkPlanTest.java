package org.hearth.engine.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.engine.testing.FamilyFixture.d;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.hearth.engine.evaluation.Evaluator;
import org.hearth.engine.evaluation.FamilyEvaluation;
import org.hearth.engine.evaluation.OutcomeResult;
import org.hearth.engine.measure.Status;
import org.hearth.engine.plan.ClaimRoute.Route;
import org.hearth.engine.plan.Indicator;
import org.hearth.engine.plan.Outcome;
import org.hearth.engine.plan.Plan;
import org.hearth.engine.plan.PlanLoader;
import org.hearth.engine.plan.Problem;
import org.hearth.engine.plan.ProgressRule;
import org.hearth.engine.testing.FamilyFixture;
import org.hearth.engine.testing.PlanDecisionDocs;
import org.hearth.engine.timeline.AsbIntervention;
import org.hearth.engine.timeline.AssessmentTool;
import org.hearth.engine.timeline.BenefitSpell.Benefit;
import org.hearth.engine.timeline.BenefitSpell.ClaimType;
import org.hearth.engine.timeline.BenefitSpell;
import org.hearth.engine.timeline.EarningsPeriod;
import org.hearth.engine.timeline.EmploymentSpell;
import org.hearth.engine.timeline.Exclusion;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.FinancialReading.Debt;
import org.hearth.engine.timeline.FinancialReading.Sanction;
import org.hearth.engine.timeline.FinancialReading;
import org.hearth.engine.timeline.HealthNeed;
import org.hearth.engine.timeline.Intervention;
import org.hearth.engine.timeline.Offence.Disposal;
import org.hearth.engine.timeline.Offence;
import org.hearth.engine.timeline.PoliceCallout;
import org.hearth.engine.timeline.ProfessionalConcern;
import org.hearth.engine.timeline.Referral;
import org.hearth.engine.timeline.SchoolTerm;
import org.hearth.engine.timeline.ScoredAssessment;
import org.hearth.engine.timeline.ServiceEpisode;
import org.hearth.engine.timeline.SocialCareEpisode.EndReason;
import org.hearth.engine.timeline.SocialCareEpisode;
import org.hearth.engine.timeline.TermAttendance;
import org.hearth.engine.timeline.Vocabulary.Theme;
import org.hearth.engine.timeline.Vocabulary.Tier;
import org.hearth.engine.timeline.Vocabulary;
import org.hearth.engine.timeline.WorkerAssessment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * plans/southwark.yaml: the Families Matter Outcomes Plan encoded complete (every indicator and
 * outcome, with the source's ids and letter lists), then families run through the evaluator to check
 * identification, outcomes, progress and claims against the source's rows. Families engage on
 * 1 June 2015 unless a test says otherwise; the school calendar is the standard one (autumn
 * September-December, spring January-March, summer April-July).
 */
class SouthwarkPlanTest {
    private static final Plan PLAN = PlanLoader.withBuiltInSchema().load(Path.of("../plans/southwark.yaml"));
    private static final String FAMILY = "SW1";

    // ---- the file ------------------------------------------------------------------------------

    @Test
    @DisplayName("Southwark FMOP: every indicator of the six family problems is encoded, with the source's letters")
    void everyIndicator() {
        assertThat(indicatorIds("1")).containsExactly("1A", "1B", "1C", "1D", "1E", "1F", "1G");
        assertThat(indicatorIds("2")).containsExactly("2A", "2B", "2C", "2D", "2E", "2F", "2G", "2H");
        assertThat(indicatorIds("3")).containsExactly("3A", "3B", "3C", "3D", "3E", "3F", "3G", "3H", "3I", "3J");
        assertThat(indicatorIds("4")).containsExactly("4A", "4B", "4C", "4D", "4E");
        assertThat(indicatorIds("5")).containsExactly("5A", "5B", "5C");
        assertThat(indicatorIds("6")).containsExactly("6A", "6B", "6C", "6D", "6E", "6F");
    }

    @Test
    @DisplayName("Southwark FMOP: every outcome is encoded, the two rows numbered 4.8 as 4.8a and 4.8b")
    void everyOutcome() {
        assertThat(outcomeIds("1")).containsExactly("1.1", "1.2", "1.3", "1.4", "1.5");
        assertThat(outcomeIds("2")).containsExactly("2.1", "2.2", "2.3");
        assertThat(outcomeIds("3")).containsExactly("3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7", "3.8", "3.9");
        assertThat(outcomeIds("4")).containsExactly("4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "4.8a", "4.8b");
        assertThat(outcomeIds("5")).containsExactly("5.1", "5.2");
        assertThat(outcomeIds("6")).containsExactly("6.1", "6.2", "6.3", "6.4", "6.5", "6.6", "6.7", "6.8", "6.9",
                "6.10", "6.11", "6.12", "6.13");
        assertThat(PLAN.outcome("4.8a").sourceRef()).contains("first of two rows numbered 4.8");
        assertThat(PLAN.outcome("4.8b").sourceRef()).contains("second of two rows numbered 4.8");
    }

    @ParameterizedTest(name = "{0} applies when identified by [{1}]")
    @DisplayName("Southwark letter lists: each outcome applies only to the indicators listed after it in the source, "
            + "and to the professionals' nominations 1G and 3J (SW-52)")
    @CsvSource(delimiter = '|', value = {
        "1.1|1A 1C 1D 1E 1G", "1.2|1C 1D 1E 1G", "1.3|1B 1G", "1.4|1B 1F 1G", "1.5|1F 1G",
        "2.1|2A 2F 2G 2H", "2.2|2B 2C 2D", "2.3|2E",
        "3.1|3A 3J", "3.2|3B 3J", "3.3|3C 3J", "3.4|3D 3F 3G 3J", "3.5|3H 3J", "3.6|3B 3E 3J", "3.7|3I 3J", "3.8|",
        "3.9|",
        "4.1|4A", "4.2|", "4.3|4A 4B 4C 4D", "4.4|4A 4B 4C 4D", "4.5|4A 4B 4C 4D", "4.6|4A 4B 4C 4D",
        "4.7|4E", "4.8a|4A 4B", "4.8b|4A 4E",
        "5.1|5A 5B 5C", "5.2|5B",
        "6.1|6A 6B 6E", "6.2|6C 6D 6E", "6.3|6C 6D 6E", "6.4|6F", "6.5|", "6.6|6A 6B 6C 6D 6E 6F",
        "6.7|6A 6B 6C 6D 6E", "6.8|6A 6B 6C 6D 6E", "6.9|6A 6B 6C 6D 6E", "6.10|6A 6B 6C 6D 6E",
        "6.11|6A 6B 6C 6D 6E", "6.12|6A 6B 6C 6D 6E", "6.13|6A 6B 6C 6D 6E"
    })
    void letterLists(String outcome, String letters) {
        List<String> expected = letters == null ? List.of() : Arrays.asList(letters.split(" "));
        assertThat(PLAN.outcome(outcome).appliesWhenIdentifiedBy()).containsExactlyElementsOf(expected);
    }

    @Test
    @DisplayName("Southwark priority outcomes: only the two rows marked 'High' (4.7 and the first 4.8)")
    void priorities() {
        List<String> priority = PLAN.problems().stream().flatMap(p -> p.outcomes().stream())
                .filter(Outcome::priority).map(Outcome::id).toList();
        assertThat(priority).containsExactly("4.7", "4.8a");
    }

    @Test
    @DisplayName("Southwark programme: two problems for eligibility, problems found at engagement only, "
            + "one relevant outcome per problem, claims by progress or continuous employment (4.1, 4.2)")
    void programme() {
        assertThat(PLAN.programme().eligibility().minimumProblems()).isEqualTo(2);
        assertThat(PLAN.programme().emergingProblems()).isFalse();
        assertThat(PLAN.programme().claimRoutes()).extracting(r -> r.route() + " " + r.outcome()).containsExactly(
                "SIGNIFICANT_AND_SUSTAINED_PROGRESS null", "CONTINUOUS_EMPLOYMENT 4.1", "CONTINUOUS_EMPLOYMENT 4.2");
        assertThat(PLAN.problems()).extracting(Problem::progress).containsOnly(ProgressRule.ONE_RELEVANT_OUTCOME);
    }

    @Test
    @DisplayName("Southwark rows: every indicator and outcome cites its source row and is described in Hearth's words")
    void everyRowCitesItsSource() {
        for (Problem problem : PLAN.problems()) {
            for (Indicator indicator : problem.indicators()) {
                assertThat(indicator.sourceRef()).startsWith("Southwark FMOP, Family Problem " + problem.id()
                        + ", indicator " + indicator.id().substring(1));
                assertThat(indicator.description()).isNotBlank();
            }
            for (Outcome outcome : problem.outcomes()) {
                assertThat(outcome.sourceRef()).startsWith("Southwark FMOP, Family Problem " + problem.id()
                        + ", outcome " + outcome.id().replaceAll("[ab]$", ""));
                assertThat(outcome.description()).isNotBlank();
                assertThat(outcome.evidence()).isNotEmpty();
                assertThat(outcome.measure()).isNotNull();
            }
        }
    }

    @Test
    @DisplayName("Southwark decisions: every decision cited in the plan is explained in docs/plan-decisions/southwark.md")
    void decisionsAreDocumented() {
        PlanDecisionDocs.assertEveryCitedIdHasASection(PLAN, Path.of("../docs/plan-decisions/southwark.md"));
    }


    // ---- problem 1: crime and anti-social behaviour ----------------------------------------------

    @ParameterizedTest(name = "offence on {0}: identified {1}")
    @DisplayName("Southwark 1A: a child's proven offence in the 12 months before engagement on 1 June 2015 "
            + "(2 June 2014 to 1 June 2015) identifies problem 1")
    @CsvSource({"2014-06-01, false", "2014-06-02, true", "2015-06-01, true"})
    void indicator1A(String offenceDay, boolean identified) {
        FamilyTimeline family = family().record(offence("OF1", "C1", offenceDay, Disposal.CONVICTION)).build();

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family, d("2016-03-31"));

        assertThat(result.problem("1").identified()).isEqualTo(identified);
        assertThat(result.problem("1").identifiedBy()).isEqualTo(identified ? List.of("1A") : List.of());
        assertThat(result.problem("1").indicators().get(0).result().explanation().text())
                .contains("2014-06-02 to 2015-06-01");
    }

    @ParameterizedTest(name = "{1} proven offence(s) in the last 6 months after 3 in the baseline: {2}")
    @DisplayName("Southwark 1.1 (A, C, D, E): children's proven offending falls at least 33% in the last 6 months "
            + "against the 12 months before engagement, pro rata")
    @CsvSource({"2016-03-31, 1, MET, a fall of 33.3%", "2016-03-31, 2, NOT_MET, a rise of 33.3%"})
    void outcome1_1(String review, int recent, Status status, String figure) {
        FamilyFixture fixture = family().records(
                offence("OF1", "C1", "2014-08-10", Disposal.CONVICTION),
                offence("OF2", "C1", "2014-12-01", Disposal.YOUTH_CAUTION),
                offence("OF3", "C1", "2015-03-15", Disposal.CONVICTION));
        for (int i = 0; i < recent; i++) {
            fixture.record(offence("OF-R" + i, "C1", "2015-11-2" + i, Disposal.CONVICTION));
        }

        FamilyEvaluation result = Evaluator.evaluate(PLAN, fixture.build(), d(review));

        OutcomeResult outcome = result.problem("1").outcome("1.1");
        assertThat(result.problem("1").identifiedBy()).containsExactly("1A");
        assertThat(outcome.relevant()).isTrue();
        assertThat(outcome.status()).isEqualTo(status);
        assertThat(outcome.explanation().text()).contains("3 in 2014-06-01 to 2015-05-31", "pro rata 1.5 per 6 months",
                recent + " in 2015-10-01 to 2016-03-31", figure, "at least 33% needed");
        assertThat(result.problem("1").progressMet()).isEqualTo(status == Status.MET);
    }

    @ParameterizedTest(name = "review {0}: {1}")
    @DisplayName("Southwark 1.1: the last 6 months must start on or after engagement; a review whose window starts "
            + "the day before engagement is too early")
    @CsvSource({"2015-11-29, TOO_EARLY", "2015-11-30, MET"})
    void outcome1_1TooEarly(String review, Status status) {
        FamilyTimeline family = family().records(
                offence("OF1", "C1", "2014-08-10", Disposal.CONVICTION),
                offence("OF2", "C1", "2015-03-15", Disposal.CONVICTION)).build();

        OutcomeResult outcome = Evaluator.evaluate(PLAN, family, d(review)).problem("1").outcome("1.1");

        assertThat(outcome.status()).isEqualTo(status);
        if (status == Status.TOO_EARLY) {
            assertThat(outcome.explanation().text()).contains("2015-05-30 to 2015-11-29", "earliest review date is 2015-11-30");
        }
    }

    @Test
    @DisplayName("Southwark 1.3 (B) and 1.4 (B, F): call-out and ASB outcomes are not relevant to a family "
            + "identified only by a child's offence (1A)")
    void letterListDecidesRelevance() {
        FamilyTimeline family = family().record(offence("OF1", "C1", "2015-01-10", Disposal.CONVICTION)).build();

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family, d("2016-03-31"));

        OutcomeResult asb = result.problem("1").outcome("1.3");
        assertThat(asb.relevant()).isFalse();
        assertThat(asb.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(asb.explanation().text()).contains("applies only when the problem was identified by 1B", "identified by 1A");
        assertThat(result.problem("1").outcome("1.4").relevant()).isFalse();
        assertThat(result.problem("1").outcome("1.1").relevant()).isTrue();
    }

    @ParameterizedTest(name = "key worker's answer signed off: {0}")
    @DisplayName("Southwark 1.2 (C, D, E): with no adult offending to measure, the key worker's official report counts "
            + "only once signed off")
    @CsvSource({"true, MET", "false, NOT_MET"})
    void outcome1_2WorkerReport(boolean signed, Status status) {
        FamilyTimeline family = family().records(
                new AsbIntervention("ASB1", "M1", AsbIntervention.Type.ACCEPTABLE_BEHAVIOUR_CONTRACT, d("2015-02-01"),
                        d("2015-08-01"), AsbIntervention.Status.COMPLETED, "ASB team"),
                answer("WA1", "1.2", true, "2016-03-01", signed ? "2016-03-05" : null)).build();

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family, d("2016-03-31"));

        assertThat(result.problem("1").identifiedBy()).containsExactly("1C");
        OutcomeResult outcome = result.problem("1").outcome("1.2");
        assertThat(outcome.status()).isEqualTo(status);
        assertThat(outcome.explanation().text()).contains(signed ? "signed off by TM1" : "no signed-off key worker assessment");
    }

    // ---- problem 2: school attendance --------------------------------------------------------------

    @ParameterizedTest(name = "tested {0} with {1} of 300 sessions missed: {2}")
    @DisplayName("Southwark 2A: persistent absence by the DfE definition in force, 15% or more up to 31 August 2015 "
            + "and 10% or more from 1 September 2015 (decision SW-08)")
    @CsvSource({
        "2015-08-31, 44, false", "2015-08-31, 45, true",
        "2015-09-01, 29, false", "2015-09-01, 30, true"})
    void indicator2A(String day, int missed, boolean identified) {
        // Not engaged: the family is tested as at the day itself. Either day, the last three full terms
        // are autumn 2014, spring 2015 and summer 2015.
        FamilyTimeline family = FamilyFixture.family(FAMILY).mother("M1", "1980-02-02").child("C1", "2005-03-01")
                .records(termAttendance("AT1", "C1", 2014, SchoolTerm.Term.AUTUMN, 100, missed - 2 * (missed / 3)),
                        termAttendance("AT2", "C1", 2014, SchoolTerm.Term.SPRING, 100, missed / 3),
                        termAttendance("AT3", "C1", 2014, SchoolTerm.Term.SUMMER, 100, missed / 3))
                .build();

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family, d(day));

        assertThat(result.problem("2").identifiedBy().contains("2A")).isEqualTo(identified);
        assertThat(result.problem("2").identified()).isEqualTo(identified);
    }

    @ParameterizedTest(name = "second child missed {0} of 300 sessions: {1}")
    @DisplayName("Southwark 2.1 (A, F, G, H): every child attended in excess of 90% over the last three terms; "
            + "exactly 90% is not in excess (decision SW-12)")
    @CsvSource({"30, NOT_MET", "29, MET"})
    void outcome2_1(int missed, Status status) {
        FamilyFixture fixture = family().child("C2", "2007-01-15").records(
                // before engagement (summer 2014, autumn 2014, spring 2015): C1 missed 20%, so 2A
                termAttendance("AT1", "C1", 2013, SchoolTerm.Term.SUMMER, 100, 20),
                termAttendance("AT2", "C1", 2014, SchoolTerm.Term.AUTUMN, 100, 20),
                termAttendance("AT3", "C1", 2014, SchoolTerm.Term.SPRING, 100, 20));
        for (SchoolTerm.Term term : SchoolTerm.Term.values()) {
            fixture.record(termAttendance("AT-C1-" + term, "C1", 2015, term, 100, 5));
            fixture.record(termAttendance("AT-C2-" + term, "C2", 2015, term, 100,
                    term == SchoolTerm.Term.AUTUMN ? missed - 20 : 10));
        }

        FamilyEvaluation result = Evaluator.evaluate(PLAN, fixture.build(), d("2016-07-31"));

        assertThat(result.problem("2").identifiedBy()).containsExactly("2A");
        OutcomeResult outcome = result.problem("2").outcome("2.1");
        assertThat(outcome.status()).isEqualTo(status);
        assertThat(result.problem("2").outcome("2.2").relevant()).isFalse();
        assertThat(result.problem("2").outcome("2.3").relevant()).isFalse();
        assertThat(result.problem("2").progressMet()).isEqualTo(status == Status.MET);
    }

    @ParameterizedTest(name = "census since engagement: {0}; worker says yes: {1}")
    @DisplayName("Southwark 2.1 (data first): a key worker's signed-off yes stands only where the census holds "
            + "nothing since engagement; it never overrides census figures that show attendance of 90% or less")
    @CsvSource({"none, MET", "85%, NOT_MET", "95%, MET"})
    void outcome2_1DataFirst(String census, Status status) {
        FamilyFixture fixture = family().records(
                termAttendance("AT1", "C1", 2013, SchoolTerm.Term.SUMMER, 100, 20),
                termAttendance("AT2", "C1", 2014, SchoolTerm.Term.AUTUMN, 100, 20),
                termAttendance("AT3", "C1", 2014, SchoolTerm.Term.SPRING, 100, 20),
                answer("KW-2.1", "2.1", true, "2016-07-01", "2016-07-08"));
        if (!census.equals("none")) {
            int missed = census.equals("85%") ? 15 : 5;
            for (SchoolTerm.Term term : SchoolTerm.Term.values()) {
                fixture.record(termAttendance("AT-" + term, "C1", 2015, term, 100, missed));
            }
        }

        FamilyEvaluation result = Evaluator.evaluate(PLAN, fixture.build(), d("2016-07-31"));

        OutcomeResult outcome = result.problem("2").outcome("2.1");
        assertThat(outcome.status()).isEqualTo(status);
        String text = outcome.explanation().text();
        switch (census) {
            case "none" -> assertThat(text).contains("the key worker's signed-off answer, where the data holds nothing");
            case "85%" -> assertThat(text).contains("the key worker's yes is not used: the data shows");
            default -> assertThat(text).doesNotContain("key worker");
        }
    }

    @ParameterizedTest(name = "{0} fixed-term exclusions since engagement, worker says yes: {1}")
    @DisplayName("Southwark 2.2 (B, C, D; SW-51): the key worker's yes stands for attendance only, so more than two "
            + "fixed-term exclusions in the three terms fail 2.2 whatever the worker says")
    @CsvSource({"2, MET", "3, NOT_MET"})
    void outcome2_2WorkerAnswersForAttendanceOnly(int exclusions, Status status) {
        FamilyFixture fixture = family();
        // 2B: three fixed-term exclusions in the three terms before engagement on 1 June 2015.
        fixture.records(exclusion("EX1", "2014-06-10"), exclusion("EX2", "2014-11-10"), exclusion("EX3", "2015-02-10"));
        for (SchoolTerm.Term term : SchoolTerm.Term.values()) {
            fixture.record(termAttendance("AT-" + term, "C1", 2015, term, 100, 5));
        }
        String[] since = {"2015-10-05", "2016-02-01", "2016-05-09"};
        for (int i = 0; i < exclusions; i++) {
            fixture.record(exclusion("EX-S" + i, since[i]));
        }
        fixture.record(answer("KW-2.2", "2.2", true, "2016-07-01", "2016-07-08"));

        FamilyEvaluation result = Evaluator.evaluate(PLAN, fixture.build(), d("2016-07-31"));

        assertThat(result.problem("2").identifiedBy()).contains("2B");
        assertThat(result.problem("2").outcome("2.2").status()).isEqualTo(status);
        assertThat(result.problem("2").outcome("2.2").explanation().text()).contains("fixed-term exclusions over");
    }

    @ParameterizedTest(name = "SDQ 15 on {0}, parenting programme {1}: {2}")
    @DisplayName("Southwark 3.2 (B; SW-20, SW-53): a child's SDQ of 22 on engagement (1 June 2015) must be lower "
            + "on a score six months on: 1 December 2015 counts, 30 November does not; where a parent began a "
            + "parenting programme it must also be completed, and where none did, parenting does not apply")
    @CsvSource({
        "2015-12-01, none,      MET",
        "2015-11-30, none,      NOT_MET",
        "2015-12-01, ongoing,   NOT_MET",
        "2015-12-01, completed, MET",
        "2015-11-30, completed, NOT_MET",
        ",           completed, NOT_MET"
    })
    void outcome3_2BehaviourAfterSixMonthsAndParentingWhereRelevant(String improvedOn, String programme,
                                                                     Status status) {
        FamilyFixture fixture = childOfConcern().record(sdq("SDQ1", "2015-06-01", 22));
        if (improvedOn != null) {
            fixture.record(sdq("SDQ2", improvedOn, 15));
        }
        if (!programme.equals("none")) {
            boolean completed = programme.equals("completed");
            fixture.record(new ServiceEpisode("PP1", "M1", null, ServiceEpisode.Service.PARENTING_PROGRAMME,
                    d("2015-07-01"), completed ? d("2015-10-31") : null,
                    completed ? ServiceEpisode.Status.COMPLETED : ServiceEpisode.Status.ONGOING, "children's centre"));
        }

        FamilyEvaluation result = Evaluator.evaluate(PLAN, fixture.build(), d("2016-01-15"));

        assertThat(result.problem("3").identifiedBy()).contains("3B");
        OutcomeResult outcome = result.problem("3").outcome("3.2");
        assertThat(outcome.status()).isEqualTo(status);
        if (programme.equals("none")) {
            assertThat(outcome.explanation().text()).contains("none of the 1 has an episode, so it does not apply");
        }
    }

    @ParameterizedTest(name = "scores not improved: {0}, yes to {1}: {2}")
    @DisplayName("Southwark 3.2 (B; SW-20): the key worker's signed-off report of better behaviour over six months "
            + "counts where the tools hold nothing since engagement, not against an SDQ and an Eyberg score that "
            + "did not improve (data first); a yes to the parenting programme question alone is not the child's "
            + "behaviour")
    @CsvSource({"false, 3.2-behaviour-improved, MET", "true, 3.2-behaviour-improved, NOT_MET", "false, 3.2, NOT_MET"})
    void outcome3_2KeyWorkerReportOnBehaviour(boolean scored, String question, Status status) {
        FamilyFixture fixture = childOfConcern().record(answer("KW1", question, true, "2015-12-10", "2015-12-15"));
        if (scored) {
            fixture.records(sdq("SDQ1", "2015-06-01", 22), sdq("SDQ2", "2015-12-01", 23),
                    new ScoredAssessment("EY1", "M1", null, AssessmentTool.EYBERG, d("2015-06-01"), 140.0, null, "CAMHS"),
                    new ScoredAssessment("EY2", "M1", null, AssessmentTool.EYBERG, d("2015-12-01"), 150.0, null, "CAMHS"));
        }

        FamilyEvaluation result = Evaluator.evaluate(PLAN, fixture.build(), d("2016-01-15"));

        assertThat(result.problem("3").outcome("3.2").status()).isEqualTo(status);
    }

    @ParameterizedTest(name = "Family Star {0}: {1}")
    @DisplayName("Southwark 3.6 (B, E; SW-24): the key worker's report counts with a Family Star rating of 7 to 10 "
            + "since identification; a yes with none, or with 6, does not")
    @CsvSource({"0, NOT_MET", "6, NOT_MET", "7, MET", "10, MET"})
    void outcome3_6KeyWorkerReportWithFamilyStar(int star, Status status) {
        FamilyFixture fixture = family().records(
                new SocialCareEpisode("EH1", "C1", SocialCareEpisode.Kind.EARLY_HELP_ASSESSMENT, d("2015-03-01"),
                        d("2015-04-30"), null, "Capita"),
                answer("KW-3.6", "3.6", true, "2016-02-01", "2016-02-05"));
        if (star > 0) {
            fixture.record(new ScoredAssessment("FS1", "M1", null, AssessmentTool.FAMILY_STAR, d("2016-01-20"),
                    (double) star, null, "key worker"));
        }

        FamilyEvaluation result = Evaluator.evaluate(PLAN, fixture.build(), d("2016-03-01"));

        assertThat(result.problem("3").identifiedBy()).contains("3E");
        assertThat(result.problem("3").outcome("3.6").status()).isEqualTo(status);
    }

    @Test
    @DisplayName("Southwark 1G (SW-52): a family nominated by a professional for its offending risk can show "
            + "progress on problem 1 through any of its outcomes, here 1.5's signed-off key worker report")
    void indicator1GHasOutcomes() {
        FamilyTimeline family = family().records(
                new ProfessionalConcern("PCN1", FAMILY, "M1", Vocabulary.Theme.CRIME_ASB, d("2015-04-01"), "YOS worker", "MOSAIC"),
                answer("KW-1.5", "1.5", true, "2016-01-10", "2016-01-15")).build();

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family, d("2016-03-01"));

        assertThat(result.problem("1").identifiedBy()).containsExactly("1G");
        assertThat(result.problem("1").outcomes()).allSatisfy(outcome -> assertThat(outcome.relevant()).isTrue());
        assertThat(result.problem("1").outcome("1.5").status()).isEqualTo(Status.MET);
        assertThat(result.problem("1").progressMet()).isTrue();
    }

    // ---- problem 3: children who need help ---------------------------------------------------------

    @ParameterizedTest(name = "review {0}: {1}")
    @DisplayName("Southwark 3H and 3.5: a child protection plan open at engagement that ended on 30 September 2015 "
            + "has been sustained for 6 months on 30 March 2016, not on 29 March")
    @CsvSource({"2016-03-29, NOT_MET", "2016-03-30, MET"})
    void outcome3_5(String review, Status status) {
        FamilyTimeline family = family().record(new SocialCareEpisode("SC1", "C1",
                SocialCareEpisode.Kind.CHILD_PROTECTION_PLAN, d("2015-02-01"), d("2015-09-30"), EndReason.STEPPED_DOWN,
                "MOSAIC")).build();

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family, d(review));

        assertThat(result.problem("3").identifiedBy()).containsExactly("3H");
        OutcomeResult outcome = result.problem("3").outcome("3.5");
        assertThat(outcome.status()).isEqualTo(status);
        assertThat(outcome.explanation().text()).contains("ended 2015-09-30", "2016-03-30");
        assertThat(result.problem("3").outcome("3.4").relevant()).isFalse();
    }

    @ParameterizedTest(name = "cse_risk {1} on {0}: identified {2}")
    @DisplayName("Southwark 3I (SW-18): a child referred to early help whose latest sexual exploitation risk "
            + "assessment in the 12 months to engagement on 1 June 2015 (2 June 2014 to 1 June 2015) is low or higher")
    @CsvSource(delimiter = '|', value = {
        // the day before engagement
        "2015-05-31|low|true|C1: latest cse_risk assessment from 2014-06-02 to 2015-06-01 is low on 2015-05-31, level low or more needed",
        // the first day of the 12 months
        "2014-06-02|high|true|C1: latest cse_risk assessment from 2014-06-02 to 2015-06-01 is high on 2014-06-02",
        // a day older than the 12 months
        "2014-06-01|high|false|C1: no cse_risk assessment from 2014-06-02 to 2015-06-01 (the last was cse_risk high on 2014-06-01)",
        // after engagement: not known on the day
        "2015-06-02|high|false|nobody: children with an assessment of cse_risk by 2015-06-01",
        // assessed, and no risk found
        "2015-05-31|none|false|C1: latest cse_risk assessment from 2014-06-02 to 2015-06-01 is none on 2015-05-31, level low or more needed"
    })
    void indicator3I(String day, String level, boolean identified, String why) {
        FamilyTimeline family = family().records(earlyHelpReferral("RF1", "C1"), cse("CSE1", "C1", day, level)).build();

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family, d("2016-03-31"));

        assertThat(result.problem("3").identifiedBy()).isEqualTo(identified ? List.of("3I") : List.of());
        assertThat(indicator(result, "3", "3I")).contains(why);
    }

    @Test
    @DisplayName("Southwark 3I (SW-18): a risk assessed away before engagement, or a risk to a child not referred to "
            + "early help, does not identify")
    void indicator3ITheLatestAssessmentOfTheSameChild() {
        FamilyTimeline assessedAway = family().records(earlyHelpReferral("RF1", "C1"),
                cse("CSE1", "C1", "2014-09-01", "high"), cse("CSE2", "C1", "2015-04-01", "none")).build();
        FamilyTimeline otherChild = family().child("C2", "2005-01-01").records(earlyHelpReferral("RF1", "C2"),
                cse("CSE1", "C1", "2015-04-01", "high")).build();

        assertThat(Evaluator.evaluate(PLAN, assessedAway, d("2016-03-31")).problem("3").identified()).isFalse();
        assertThat(Evaluator.evaluate(PLAN, otherChild, d("2016-03-31")).problem("3").identified()).isFalse();
    }

    @ParameterizedTest(name = "review {0}: {1}")
    @DisplayName("Southwark 3I and 3.7: a child identified at low risk on 31 May 2015 whose risk fell to none on "
            + "1 September 2015 shows 3.7's fall of a level, held 6 months on 1 March 2016, not on 29 February")
    @CsvSource({"2016-02-29, NOT_MET", "2016-03-01, MET"})
    void indicator3IAndOutcome3_7(String review, Status status) {
        FamilyTimeline family = family().records(earlyHelpReferral("RF1", "C1"), cse("CSE1", "C1", "2015-05-31", "low"),
                cse("CSE2", "C1", "2015-09-01", "none")).build();

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family, d(review));

        assertThat(result.problem("3").identifiedBy()).containsExactly("3I");
        OutcomeResult outcome = result.problem("3").outcome("3.7");
        assertThat(outcome.status()).isEqualTo(status);
        assertThat(outcome.explanation().text()).contains("cse_risk low on 2015-05-31", "2015-09-01");
    }

    // ---- problem 4: work and money; the continuous employment route ---------------------------------

    @ParameterizedTest(name = "review {0}: 4.1 {1}, claimable {2}")
    @DisplayName("Southwark 4A and 4.1: a father who left Jobseeker's Allowance on 31 July 2015 and started work on "
            + "3 August has 26 weeks in work out of the last 30 on 31 January 2016 (not on 30 January), "
            + "and the family is claimable by continuous employment")
    @CsvSource({"2016-01-30, NOT_MET, false", "2016-01-31, MET, true"})
    void outcome4_1ContinuousEmployment(String review, Status status, boolean claimable) {
        FamilyTimeline family = FamilyFixture.family(FAMILY).father("F1", "1979-06-06").child("C1", "2003-05-05")
                .engaged("2015-06-01")
                .records(new BenefitSpell("B1", "F1", Benefit.JOBSEEKERS_ALLOWANCE, d("2015-01-05"), d("2015-07-31"),
                                false, ClaimType.SINGLE, "DWP"),
                        new EmploymentSpell("E1", "F1", EmploymentSpell.Type.EMPLOYED, d("2015-08-03"), null, 37.5, "DWP"),
                        // the second problem: the father's mental health (6A), with no progress yet
                        new HealthNeed("H1", "F1", HealthNeed.Need.MENTAL_HEALTH, d("2014-01-01"), null, "GP"))
                .build();

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family, d(review));

        assertThat(result.problem("4").identifiedBy()).containsExactly("4A");
        assertThat(result.problem("6").identifiedBy()).containsExactly("6A");
        assertThat(result.eligible()).isTrue();
        assertThat(result.problem("4").outcome("4.1").status()).isEqualTo(status);
        assertThat(result.problem("6").progressMet()).isFalse();
        assertThat(result.claim().claimable()).isEqualTo(claimable);
        assertThat(result.claim().route()).isEqualTo(claimable ? Route.CONTINUOUS_EMPLOYMENT : null);
    }

    @ParameterizedTest(name = "earning {0} pence in the assessment period of engagement: 4.2 {1}")
    @DisplayName("Southwark 4A, 4B and 4.2 (SW-54): a mother on Universal Credit with work-related conditions engaged on 15 June 2015 earns £400 a "
            + "month from July; on 31 October 2015 the 13 weeks to 31 October meet the £330 threshold, but only if "
            + "she was below it at engagement: £329.99 in the period covering 15 June is, exactly £330 is not; the "
            + "family is then claimable by continuous employment")
    @CsvSource({"0, MET", "32999, MET", "33000, NOT_MET", "40000, NOT_MET"})
    void outcome4_2OnlyAMoveUpToTheThreshold(long june, Status status) {
        FamilyFixture fixture = FamilyFixture.family(FAMILY).mother("M1", "1985-03-10").child("C1", "2003-05-05")
                .engaged("2015-06-15")
                .records(new BenefitSpell("UC1", "M1", Benefit.UNIVERSAL_CREDIT, d("2015-01-01"), null, true,
                                ClaimType.SINGLE, "DWP"),
                        // the second problem: the mother's mental health (6A)
                        new HealthNeed("H1", "M1", HealthNeed.Need.MENTAL_HEALTH, d("2014-01-01"), null, "GP"),
                        earnings("EA6", "2015-06-01", june));
        for (int month = 7; month <= 10; month++) {
            fixture.record(earnings("EA" + month, "2015-%02d-01".formatted(month), 40000));
        }

        FamilyEvaluation result = Evaluator.evaluate(PLAN, fixture.build(), d("2015-10-31"));

        assertThat(result.problem("4").identifiedBy()).containsExactly("4A", "4B");
        OutcomeResult outcome = result.problem("4").outcome("4.2");
        assertThat(outcome.status()).isEqualTo(status);
        assertThat(outcome.explanation().text()).contains("2015-06-01 to 2015-06-30");
        assertThat(result.claim().claimable()).isEqualTo(status == Status.MET);
        assertThat(result.claim().route()).isEqualTo(status == Status.MET ? Route.CONTINUOUS_EMPLOYMENT : null);
    }

    @ParameterizedTest(name = "largest arrears in the last two quarters {0} pence: {1}")
    @DisplayName("Southwark 4.7 (E), a priority ('High') outcome: no arrears above £500 over two quarters is enough "
            + "even though the sanction escalated; £500.01 is above")
    @CsvSource({"50000, MET", "50001, NOT_MET"})
    void outcome4_7(long pence, Status status) {
        FamilyTimeline family = family().records(
                new ProfessionalConcern("CN1", FAMILY, null, Theme.WORK_AND_MONEY, d("2015-04-10"), "housing officer", "hub"),
                arrears("FR1", "2015-05-01", 80000, Sanction.WARNING),
                arrears("FR2", "2015-10-15", pence, Sanction.NOTICE_SEEKING_POSSESSION),
                arrears("FR3", "2016-01-15", 30000, Sanction.NOTICE_SEEKING_POSSESSION)).build();

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family, d("2016-03-31"));

        assertThat(PLAN.outcome("4.7").priority()).isTrue();
        assertThat(result.problem("4").identifiedBy()).containsExactly("4E");
        OutcomeResult outcome = result.problem("4").outcome("4.7");
        assertThat(outcome.status()).isEqualTo(status);
        assertThat(outcome.explanation().text()).contains("500");
        assertThat(result.problem("4").progressMet()).isEqualTo(status == Status.MET);
    }

    // ---- problems 1 and 5 together: the progress route --------------------------------------------

    @Test
    @DisplayName("Southwark claim by significant and sustained progress: domestic call-outs identify 1B and 5C; "
            + "call-outs fall 100% (1.4) and a high DASH score of 16 stays below 14 for 3 months (5.1)")
    void claimableByProgress() {
        FamilyTimeline family = domesticAbuseFamily(9).build();

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family, d("2016-03-31"));

        assertThat(result.problem("1").identifiedBy()).containsExactly("1B");
        assertThat(result.problem("5").identifiedBy()).containsExactly("5C");
        assertThat(result.problemsIdentified()).isEqualTo(2);
        assertThat(result.problem("1").outcome("1.4").status()).isEqualTo(Status.MET);
        assertThat(result.problem("1").outcome("1.4").explanation().text()).contains("a fall of 100%", "at least 60% needed");
        assertThat(result.problem("5").outcome("5.1").status()).isEqualTo(Status.MET);
        assertThat(result.problem("5").outcome("5.1").explanation().text()).contains("dash_ric 16 on 2015-05-20");
        assertThat(result.claim().claimable()).isTrue();
        assertThat(result.claim().route()).isEqualTo(Route.SIGNIFICANT_AND_SUSTAINED_PROGRESS);
    }

    @Test
    @DisplayName("Southwark not claimable: the same family whose DASH score stays at 16 shows no progress on problem 5")
    void notClaimable() {
        FamilyTimeline family = domesticAbuseFamily(16).build();

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family, d("2016-03-31"));

        assertThat(result.eligible()).isTrue();
        assertThat(result.problem("1").progressMet()).isTrue();
        assertThat(result.problem("5").outcome("5.1").status()).isEqualTo(Status.NOT_MET);
        assertThat(result.problem("5").progressMet()).isFalse();
        assertThat(result.claim().claimable()).isFalse();
        assertThat(result.claim().route()).isNull();
        assertThat(result.claim().explanation().text()).contains("no progress yet on problem 5");
    }

    // ---- problem 6: health -----------------------------------------------------------------------

    @ParameterizedTest(name = "stepped down: {0}")
    @DisplayName("Southwark 6A and 6.1: the signed-off review of a parent's mental health counts at case closure or "
            + "step down, not while the case is still at targeted early help")
    @CsvSource({"true, MET", "false, NOT_MET"})
    void outcome6_1(boolean steppedDown, Status status) {
        List<Intervention.TierChange> changes = steppedDown
                ? List.of(new Intervention.TierChange("TC1", d("2016-01-15"), Tier.UNIVERSAL_PLUS, null))
                : List.of();
        FamilyTimeline family = FamilyFixture.family(FAMILY).mother("M1", "1985-03-10").child("C1", "2003-05-05")
                .intervention(new Intervention("I-" + FAMILY, FAMILY, d("2015-06-01"), "KW1", "Early Help Service",
                        Tier.TARGETED_EARLY_HELP, changes, null, null))
                .records(new HealthNeed("H1", "M1", HealthNeed.Need.MENTAL_HEALTH, d("2014-09-01"), null, "GP"),
                        answer("WA1", "6.1", true, "2016-01-10", "2016-01-12"))
                .build();

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family, d("2016-03-31"));

        assertThat(result.problem("6").identifiedBy()).containsExactly("6A");
        assertThat(result.problem("6").outcome("6.1").status()).isEqualTo(status);
        assertThat(result.problem("6").outcome("6.4").relevant()).isFalse();
    }

    // ---- fixtures ------------------------------------------------------------------------------

    /** A mother and a 12-year-old child, engaged on 1 June 2015. */
    private static FamilyFixture family() {
        return FamilyFixture.family(FAMILY).mother("M1", "1985-03-10").child("C1", "2003-05-05").engaged("2015-06-01");
    }

    /**
     * Two domestic call-outs in the year before engagement (so 1B and 5C); none since. The mother's DASH
     * score is 16 a fortnight before engagement, then the given score in October 2015 and January 2016.
     */
    private static FamilyFixture domesticAbuseFamily(int laterDash) {
        return family().records(
                new PoliceCallout("PC1", FAMILY, null, d("2014-09-10"), true, false, "Merlin"),
                new PoliceCallout("PC2", FAMILY, null, d("2015-02-14"), true, false, "Merlin"),
                dash("DA1", "M1", "2015-05-20", 16),
                dash("DA2", "M1", "2015-10-15", laterDash),
                dash("DA3", "M1", "2016-01-10", laterDash));
    }

    /**
     * 3B: a 12-year-old referred to early help in March 2015 with a mental health need open on engagement
     * (1 June 2015).
     */
    private static FamilyFixture childOfConcern() {
        return family().records(earlyHelpReferral("RF1", "C1"),
                new HealthNeed("H1", "C1", HealthNeed.Need.MENTAL_HEALTH, d("2015-02-01"), null, "CAMHS"));
    }

    private static ScoredAssessment sdq(String id, String day, double score) {
        return new ScoredAssessment(id, "C1", null, AssessmentTool.SDQ, d(day), score, null, "CAMHS");
    }

    /** M1's single-claim Universal Credit earnings in the calendar month from the day. */
    private static EarningsPeriod earnings(String id, String from, long pence) {
        return new EarningsPeriod(id, "M1", d(from), d(from).plusMonths(1).minusDays(1), pence, ClaimType.SINGLE,
                "DWP");
    }

    /** The explanation of one indicator's result. */
    private static String indicator(FamilyEvaluation result, String problem, String id) {
        return result.problem(problem).indicators().stream().filter(i -> i.indicatorId().equals(id)).findFirst()
                .orElseThrow().result().explanation().text();
    }

    private static Referral earlyHelpReferral(String id, String person) {
        return new Referral(id, person, null, d("2015-03-01"), Referral.To.EARLY_HELP, Theme.CHILDREN_NEED_HELP, "MASH");
    }

    private static ScoredAssessment cse(String id, String person, String day, String level) {
        return new ScoredAssessment(id, person, null, AssessmentTool.CSE_RISK, d(day), null, level, "MASH analyst");
    }

    private static List<String> indicatorIds(String problem) {
        return PLAN.problem(problem).indicators().stream().map(Indicator::id).toList();
    }

    private static List<String> outcomeIds(String problem) {
        return PLAN.problem(problem).outcomes().stream().map(Outcome::id).toList();
    }

    private static Offence offence(String id, String person, String day, Disposal disposal) {
        return new Offence(id, person, d(day), disposal, false, null, "YOS");
    }

    private static ScoredAssessment dash(String id, String person, String day, double score) {
        return new ScoredAssessment(id, person, null, AssessmentTool.DASH_RIC, d(day), score, null, "MARAC");
    }

    private static FinancialReading arrears(String id, String day, long pence, Sanction sanction) {
        return new FinancialReading(id, FAMILY, null, d(day), Debt.RENT_ARREARS, pence, sanction, "housing");
    }

    /** A fixed-term exclusion of C1, a secondary pupil, of one day. */
    private static Exclusion exclusion(String id, String day) {
        return new Exclusion(id, "C1", d(day), Exclusion.Type.FIXED_TERM, 1, Exclusion.Phase.SECONDARY, "school census");
    }

    /** A term's attendance; {@code academicYear} is the year the academic year starts (2014 for 2014/15). */
    private static TermAttendance termAttendance(String id, String person, int academicYear, SchoolTerm.Term term,
                                                 int possible, int missed) {
        return new TermAttendance(id, person, FamilyFixture.CALENDAR.term(academicYear, term), possible, 0, missed,
                "100001", "school census");
    }

    private static WorkerAssessment answer(String id, String question, boolean yes, String on, String signedOn) {
        return new WorkerAssessment(id, FAMILY, null, question, yes, d(on), "KW1",
                signedOn == null ? null : d(signedOn), signedOn == null ? null : "TM1",
                signedOn == null ? null : "team manager", "MOSAIC");
    }
}
