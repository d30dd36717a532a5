package org.hearth.engine.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.engine.testing.FamilyFixture.d;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.hearth.engine.evaluation.Evaluator;
import org.hearth.engine.evaluation.FamilyEvaluation;
import org.hearth.engine.evaluation.OutcomeResult;
import org.hearth.engine.evaluation.ProblemEvaluation;
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
import org.hearth.engine.timeline.AsbIncident;
import org.hearth.engine.timeline.AsbIntervention;
import org.hearth.engine.timeline.AssessmentTool;
import org.hearth.engine.timeline.BenefitSpell;
import org.hearth.engine.timeline.BenefitSpell.Benefit;
import org.hearth.engine.timeline.BenefitSpell.ClaimType;
import org.hearth.engine.timeline.DomesticAbuseIncident;
import org.hearth.engine.timeline.EarningsPeriod;
import org.hearth.engine.timeline.EmploymentSpell;
import org.hearth.engine.timeline.Exclusion;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.HealthNeed;
import org.hearth.engine.timeline.MissingEpisode;
import org.hearth.engine.timeline.Offence;
import org.hearth.engine.timeline.Offence.Disposal;
import org.hearth.engine.timeline.PoliceCallout;
import org.hearth.engine.timeline.SchoolTerm;
import org.hearth.engine.timeline.ScoredAssessment;
import org.hearth.engine.timeline.ServiceEpisode;
import org.hearth.engine.timeline.SocialCareEpisode;
import org.hearth.engine.timeline.TermAttendance;
import org.hearth.engine.timeline.WorkerAssessment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * plans/sunderland.yaml: the Strengthening Families Family Outcome Plan encoded complete, then families
 * run through the evaluator to check identification (including problems that emerge after engagement),
 * outcomes, the "also evidences progress against" links, progress and claims against the source's rows.
 * The source does not number its outcomes; Hearth numbers them in the source's order (1.1, 1.2 ...).
 * The school calendar is the standard one (autumn September-December, spring January-March, summer
 * April-July).
 */
class SunderlandPlanTest {
    private static final Plan PLAN = PlanLoader.withBuiltInSchema().load(Path.of("../plans/sunderland.yaml"));
    private static final String FAMILY = "SU1";

    // ---- the file ------------------------------------------------------------------------------

    @Test
    @DisplayName("Sunderland plan: every indicator (a-f) and every outcome of the six problems is encoded, in the source's order")
    void everyIndicatorAndOutcome() {
        assertThat(ids("1")).containsExactly("1a", "1b", "1c", "1d", "|", "1.1", "1.2", "1.3", "1.4");
        assertThat(ids("2")).containsExactly("2a", "2b", "2c", "2d", "2e", "2f", "|", "2.1", "2.2", "2.3",
                "2.4", "2.5", "2.6");
        assertThat(ids("3")).containsExactly("3a", "3b", "3c", "3d", "3e", "3f", "|",
                "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7", "3.8");
        assertThat(ids("4")).containsExactly("4a", "4b", "4c", "4d", "|", "4.1", "4.2", "4.3");
        assertThat(ids("5")).containsExactly("5a", "5b", "5c", "|", "5.1", "5.2", "5.3");
        assertThat(ids("6")).containsExactly("6a", "6b", "6c", "6d", "|", "6.1", "6.2", "6.3", "6.4", "6.5", "6.6");
    }

    @ParameterizedTest(name = "{0} also evidences [{1}]")
    @DisplayName("Sunderland 'also evidences progress against': each outcome links to the problems the source names")
    @CsvSource(delimiter = '|', value = {
        "1.1|", "1.2|3", "1.3|6", "1.4|",
        "2.1|", "2.2|", "2.3|", "2.4|3", "2.5|3", "2.6|3",
        "3.1|1 2 4 5 6", "3.2|", "3.3|6", "3.4|", "3.5|", "3.6|", "3.7|6", "3.8|",
        "4.1|", "4.2|3 6", "4.3|",
        "5.1|3 6", "5.2|6", "5.3|",
        "6.1|", "6.2|4", "6.3|3", "6.4|3", "6.5|", "6.6|"
    })
    void alsoEvidences(String outcome, String problems) {
        List<String> expected = problems == null ? List.of() : Arrays.asList(problems.split(" "));
        assertThat(PLAN.outcome(outcome).alsoEvidences()).containsExactlyElementsOf(expected);
    }

    @Test
    @DisplayName("Sunderland programme: two problems for eligibility, emerging problems followed, claims by progress "
            + "or continuous employment (4.1); all three DCLG school measures needed, one outcome elsewhere (SU-03)")
    void programme() {
        assertThat(PLAN.programme().eligibility().minimumProblems()).isEqualTo(2);
        assertThat(PLAN.programme().emergingProblems()).isTrue();
        assertThat(PLAN.programme().claimRoutes()).extracting(r -> r.route() + " " + r.outcome())
                .containsExactly("SIGNIFICANT_AND_SUSTAINED_PROGRESS null", "CONTINUOUS_EMPLOYMENT 4.1");
        assertThat(PLAN.problems()).extracting(Problem::progress).containsExactly(ProgressRule.ONE_RELEVANT_OUTCOME,
                ProgressRule.ALL_RELEVANT_OUTCOMES, ProgressRule.ONE_RELEVANT_OUTCOME, ProgressRule.ONE_RELEVANT_OUTCOME,
                ProgressRule.ONE_RELEVANT_OUTCOME, ProgressRule.ONE_RELEVANT_OUTCOME);
    }

    @Test
    @DisplayName("Sunderland rows: every indicator and outcome cites its source row and is described in Hearth's words")
    void everyRowCitesItsSource() {
        for (Problem problem : PLAN.problems()) {
            for (Indicator indicator : problem.indicators()) {
                assertThat(indicator.sourceRef()).isEqualTo("Sunderland Family Outcome Plan, problem " + problem.id()
                        + ", indicator " + indicator.id().substring(1));
                assertThat(indicator.description()).isNotBlank();
            }
            for (int i = 0; i < problem.outcomes().size(); i++) {
                Outcome outcome = problem.outcomes().get(i);
                assertThat(outcome.id()).isEqualTo(problem.id() + "." + (i + 1));
                // SU-38: problem 2's outcomes 2.4-2.6 are the links of its rows 1-3
                int row = problem.id().equals("2") && i >= 3 ? i - 2 : i + 1;
                assertThat(outcome.sourceRef()).startsWith("Sunderland Family Outcome Plan, problem " + problem.id()
                        + ", outcome " + row + " (");
                assertThat(outcome.description()).isNotBlank();
                assertThat(outcome.evidence()).isNotEmpty();
            }
        }
    }

    @Test
    @DisplayName("Sunderland decisions: every decision cited in the plan is explained in docs/plan-decisions/sunderland.md")
    void decisionsAreDocumented() {
        PlanDecisionDocs.assertEveryCitedIdHasASection(PLAN, Path.of("../docs/plan-decisions/sunderland.md"));
    }

    // ---- problem 1 -------------------------------------------------------------------------------

    @ParameterizedTest(name = "offended before engagement: {0}")
    @DisplayName("Sunderland 1a/1b and 1.1: 'no offending in the last 6 months' is met by a family that offended "
            + "before engagement and not since; for a family identified only by an ASB intervention it does not apply (SU-07)")
    @CsvSource({"true, 1a, MET", "false, 1b, NOT_APPLICABLE"})
    void outcome1_1(boolean offended, String indicator, Status status) {
        FamilyFixture fixture = family().engaged("2015-06-01");
        if (offended) {
            fixture.record(new Offence("OF1", "C1", d("2015-03-01"), Disposal.CONVICTION, false, null, "Child View"));
        } else {
            fixture.record(new AsbIntervention("ASB1", "C1", AsbIntervention.Type.ACCEPTABLE_BEHAVIOUR_CONTRACT,
                    d("2015-02-01"), d("2015-08-01"), AsbIntervention.Status.ONGOING, "Streetwise"));
        }

        FamilyEvaluation result = Evaluator.evaluate(PLAN, fixture.build(), d("2016-03-31"));

        assertThat(result.problem("1").identifiedBy()).containsExactly(indicator);
        OutcomeResult outcome = result.problem("1").outcome("1.1");
        assertThat(outcome.status()).isEqualTo(status);
        assertThat(outcome.explanation().text()).contains(offended
                ? "1 in 2014-06-01 to 2015-05-31" : "no fall can be shown");
    }

    @ParameterizedTest(name = "reviewed {0}: 1.2 {1}")
    @DisplayName("Sunderland 1.2 (problem 1, outcome 2, 'successful completion of an anti-social behaviour "
            + "intervention or order', SU-08): an order recorded completed on 30 June 2016 is not yet completed "
            + "when reviewed three months before, nor the day before its end; it is on its end date")
    @CsvSource({"2016-03-31, NOT_MET", "2016-06-29, NOT_MET", "2016-06-30, MET"})
    void outcome1_2CompletedOnlyOnceItEnds(String review, Status status) {
        FamilyTimeline family = family().engaged("2015-06-01").records(
                new AsbIntervention("ASB1", "C1", AsbIntervention.Type.CIVIL_INJUNCTION, d("2015-03-01"),
                        d("2016-06-30"), AsbIntervention.Status.COMPLETED, "Streetwise"),
                // Reports before identification and again in the last 6 months: "no ASB reports" is not met.
                new AsbIncident("AI1", "C1", null, d("2015-04-01"), "Streetwise"),
                new AsbIncident("AI2", "C1", null, d("2016-01-15"), "Streetwise")).build();

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family, d(review));

        assertThat(result.problem("1").identifiedBy()).contains("1b");
        assertThat(result.problem("1").outcome("1.2").status()).isEqualTo(status);
    }

    // ---- problem 2: the attendance threshold that changes, and the three national measures -------

    @ParameterizedTest(name = "review {0}, {1} of 1000 sessions missed: {2}")
    @DisplayName("Sunderland 2.1: every child attended in excess of 85% over three terms, 90% for reviews from "
            + "1 September 2015 (SU-11); exactly 85% or 90% is not in excess")
    @CsvSource({
        "2015-08-31, 150, NOT_MET, 85%", "2015-08-31, 149, MET, 85%",
        "2015-09-01, 149, NOT_MET, 90%", "2015-09-01, 101, NOT_MET, 90%",
        "2015-09-01, 100, NOT_MET, 90%", "2015-09-01, 99, MET, 90%"})
    void outcome2_1DatedThreshold(String review, int missed, Status status, String threshold) {
        FamilyEvaluation result = Evaluator.evaluate(PLAN, schoolFamily(missed, 0).build(), d(review));

        assertThat(result.problem("2").identifiedBy()).containsExactly("2a");
        OutcomeResult outcome = result.problem("2").outcome("2.1");
        assertThat(outcome.status()).isEqualTo(status);
        assertThat(outcome.explanation().text()).contains(threshold);
    }

    @ParameterizedTest(name = "{0} fixed-term exclusions: 2.2 {1}")
    @DisplayName("Sunderland 2.1-2.3 (SU-03, SU-12): progress on problem 2 needs all three DCLG measures, so a child "
            + "with 3 fixed-term exclusions stops it despite attendance above 90%; for a family identified by absence "
            + "(2a), attendance's link row 2.4 also evidences problem 3 (SU-38), and the family is claimable only when "
            + "both problems show progress")
    @CsvSource({"2, MET, true", "3, NOT_MET, false"})
    void allThreeSchoolMeasuresAndAlsoEvidences(int exclusions, Status status, boolean claimable) {
        FamilyEvaluation result = Evaluator.evaluate(PLAN, schoolFamily(90, exclusions).build(), d("2015-09-01"));

        ProblemEvaluation school = result.problem("2");
        assertThat(school.outcome("2.1").status()).isEqualTo(Status.MET);
        assertThat(school.outcome("2.2").status()).isEqualTo(status);
        assertThat(school.outcome("2.3").status()).isEqualTo(Status.MET);
        assertThat(school.outcome("2.4").relevant()).isTrue();
        assertThat(school.outcome("2.4").status()).isEqualTo(Status.MET);
        assertThat(school.outcome("2.5").relevant()).isFalse();
        assertThat(school.outcome("2.6").relevant()).isFalse();
        assertThat(school.progressMet()).isEqualTo(claimable);

        ProblemEvaluation help = result.problem("3");
        assertThat(help.identifiedBy()).containsExactly("3a");
        assertThat(help.outcome("3.8").relevant()).isFalse();
        assertThat(help.progressMet()).isTrue();
        assertThat(help.progress().text()).contains("progress shown by outcome 2.4");

        assertThat(result.claim().claimable()).isEqualTo(claimable);
        assertThat(result.claim().route()).isEqualTo(claimable ? Route.SIGNIFICANT_AND_SUSTAINED_PROGRESS : null);
        if (!claimable) {
            assertThat(result.claim().explanation().text()).contains("no progress yet on problem 2");
        }
    }

    @Test
    @DisplayName("Sunderland problem 2 outcome 3 ('no child ... permanent exclusion') and its link to problem 3 "
            + "(SU-38, SU-04): a family identified by absence (2a), never permanently excluded, with attendance below "
            + "90% and 3 fixed-term exclusions, meets 2.3 by default, but that shows no progress on children who need help")
    void noPermanentExclusionByDefaultIsNoProgressOnProblem3() {
        FamilyEvaluation result = Evaluator.evaluate(PLAN, schoolFamily(101, 3).build(), d("2015-09-01"));

        ProblemEvaluation school = result.problem("2");
        assertThat(school.identifiedBy()).containsExactly("2a");
        assertThat(school.outcome("2.1").status()).isEqualTo(Status.NOT_MET);
        assertThat(school.outcome("2.2").status()).isEqualTo(Status.NOT_MET);
        assertThat(school.outcome("2.3").status()).isEqualTo(Status.MET);
        assertThat(school.outcome("2.6").relevant()).isFalse();
        assertThat(school.progressMet()).isFalse();
        assertThat(result.problem("3").progressMet()).isFalse();
        assertThat(result.problem("3").progress().text()).contains("no relevant outcome met")
                .contains("2.6 not relevant");
        assertThat(PLAN.outcome("2.6").decisions()).anySatisfy(text -> assertThat(text).startsWith("SU-38:"));
    }

    @ParameterizedTest(name = "{0} fixed-term exclusions in the last 3 terms: 2.5 {1}, problem 3 progress {2}")
    @DisplayName("Sunderland problem 2 outcome 2 ('less than [3] fixed term exclusions', also evidences problem 3) "
            + "(SU-38): a family identified by 3 fixed-term exclusions in the three terms before engagement (2b) "
            + "shows progress on children who need help through 2.5 when the last three terms have 2, not 3")
    @CsvSource({"0, MET, true", "2, MET, true", "3, NOT_MET, false"})
    void fixedTermExclusionsFellAlsoEvidencesProblem3(int since, Status status, boolean helped) {
        // engaged 1 September 2015: spring, summer 2015 and autumn 2014 are the terms before; the review
        // on 31 July 2016 looks at autumn 2015, spring 2016, summer 2016, all after engagement
        FamilyFixture fixture = family().engaged("2015-09-01")
                .record(new SocialCareEpisode("SC1", "C1", SocialCareEpisode.Kind.EARLY_HELP, d("2015-06-01"), null, null,
                        "Capita One"));
        for (int i = 1; i <= 3; i++) {
            fixture.record(new Exclusion("EXB" + i, "C1", d("2015-05-0" + i), Exclusion.Type.FIXED_TERM, 1,
                    Exclusion.Phase.SECONDARY, "Capita One"));
        }
        for (int i = 1; i <= since; i++) {
            fixture.record(new Exclusion("EXR" + i, "C1", d("2016-02-0" + i), Exclusion.Type.FIXED_TERM, 1,
                    Exclusion.Phase.SECONDARY, "Capita One"));
        }

        FamilyEvaluation result = Evaluator.evaluate(PLAN, fixture.build(), d("2016-07-31"));

        ProblemEvaluation school = result.problem("2");
        assertThat(school.identifiedBy()).containsExactly("2b");
        assertThat(school.outcome("2.2").status()).isEqualTo(status);
        assertThat(school.outcome("2.5").relevant()).isTrue();
        assertThat(school.outcome("2.5").status()).isEqualTo(status);
        assertThat(school.outcome("2.4").relevant()).isFalse();
        assertThat(school.outcome("2.6").relevant()).isFalse();
        ProblemEvaluation help = result.problem("3");
        assertThat(help.identifiedBy()).containsExactly("3a");
        assertThat(help.progressMet()).isEqualTo(helped);
        if (helped) {
            assertThat(help.progress().text()).isEqualTo("progress shown by outcome 2.5");
        }
    }

    // ---- problem 3 -------------------------------------------------------------------------------

    @ParameterizedTest(name = "cse_risk {1} on {0}: identified {2}")
    @DisplayName("Sunderland 3e (SU-16): a child whose latest sexual exploitation risk assessment in the 12 months "
            + "to engagement on 1 June 2015 (2 June 2014 to 1 June 2015) is low or higher")
    @CsvSource(delimiter = '|', value = {
        // the day before engagement
        "2015-05-31|medium|true|C1: latest cse_risk assessment from 2014-06-02 to 2015-06-01 is medium on 2015-05-31, level low or more needed",
        // a day older than the 12 months
        "2014-06-01|high|false|C1: no cse_risk assessment from 2014-06-02 to 2015-06-01 (the last was cse_risk high on 2014-06-01)",
        // after engagement: not known on the day
        "2015-06-02|high|false|nobody: children with an assessment of cse_risk by 2015-06-01",
        // assessed, and no risk found
        "2015-05-31|none|false|C1: latest cse_risk assessment from 2014-06-02 to 2015-06-01 is none on 2015-05-31, level low or more needed"
    })
    void indicator3e(String day, String level, boolean identified, String why) {
        FamilyTimeline family = family().engaged("2015-06-01")
                .record(new ScoredAssessment("CSE1", "C1", null, AssessmentTool.CSE_RISK, d(day), null, level, "MASH"))
                .build();

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family, d("2015-06-01"));

        assertThat(result.problem("3").identifiedBy()).isEqualTo(identified ? List.of("3e") : List.of());
        assertThat(result.problem("3").indicators().stream().filter(i -> i.indicatorId().equals("3e")).findFirst()
                .orElseThrow().result().explanation().text()).contains(why);
    }

    @Test
    @DisplayName("Sunderland 3e (SU-16, SU-37): a risk first assessed the day after engagement on 1 June 2015 is a "
            + "problem that emerges on the next monthly anniversary, 1 July 2015")
    void indicator3eEmerging() {
        FamilyTimeline family = family().engaged("2015-06-01")
                .record(new ScoredAssessment("CSE1", "C1", null, AssessmentTool.CSE_RISK, d("2015-06-02"), null, "high",
                        "MASH"))
                .build();

        ProblemEvaluation problem = Evaluator.evaluate(PLAN, family, d("2016-03-31")).problem("3");

        assertThat(problem.emerged()).isTrue();
        assertThat(problem.identifiedOn()).isEqualTo(d("2015-07-01"));
        assertThat(problem.identifiedBy()).containsExactly("3e");
    }

    @Test
    @DisplayName("Sunderland 3e (SU-16): a child reported missing in the 12 months identifies whatever the risk assessment says")
    void indicator3eMissing() {
        FamilyTimeline family = family().engaged("2015-06-01")
                .record(new MissingEpisode("MI1", "C1", d("2014-06-02"), d("2014-06-03"), "police"))
                .record(new ScoredAssessment("CSE1", "C1", null, AssessmentTool.CSE_RISK, d("2015-05-31"), null, "none",
                        "MASH"))
                .build();

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family, d("2016-03-31"));

        assertThat(result.problem("3").identifiedBy()).containsExactly("3e");
    }

    @ParameterizedTest(name = "identified by {0}: relevant {1}, {2}")
    @DisplayName("Sunderland 3.8: 'no child becomes looked after for 6 months' applies only where problem 3 was "
            + "identified by 3b or 3c (SU-21)")
    @CsvSource({"3b, true, MET", "3a, false, NOT_APPLICABLE"})
    void outcome3_8(String indicator, boolean relevant, Status status) {
        SocialCareEpisode.Kind kind = indicator.equals("3b")
                ? SocialCareEpisode.Kind.CHILD_IN_NEED : SocialCareEpisode.Kind.EARLY_HELP;
        FamilyTimeline family = family().engaged("2015-06-01")
                .record(new SocialCareEpisode("SC1", "C1", kind, d("2015-03-01"), d("2015-12-31"),
                        SocialCareEpisode.EndReason.CLOSED, "CCM"))
                .build();

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family, d("2016-03-31"));

        assertThat(result.problem("3").identifiedBy()).containsExactly(indicator);
        OutcomeResult outcome = result.problem("3").outcome("3.8");
        assertThat(outcome.relevant()).isEqualTo(relevant);
        assertThat(outcome.status()).isEqualTo(status);
        if (relevant) {
            assertThat(outcome.explanation().text()).contains("2015-10-01 to 2016-03-31");
        }
    }

    // ---- problems 4 and 6: continuous employment and 'also evidences' ------------------------------

    @ParameterizedTest(name = "review {0}: 4.1 {1}, claimable {2}")
    @DisplayName("Sunderland 4a and 4.1 (SU-23): after Jobseeker's Allowance, 26 consecutive weeks in work; a week's "
            + "break in October 2015 restarts the count, so the family is claimable by continuous employment from "
            + "10 April 2016, not before")
    @CsvSource({"2016-02-07, NOT_MET, false", "2016-04-09, NOT_MET, false", "2016-04-10, MET, true"})
    void outcome4_1ContinuousEmployment(String review, Status status, boolean claimable) {
        FamilyEvaluation result = Evaluator.evaluate(PLAN, workFamily().build(), d(review));

        assertThat(result.problem("4").identifiedBy()).containsExactly("4a");
        assertThat(result.problem("6").identifiedBy()).containsExactly("6a");
        assertThat(result.problem("4").outcome("4.1").status()).isEqualTo(status);
        assertThat(result.problem("6").progressMet()).isFalse();
        assertThat(result.claim().claimable()).isEqualTo(claimable);
        assertThat(result.claim().route()).isEqualTo(claimable ? Route.CONTINUOUS_EMPLOYMENT : null);
    }

    @ParameterizedTest(name = "earning {0} pence in the assessment period of engagement: 4.3 {1}")
    @DisplayName("Sunderland 4a and 4.3 (SU-43): a mother on Universal Credit with work-related conditions, engaged on "
            + "15 June 2015, earns £400 a month from July; on 31 October 2015 the 13 weeks to 31 October meet the £330 "
            + "threshold, but only if she was below it at engagement: £329.99 in the period covering 15 June is, "
            + "exactly £330 is not")
    @CsvSource({"32999, MET", "33000, NOT_MET"})
    void outcome4_3OnlyAMoveUpToTheThreshold(long june, Status status) {
        FamilyFixture fixture = family().engaged("2015-06-15")
                .record(new BenefitSpell("UC1", "M1", Benefit.UNIVERSAL_CREDIT, d("2015-01-01"), null, true,
                        ClaimType.SINGLE, "DWP"));
        for (int month = 6; month <= 10; month++) {
            LocalDate start = LocalDate.of(2015, month, 1);
            fixture.record(new EarningsPeriod("EA" + month, "M1", start, start.plusMonths(1).minusDays(1),
                    month == 6 ? june : 40000, ClaimType.SINGLE, "DWP"));
        }

        FamilyEvaluation result = Evaluator.evaluate(PLAN, fixture.build(), d("2015-10-31"));

        assertThat(result.problem("4").identifiedBy()).contains("4a");
        assertThat(result.problem("4").outcome("4.3").status()).isEqualTo(status);
        assertThat(result.problem("4").outcome("4.3").explanation().text()).contains("2015-06-01 to 2015-06-30");
    }

    @Test
    @DisplayName("Sunderland 6a and 6.2 (also evidences problem 4): the key worker's signed-off 'suitable accommodation "
            + "for 6 months' shows progress on health and on work and money, so the family is claimable by progress")
    void outcome6_2AlsoEvidencesWork() {
        FamilyTimeline family = workFamily()
                .record(new WorkerAssessment("WA1", FAMILY, null, "6.2", true, d("2016-01-20"), "KW1", d("2016-01-25"),
                        "TM1", "team manager", "Capita One"))
                .build();

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family, d("2016-02-07"));

        assertThat(result.problem("6").outcome("6.2").status()).isEqualTo(Status.MET);
        assertThat(result.problem("4").outcome("4.1").status()).isEqualTo(Status.NOT_MET);
        assertThat(result.problem("4").progressMet()).isTrue();
        assertThat(result.problem("4").progress().text()).contains("progress shown by outcome 6.2");
        assertThat(result.claim().claimable()).isTrue();
        assertThat(result.claim().route()).isEqualTo(Route.SIGNIFICANT_AND_SUSTAINED_PROGRESS);
    }

    // ---- problem 5, emerging after engagement -------------------------------------------------------

    @ParameterizedTest(name = "review {0}: 5.2 {1}")
    @DisplayName("Sunderland emerging problem (SU-37): a domestic call-out on 15 August 2015, after engagement on "
            + "1 June, identifies problem 5 (5c) at the monthly test on 1 September; 5.2's 6 months without incidents "
            + "count from then, so a review on 28 February 2016 is too early and one on 29 February is not")
    @CsvSource({"2016-02-28, TOO_EARLY", "2016-02-29, MET"})
    void emergingProblem(String review, Status status) {
        FamilyTimeline family = family().engaged("2015-06-01").records(
                new Offence("OF1", "C1", d("2015-03-01"), Disposal.CONVICTION, false, null, "Child View"),
                new BenefitSpell("B1", "M1", Benefit.EMPLOYMENT_SUPPORT_ALLOWANCE, d("2014-05-01"), null, false,
                        ClaimType.SINGLE, "DWP"),
                new PoliceCallout("PC1", FAMILY, null, d("2015-08-15"), true, false, "Northumbria Police")).build();

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family, d(review));

        assertThat(result.eligible()).isTrue();
        assertThat(result.eligibility().text()).contains("2 of 6 problems identified on 2015-06-01");
        assertThat(result.problem("1").emerged()).isFalse();
        ProblemEvaluation abuse = result.problem("5");
        assertThat(abuse.identified()).isTrue();
        assertThat(abuse.emerged()).isTrue();
        assertThat(abuse.identifiedOn()).isEqualTo(d("2015-09-01"));
        assertThat(abuse.identifiedBy()).containsExactly("5c");
        assertThat(abuse.outcome("5.2").status()).isEqualTo(status);
        assertThat(abuse.outcome("5.2").explanation().text()).contains(status == Status.MET
                ? "2015-09-01 to 2016-02-29" : "the earliest review date is 2016-02-29");
    }

    @ParameterizedTest(name = "last domestic call-out {0}: 5.2 {1}")
    @DisplayName("Sunderland problem 5 outcome 2 ('no recorded domestic violence incidents for a 6 month period', "
            + "also evidences health) (SU-39): a family the police were called to on 1 March 2015, before engagement on "
            + "1 June 2015 (5c), meets it on 31 March 2016 when the last call-out was 6 months and a day before "
            + "(30 September 2015), not when it was on 1 October 2015, the first day of the last 6 months")
    @CsvSource({"none since, MET", "2015-09-30, MET", "2015-10-01, NOT_MET"})
    void outcome5_2Boundaries(String lastCallout, Status status) {
        FamilyFixture fixture = family().engaged("2015-06-01").records(
                new Offence("OF1", "C1", d("2015-03-01"), Disposal.CONVICTION, false, null, "Child View"),
                new PoliceCallout("PC1", FAMILY, null, d("2015-03-01"), true, false, "Northumbria Police"));
        if (!lastCallout.equals("none since")) {
            fixture.record(new PoliceCallout("PC2", FAMILY, null, d(lastCallout), true, false, "Northumbria Police"));
        }

        FamilyEvaluation result = Evaluator.evaluate(PLAN, fixture.build(), d("2016-03-31"));

        ProblemEvaluation abuse = result.problem("5");
        assertThat(abuse.identifiedBy()).containsExactly("5c");
        assertThat(abuse.outcome("5.2").relevant()).isTrue();
        assertThat(abuse.outcome("5.2").status()).isEqualTo(status);
        assertThat(abuse.outcome("5.2").explanation().text()).contains("2015-10-01 to 2016-03-31");
    }

    @ParameterizedTest(name = "review {0}: 5.2 {1}")
    @DisplayName("Sunderland problem 5 outcome 2 ('no recorded domestic violence incidents for a 6 month period') "
            + "(SU-42): a family identified by one domestic call-out on 1 March 2015 (5c), engaged 1 June 2015, with "
            + "nothing recorded since, meets the row once its 6 months after identification have passed: too early "
            + "on 29 November 2015, met on 30 November 2015")
    @CsvSource({"2015-11-29, TOO_EARLY", "2015-11-30, MET"})
    void outcome5_2CalloutNotRepeated(String review, Status status) {
        FamilyTimeline family = family().engaged("2015-06-01").records(
                new PoliceCallout("PC1", FAMILY, null, d("2015-03-01"), true, false, "Northumbria Police")).build();

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family, d(review));

        ProblemEvaluation abuse = result.problem("5");
        assertThat(abuse.identifiedBy()).containsExactly("5c");
        assertThat(abuse.identifiedOn()).isEqualTo(d("2015-06-01"));
        assertThat(abuse.outcome("5.2").status()).isEqualTo(status);
    }

    @Test
    @DisplayName("Sunderland problem 5 outcome 2 ('no recorded domestic violence incidents', also evidences health) "
            + "(SU-39): a family identified from a worker's record of abuse (5a), with no police incident ever, does "
            + "not meet it by default, so it shows no progress on domestic abuse or on health (6a) through it")
    void outcome5_2NoIncidentsAtAll() {
        FamilyTimeline family = family().engaged("2015-06-01").records(
                new DomesticAbuseIncident("DA1", null, "M1", d("2015-02-01"), DomesticAbuseIncident.Role.VICTIM,
                        DomesticAbuseIncident.Category.DOMESTIC_ABUSE, DomesticAbuseIncident.RecordedBy.WORKER, "Capita One"),
                new HealthNeed("H1", "M1", HealthNeed.Need.MENTAL_HEALTH, d("2014-01-01"), null, "GP")).build();

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family, d("2016-03-31"));

        ProblemEvaluation abuse = result.problem("5");
        assertThat(abuse.identifiedBy()).containsExactly("5a");
        assertThat(abuse.outcome("5.2").relevant()).isFalse();
        assertThat(abuse.progressMet()).isFalse();
        assertThat(result.problem("6").identifiedBy()).containsExactly("6a");
        assertThat(result.problem("6").progressMet()).isFalse();
        assertThat(result.problem("6").progress().text()).contains("5.2 not relevant");
    }

    @ParameterizedTest(name = "care plan from {0}, worker yes {1}: 6.5 {2}")
    @DisplayName("Sunderland problem 6 outcome 5 ('take responsibility for own health and' a care plan kept six "
            + "months, GP and dentist, immunisations) (SU-40): all three parts are needed; GP and dentist registration "
            + "held since before engagement is not enough on its own, and a care plan must cover the last 6 months "
            + "(1 October 2015 to 31 March 2016)")
    @CsvSource({
        "none, false, NOT_MET", "none, true, NOT_MET", "2015-10-01, false, NOT_MET",
        "2015-10-02, true, NOT_MET", "2015-10-01, true, MET"})
    void outcome6_5AllThreeParts(String carePlanFrom, boolean workerYes, Status status) {
        FamilyFixture fixture = family().engaged("2015-06-01").records(
                new BenefitSpell("B1", "M1", Benefit.EMPLOYMENT_SUPPORT_ALLOWANCE, d("2014-05-01"), null, false,
                        ClaimType.SINGLE, "DWP"),
                new HealthNeed("H1", "M1", HealthNeed.Need.MENTAL_HEALTH, d("2014-01-01"), null, "GP"));
        for (String person : List.of("M1", "C1")) {
            fixture.records(
                    new ServiceEpisode("GP" + person, person, null, ServiceEpisode.Service.GP_REGISTRATION, d("2010-01-01"),
                            null, ServiceEpisode.Status.ONGOING, "GP"),
                    new ServiceEpisode("DN" + person, person, null, ServiceEpisode.Service.DENTIST_REGISTRATION,
                            d("2010-01-01"), null, ServiceEpisode.Status.ONGOING, "dentist"));
        }
        if (!carePlanFrom.equals("none")) {
            fixture.record(new ServiceEpisode("CP1", null, FAMILY, ServiceEpisode.Service.CARE_PLAN, d(carePlanFrom), null,
                    ServiceEpisode.Status.ONGOING, "Family agreement"));
        }
        if (workerYes) {
            fixture.record(new WorkerAssessment("WA1", FAMILY, null, "6.5", true, d("2016-03-01"), "KW1", d("2016-03-02"),
                    "TM1", "team manager", "Capita One"));
        }

        FamilyEvaluation result = Evaluator.evaluate(PLAN, fixture.build(), d("2016-03-31"));

        assertThat(result.problem("6").identifiedBy()).containsExactly("6a");
        assertThat(result.problem("6").outcome("6.5").status()).isEqualTo(status);
    }

    // ---- fixtures ------------------------------------------------------------------------------

    /** A mother and a 12-year-old child (in Year 7 in September 2015). */
    private static FamilyFixture family() {
        return FamilyFixture.family(FAMILY).mother("M1", "1985-03-10").child("C1", "2003-05-05");
    }

    /**
     * Engaged on 1 December 2014 (so that the three terms before and after 1 September 2015 all end after
     * engagement): the child missed 20% of sessions in the three terms before engagement (2a) and has had
     * early help since October 2014 (3a). Over autumn 2014, spring 2015 and summer 2015 (300 + 300 + 400
     * sessions) the child missed the given number of sessions and had the given fixed-term exclusions.
     */
    private static FamilyFixture schoolFamily(int missed, int exclusions) {
        FamilyFixture fixture = family().engaged("2014-12-01").records(
                attendance("AT1", 2013, SchoolTerm.Term.AUTUMN, 100, 20),
                attendance("AT2", 2013, SchoolTerm.Term.SPRING, 100, 20),
                attendance("AT3", 2013, SchoolTerm.Term.SUMMER, 100, 20),
                attendance("AT4", 2014, SchoolTerm.Term.AUTUMN, 300, missed / 3),
                attendance("AT5", 2014, SchoolTerm.Term.SPRING, 300, missed / 3),
                attendance("AT6", 2014, SchoolTerm.Term.SUMMER, 400, missed - 2 * (missed / 3)),
                new SocialCareEpisode("SC1", "C1", SocialCareEpisode.Kind.EARLY_HELP, d("2014-10-01"), null, null,
                        "Capita One"));
        for (int i = 1; i <= exclusions; i++) {
            fixture.record(new Exclusion("EX" + i, "C1", d("2015-02-0" + i), Exclusion.Type.FIXED_TERM, 1,
                    Exclusion.Phase.SECONDARY, "Capita One"));
        }
        return fixture;
    }

    /**
     * A father on Jobseeker's Allowance to 31 July 2015 (4a) with a mental health problem (6a), engaged on
     * 1 June 2015; in work from 3 August to 4 October 2015 and again from 12 October.
     */
    private static FamilyFixture workFamily() {
        return FamilyFixture.family(FAMILY).father("F1", "1979-06-06").child("C1", "2003-05-05").engaged("2015-06-01")
                .records(new BenefitSpell("B1", "F1", Benefit.JOBSEEKERS_ALLOWANCE, d("2015-01-05"), d("2015-07-31"),
                                false, ClaimType.SINGLE, "DWP"),
                        new EmploymentSpell("E1", "F1", EmploymentSpell.Type.EMPLOYED, d("2015-08-03"), d("2015-10-04"),
                                37.5, "DWP"),
                        new EmploymentSpell("E2", "F1", EmploymentSpell.Type.EMPLOYED, d("2015-10-12"), null, 37.5, "DWP"),
                        new HealthNeed("H1", "F1", HealthNeed.Need.MENTAL_HEALTH, d("2014-01-01"), null, "GP"));
    }

    private static TermAttendance attendance(String id, int academicYear, SchoolTerm.Term term, int possible, int missed) {
        return new TermAttendance(id, "C1", FamilyFixture.CALENDAR.term(academicYear, term), possible, 0, missed,
                "100002", "school census");
    }

    /** Indicator ids, a bar, then outcome ids. */
    private static List<String> ids(String problem) {
        Problem p = PLAN.problem(problem);
        List<String> ids = new java.util.ArrayList<>(p.indicators().stream().map(Indicator::id).toList());
        ids.add("|");
        ids.addAll(p.outcomes().stream().map(Outcome::id).toList());
        return ids;
    }
}
