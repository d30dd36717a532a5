package org.hearth.engine.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.engine.testing.FamilyFixture.d;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.hearth.engine.evaluation.Evaluator;
import org.hearth.engine.evaluation.FamilyEvaluation;
import org.hearth.engine.evaluation.OutcomeResult;
import org.hearth.engine.measure.Status;
import org.hearth.engine.plan.ClaimRoute;
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
import org.hearth.engine.timeline.EducationSetting;
import org.hearth.engine.timeline.FinancialReading;
import org.hearth.engine.timeline.NeetSpell;
import org.hearth.engine.timeline.ProfessionalConcern;
import org.hearth.engine.timeline.Referral;
import org.hearth.engine.timeline.ScoredAssessment;
import org.hearth.engine.timeline.ServiceEpisode;
import org.hearth.engine.timeline.Vocabulary.Theme;
import org.hearth.engine.timeline.BenefitSpell;
import org.hearth.engine.timeline.BenefitSpell.Benefit;
import org.hearth.engine.timeline.BenefitSpell.ClaimType;
import org.hearth.engine.timeline.DomesticAbuseIncident;
import org.hearth.engine.timeline.EarningsPeriod;
import org.hearth.engine.timeline.EmploymentSpell;
import org.hearth.engine.timeline.Exclusion;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.HealthNeed;
import org.hearth.engine.timeline.Offence;
import org.hearth.engine.timeline.Offence.Disposal;
import org.hearth.engine.timeline.SchoolTerm;
import org.hearth.engine.timeline.SocialCareEpisode;
import org.hearth.engine.timeline.TermAttendance;
import org.hearth.engine.timeline.Vocabulary.Role;
import org.hearth.engine.timeline.Vocabulary.Sex;
import org.hearth.engine.timeline.WorkerAssessment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Southampton's Troubled Families Outcomes Framework 2018-2020 (plans/southampton.yaml) run on
 * synthetic families. Each test names the strand and row it checks, with Hearth's row numbers.
 *
 * <p>Most families engage on 10 May 2018: the quarter of intervention starts 1 April 2018, so the
 * crime baseline is the four full quarters 1 April 2017 to 31 March 2018 and the school baseline the
 * terms summer 2016/17, autumn 2017/18 and spring 2017/18 (standard term dates).
 */
class SouthamptonPlanTest {
    private static final Plan PLAN = PlanLoader.withBuiltInSchema().load(Path.of("../plans/southampton.yaml"));
    private static final String ENGAGED = "2018-05-10";

    // ---------------------------------------------------------------------------------------- the file

    @Test
    @DisplayName("every row of the six strands is encoded, numbered in source order, each outcome tied to its row's indicator")
    void everyRowIsEncoded() {
        assertThat(PLAN.problems()).extracting(Problem::id).containsExactly("1", "2", "3", "4", "5", "6");
        assertRows("1", List.of("1.1", "1.2", "1.3", "1.4"), List.of("1.1", "1.2", "1.3", "1.4"));
        assertRows("2", List.of("2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7"),
                List.of("2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7"));
        assertRows("3", List.of("3.1", "3.2", "3.3"), List.of("3.1", "3.2", "3.3"));
        assertRows("4", List.of("4.1", "4.2", "4.3", "4.4", "4.5"), List.of("4.1a", "4.1b", "4.2", "4.3", "4.4", "4.5"));
        assertRows("5", List.of("5.1", "5.2", "5.3"), List.of("5.1", "5.2", "5.3"));
        assertRows("6", List.of("6.1", "6.2", "6.3", "6.4"), List.of("6.1", "6.2", "6.3", "6.4"));
        for (Problem problem : PLAN.problems()) {
            for (Outcome outcome : problem.outcomes()) {
                String row = outcome.id().replaceAll("[ab]$", "");
                assertThat(outcome.appliesWhenIdentifiedBy()).as("outcome %s", outcome.id()).containsExactly(row);
                assertThat(outcome.sourceRef()).as("outcome %s", outcome.id())
                        .contains("strand " + problem.id()).contains("numbered " + outcome.id() + " by Hearth");
                assertThat(outcome.evidence()).as("outcome %s", outcome.id()).isNotEmpty();
                assertThat(outcome.measure()).as("outcome %s", outcome.id()).isNotNull();
            }
            for (Indicator indicator : problem.indicators()) {
                assertThat(indicator.sourceRef()).as("indicator %s", indicator.id())
                        .contains("strand " + problem.id()).contains("numbered " + indicator.id() + " by Hearth");
                assertThat(indicator.evidence()).as("indicator %s", indicator.id()).isNotEmpty();
            }
        }
    }

    @Test
    @DisplayName("programme: two problems make a family eligible; claims by progress or by continuous employment (outcome 4.1a)")
    void programme() {
        assertThat(PLAN.programme().eligibility().minimumProblems()).isEqualTo(2);
        assertThat(PLAN.programme().eligibility().childUnderAge()).isNull();
        assertThat(PLAN.programme().claimRoutes()).extracting(ClaimRoute::route).containsExactly(
                ClaimRoute.Route.SIGNIFICANT_AND_SUSTAINED_PROGRESS, ClaimRoute.Route.CONTINUOUS_EMPLOYMENT);
        assertThat(PLAN.programme().claimRoutes().get(1).outcome()).isEqualTo("4.1a");
        assertThat(PLAN.problem("2").progress().groups()).first().isEqualTo(List.of("2.1", "2.2"));
        assertThat(PLAN.problem("3").progress()).isEqualTo(ProgressRule.ONE_RELEVANT_OUTCOME);
        assertThat(PLAN.problem("4").progress().groups()).first().isEqualTo(List.of("4.1a", "4.1b"));
    }

    @Test
    @DisplayName("every indicator and outcome with decisions has a row in docs/plan-decisions/southampton.md")
    void decisionsAreDocumented() {
        PlanDecisionDocs.assertEveryDecidedRowIsInTheTable(PLAN, Path.of("../docs/plan-decisions/southampton.md"));
    }

    // ---------------------------------------------------------------------------------------- strand 1

    @ParameterizedTest(name = "row {0}, recorded on {1}: identified {2}")
    @CsvSource({
        "1.1, 2017-03-31, false", "1.1, 2017-04-01, true", "1.1, 2018-03-31, true", "1.1, 2018-04-01, false",
        "1.2, 2017-03-31, false", "1.2, 2017-04-01, true", "1.2, 2018-03-31, true", "1.2, 2018-04-01, false",
        "1.3, 2017-03-31, false", "1.3, 2017-04-01, true", "1.3, 2018-03-31, true", "1.3, 2018-04-01, false",
        "1.4, 2017-03-31, false", "1.4, 2017-04-01, true", "1.4, 2018-03-31, true", "1.4, 2018-04-01, false",
        "1.4, 2018-05-10, false"
    })
    @DisplayName("strand 1 indicators: engaged 10 May 2018, a record in the four full quarters 1 April 2017 to 31 March 2018 identifies; one in the quarter of engagement (from 1 April 2018) or before the four quarters does not")
    void crimeIndicatorsCountTheFourFullQuartersBeforeTheQuarterOfEngagement(String row, String day, boolean identified) {
        FamilyFixture family = family("S1Q").father("F", "1980-01-01").child("C", "2003-01-01").engaged(ENGAGED);
        family.record(switch (row) {
            case "1.1" -> offence("OF1", "C", day, Disposal.CONVICTION);
            case "1.2" -> offence("OF1", "C", day, Disposal.DIVERSIONARY_PANEL);
            case "1.3" -> offence("OF1", "F", day, Disposal.FURTHER_ACTION_TAKEN);
            default -> new AsbIncident("ASB1", null, "S1Q", d(day), "police");
        });

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family.build(), d(ENGAGED));

        assertThat(result.problem("1").identifiedBy()).isEqualTo(identified ? List.of(row) : List.of());
        assertThat(result.problem("1").indicators().stream().filter(i -> i.indicatorId().equals(row)).findFirst()
                .orElseThrow().result().explanation().text())
                .contains("in 2017-04-01 to 2018-03-31 (the 4 full quarters before the quarter of 2018-05-10): "
                        + (identified ? 1 : 0) + " found");
    }

    @ParameterizedTest(name = "{0} offence(s) in the last six months: {1}")
    @CsvSource({"1, MET", "2, NOT_MET"})
    @DisplayName("strand 1 row 1.1: a child's proven offence identifies; a 33% fall against the four full quarters before the quarter of intervention")
    void youthOffendingAgainstFourFullQuarters(int recent, Status expected) {
        FamilyFixture family = family("S11").mother("M", "1980-01-01").child("C", "2003-01-01").engaged(ENGAGED)
                // before the four quarters, so in no baseline
                .record(offence("OF0", "C", "2017-03-31", Disposal.CONVICTION))
                // the four full quarters: 3 offences; the 12 months before engagement would hold only 2 of them
                .record(offence("OF1", "C", "2017-04-01", Disposal.CONVICTION))
                .record(offence("OF2", "C", "2017-04-02", Disposal.CONVICTION))
                .record(offence("OF3", "C", "2018-02-01", Disposal.CONVICTION))
                // in the quarter of intervention: neither identifies the family nor is in the baseline
                .record(offence("OF4", "C", "2018-04-20", Disposal.CONVICTION));
        for (int i = 0; i < recent; i++) {
            family.record(offence("OF-R" + i, "C", "2018-09-0" + (i + 1), Disposal.CONVICTION));
        }

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family.build(), d("2018-12-31"));

        assertThat(result.problem("1").identifiedBy()).containsExactly("1.1");
        OutcomeResult outcome = result.problem("1").outcome("1.1");
        assertThat(outcome.status()).isEqualTo(expected);
        assertThat(outcome.explanation().text())
                .contains("3 in 2017-04-01 to 2018-03-31", "pro rata 1.5 per 6 months",
                        recent + " in 2018-07-01 to 2018-12-31", "at least 33% needed");
        if (expected == Status.MET) {
            assertThat(outcome.explanation().text()).contains("a fall of 33.3%");
        }
    }

    @ParameterizedTest(name = "an offence with disposal {0}: {1}")
    @CsvSource({"NO_FURTHER_ACTION, MET", "COMMUNITY_RESOLUTION, NOT_MET", "CONVICTION, NOT_MET"})
    @DisplayName("strand 1 row 1.2: a diversionary panel identifies; any later offence with further action is re-offending")
    void noReoffendingAfterDiversionaryPanel(Disposal later, Status expected) {
        FamilyTimeline family = family("S12").mother("M", "1980-01-01").child("C", "2003-01-01").engaged(ENGAGED)
                .record(offence("OF1", "C", "2018-01-10", Disposal.DIVERSIONARY_PANEL))
                .record(offence("OF2", "C", "2018-11-02", later))
                .build();

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family, d("2018-12-31"));

        assertThat(result.problem("1").identifiedBy()).containsExactly("1.2");
        assertThat(result.problem("1").outcome("1.2").status()).isEqualTo(expected);
        assertThat(result.problem("1").outcome("1.1").relevant()).isFalse();
        assertThat(result.problem("1").outcome("1.2").explanation().text())
                .contains("offences where further_action = true", "2018-07-01 to 2018-12-31: "
                        + (expected == Status.MET ? 0 : 1) + " found");
    }

    @Test
    @DisplayName("strand 1 row 1.3: an adult offence with further action identifies; a 33% fall is needed against the four quarters")
    void adultOffending() {
        FamilyTimeline family = family("S13").father("F", "1980-01-01").child("C", "2010-01-01").engaged(ENGAGED)
                .record(offence("OF1", "F", "2017-06-01", Disposal.FURTHER_ACTION_TAKEN))
                .record(offence("OF2", "F", "2018-01-01", Disposal.CONVICTION))
                .record(offence("OF3", "F", "2018-10-01", Disposal.CAUTION))
                .build();

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family, d("2018-12-31"));

        assertThat(result.problem("1").identifiedBy()).containsExactly("1.3");
        OutcomeResult outcome = result.problem("1").outcome("1.3");
        assertThat(outcome.status()).isEqualTo(Status.NOT_MET);
        assertThat(outcome.explanation().text()).contains("2 in 2017-04-01 to 2018-03-31", "pro rata 1 per 6 months",
                "1 in 2018-07-01 to 2018-12-31");
    }

    @ParameterizedTest(name = "{0} incident(s) in the last six months: {1}")
    @CsvSource({"1, MET", "2, NOT_MET"})
    @DisplayName("strand 1 row 1.4: anti-social behaviour; a 60% fall exactly is met, 20% is not")
    void antisocialBehaviourSixtyPercent(int recent, Status expected) {
        FamilyFixture family = asbFamily("S14", recent);

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family.build(), d("2018-12-31"));

        assertThat(result.problem("1").identifiedBy()).containsExactly("1.4");
        OutcomeResult outcome = result.problem("1").outcome("1.4");
        assertThat(outcome.status()).isEqualTo(expected);
        assertThat(outcome.explanation().text()).contains("5 in 2017-04-01 to 2018-03-31", "pro rata 2.5 per 6 months",
                recent == 1 ? "a fall of 60%" : "a fall of 20%", "at least 60% needed");
    }

    // ---------------------------------------------------------------------------------------- strand 2

    @ParameterizedTest(name = "absences {0}, {1}, {2} of 100 sessions in the last three terms: {3}")
    @CsvSource({"10, 10, 10, MET", "10, 10, 11, NOT_MET"})
    @DisplayName("strand 2 row 2.1: attendance of 90% or less over the three terms before the quarter identifies (all absence counts); 90% over the last three full terms is met, 89.7% is not")
    void attendanceNinetyPercent(int summer, int autumn, int spring, Status expected) {
        FamilyTimeline family = family("S21").mother("M", "1980-01-01").child("C", "2008-03-01").engaged(ENGAGED)
                // baseline: 13 absences a term, 8 of them authorised: 87% attendance (95% if only unauthorised counted)
                .records(attendance("A1", "C", 2016, SchoolTerm.Term.SUMMER, 8, 5),
                        attendance("A2", "C", 2017, SchoolTerm.Term.AUTUMN, 8, 5),
                        attendance("A3", "C", 2017, SchoolTerm.Term.SPRING, 8, 5))
                // the last three full terms on 31 March 2019, every absence authorised
                .records(attendance("A4", "C", 2017, SchoolTerm.Term.SUMMER, summer, 0),
                        attendance("A5", "C", 2018, SchoolTerm.Term.AUTUMN, autumn, 0),
                        attendance("A6", "C", 2018, SchoolTerm.Term.SPRING, spring, 0))
                .build();

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family, d("2019-03-31"));

        assertThat(result.problem("2").identifiedBy()).containsExactly("2.1");
        assertThat(result.problem("2").indicators().get(0).result().explanation().text())
                .contains("261 of 300 sessions attended");
        OutcomeResult outcome = result.problem("2").outcome("2.1");
        assertThat(outcome.status()).isEqualTo(expected);
        assertThat(outcome.explanation().text())
                .contains((300 - summer - autumn - spring) + " of 300 sessions attended");
        assertThat(result.problem("2").progressMet()).isEqualTo(expected == Status.MET);
    }

    @ParameterizedTest(name = "recent attendance {0}% against a 60% baseline: {1}")
    @CsvSource({"78, MET", "77, NOT_MET"})
    @DisplayName("strand 2 row 2.2: long-standing poor attendance identifies; a 30% improvement is progress on the attendance group even below 90%")
    void attendanceImprovementThirtyPercent(int recentPercent, Status expected) {
        FamilyFixture family = family("S22").mother("M", "1980-01-01").child("C", "2008-03-01").engaged(ENGAGED);
        int[][] baselineTerms = {{2015, 2}, {2016, 0}, {2016, 1}, {2016, 2}, {2017, 0}, {2017, 1}};
        for (int[] term : baselineTerms) {
            family.record(attendance("B" + term[0] + term[1], "C", term[0], SchoolTerm.Term.values()[term[1]], 0, 40));
        }
        family.records(attendance("R1", "C", 2017, SchoolTerm.Term.SUMMER, 0, 100 - recentPercent),
                attendance("R2", "C", 2018, SchoolTerm.Term.AUTUMN, 0, 100 - recentPercent),
                attendance("R3", "C", 2018, SchoolTerm.Term.SPRING, 0, 100 - recentPercent));

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family.build(), d("2019-03-31"));

        assertThat(result.problem("2").identifiedBy()).containsExactly("2.1", "2.2");
        assertThat(result.problem("2").outcome("2.1").status()).isEqualTo(Status.NOT_MET);
        assertThat(result.problem("2").outcome("2.2").status()).isEqualTo(expected);
        assertThat(result.problem("2").outcome("2.2").explanation().text())
                .contains("baseline 180 of 300 sessions attended", "recent " + 3 * recentPercent + " of 300 sessions");
        assertThat(result.problem("2").progressMet()).isEqualTo(expected == Status.MET);
    }

    @ParameterizedTest(name = "{0} fixed-term exclusion(s) in the last three terms: {1}")
    @CsvSource({"2, MET", "3, NOT_MET"})
    @DisplayName("strand 2 row 2.4: three fixed-term exclusions in the baseline terms identify; fewer than three over the last three full terms is progress")
    void fixedTermExclusions(int recent, Status expected) {
        FamilyFixture family = family("S24").mother("M", "1980-01-01").child("C", "2005-03-01").engaged(ENGAGED)
                .records(exclusion("X1", "2017-10-02"), exclusion("X2", "2018-01-15"), exclusion("X3", "2018-03-01"));
        String[] recentDays = {"2018-10-01", "2019-01-14", "2019-03-04"};
        for (int i = 0; i < recent; i++) {
            family.record(exclusion("XR" + i, recentDays[i]));
        }

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family.build(), d("2019-03-31"));

        // three days' exclusion from secondary school is below row 2.6's ten days
        assertThat(result.problem("2").identifiedBy()).containsExactly("2.4");
        assertThat(result.problem("2").outcome("2.4").status()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "row {0} ({1} days, {2}), again on 1 April 2018 {3}, review on {4}: {5}")
    @CsvSource({
        "2.3, PERMANENT, 0, SECONDARY, false, 2019-03-30, TOO_EARLY", "2.3, PERMANENT, 0, SECONDARY, false, 2019-03-31, MET",
        "2.3, PERMANENT, 0, SECONDARY, true, 2019-03-31, NOT_MET",
        "2.5, FIXED_TERM, 5, PRIMARY, false, 2019-03-30, TOO_EARLY", "2.5, FIXED_TERM, 5, PRIMARY, false, 2019-03-31, MET",
        "2.5, FIXED_TERM, 5, PRIMARY, true, 2019-03-31, NOT_MET",
        "2.6, FIXED_TERM, 10, SECONDARY, false, 2019-03-30, TOO_EARLY", "2.6, FIXED_TERM, 10, SECONDARY, false, 2019-03-31, MET",
        "2.6, FIXED_TERM, 10, SECONDARY, true, 2019-03-31, NOT_MET"})
    @DisplayName("strand 2 rows 2.3 ('no permanent exclusion'), 2.5 ('less than 5 days'), 2.6 ('less than 10 days') over "
            + "the last 3 full terms against the 3 before the quarter of intervention: an exclusion on 31 March 2018, the "
            + "last baseline day, identifies; with none since the row is too early on 30 March 2019 and met on 31 March "
            + "2019 (summer 2017/18 to spring 2018/19); the same exclusion again on 1 April 2018 is not met")
    void exclusionNotRepeated(String row, Exclusion.Type type, double days, Exclusion.Phase phase, boolean again,
                              String review, Status expected) {
        FamilyFixture family = family("S2X").mother("M", "1980-01-01")
                .child("C", phase == Exclusion.Phase.PRIMARY ? "2010-03-01" : "2005-03-01").engaged(ENGAGED)
                .record(new Exclusion("X1", "C", d("2018-03-31"), type, days, phase, "school"));
        if (again) {
            family.record(new Exclusion("X2", "C", d("2018-04-01"), type, days, phase, "school"));
        }

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family.build(), d(review));

        assertThat(result.problem("2").identifiedBy()).containsExactly(row);
        assertThat(result.problem("2").outcome(row).status()).isEqualTo(expected);
    }

    // ---------------------------------------------------------------------------------------- strand 3

    @ParameterizedTest(name = "public health vulnerability {0} on {1}: identified {2}")
    @CsvSource({"universal_plus, 2018-05-09, true", "partnership_plus, 2017-05-11, true", "universal, 2018-05-09, false",
        "universal_plus, 2017-05-10, false", "'', '', false"})
    @DisplayName("strand 3 row 3.1 indicator ('Referral made to ECHO Programme'): public health nursing (universal "
            + "health visiting) identifies only with a vulnerability assessed above universal in the twelve months "
            + "before engagement on 10 May 2018 (11 May 2017 to 10 May 2018)")
    void echoReferralNeedsVulnerability(String level, String assessedOn, boolean identified) {
        FamilyFixture family = family("S31E").mother("M", "1990-01-01").child("B", "2017-12-01").engaged(ENGAGED)
                .record(new ServiceEpisode("HV1", "B", null, ServiceEpisode.Service.PUBLIC_HEALTH_NURSING, d("2017-12-10"),
                        null, ServiceEpisode.Status.ONGOING, "health visiting"));
        if (!level.isEmpty()) {
            family.record(new ScoredAssessment("PH1", null, "S31E", AssessmentTool.PUBLIC_HEALTH_VULNERABILITY,
                    d(assessedOn), null, level, "System One"));
        }

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family.build(), d(ENGAGED));

        assertThat(result.problem("3").identifiedBy()).isEqualTo(identified ? List.of("3.1") : List.of());
    }

    @ParameterizedTest(name = "child in need plan ended {0}, protection plan from {1}, review on {2}: {3}")
    @CsvSource({"2018-08-31, '', 2019-02-27, NOT_MET", "2018-08-31, '', 2019-02-28, MET", "'', '', 2019-02-28, NOT_MET",
        "2018-08-31, 2018-08-31, 2019-02-28, NOT_MET", "2018-08-31, 2018-12-01, 2019-02-28, NOT_MET"})
    @DisplayName("strand 3 row 3.2 ('no re-assessment in the following 6 months that results in an escalation ... or a "
            + "successful step down'): a child in need plan open on engagement identifies; the outcome needs the plan to "
            + "have ended with nothing statutory open or begun since for six months (closed on 31 August 2018: met on 28 "
            + "February 2019, not the 27th); a plan that stays open, or a protection plan begun on or after its last day, "
            + "is not met")
    void childInNeedEndedSustained(String ended, String protectionFrom, String review, Status expected) {
        FamilyFixture family = family("S32").mother("M", "1980-01-01").child("C", "2012-01-01").engaged(ENGAGED)
                .record(new SocialCareEpisode("SC1", "C", SocialCareEpisode.Kind.CHILD_IN_NEED, d("2018-02-01"),
                        ended.isEmpty() ? null : d(ended), ended.isEmpty() ? null : SocialCareEpisode.EndReason.CLOSED,
                        "social care"));
        if (!protectionFrom.isEmpty()) {
            family.record(new SocialCareEpisode("SC2", "C", SocialCareEpisode.Kind.CHILD_PROTECTION_PLAN,
                    d(protectionFrom), null, null, "social care"));
        }

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family.build(), d(review));

        assertThat(result.problem("3").identifiedBy()).containsExactly("3.2");
        assertThat(result.problem("3").outcome("3.2").status()).isEqualTo(expected);
        assertThat(result.problem("3").progressMet()).isEqualTo(expected == Status.MET);
    }

    @ParameterizedTest(name = "review on {0}: {1}")
    @CsvSource({"2019-02-27, NOT_MET", "2019-02-28, MET"})
    @DisplayName("strand 3 row 3.3: a child protection plan identifies; stepping down to early help counts once sustained for six months")
    void childProtectionStepDown(String review, Status expected) {
        FamilyTimeline family = family("S33").mother("M", "1980-01-01").child("C", "2012-01-01").engaged(ENGAGED)
                .record(new SocialCareEpisode("SC1", "C", SocialCareEpisode.Kind.CHILD_PROTECTION_PLAN, d("2018-03-01"),
                        d("2018-08-31"), SocialCareEpisode.EndReason.STEPPED_DOWN, "social care"))
                .record(new SocialCareEpisode("SC2", "C", SocialCareEpisode.Kind.EARLY_HELP, d("2018-09-01"), null,
                        null, "early help"))
                .build();

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family, d(review));

        assertThat(result.problem("3").identifiedBy()).containsExactly("3.3");
        assertThat(result.problem("3").outcome("3.3").status()).isEqualTo(expected);
        assertThat(result.problem("3").progressMet()).isEqualTo(expected == Status.MET);
        assertThat(result.problem("3").outcome("3.3").explanation().text()).contains("2018-08-31");
    }

    // ---------------------------------------------------------------------------------------- strand 4

    @ParameterizedTest(name = "review on {0}: claimable {1}")
    @CsvSource({"2018-12-28, false", "2018-12-29, true"})
    @DisplayName("strand 4 row 4.1: a Jobseeker's Allowance claimant identifies; 26 weeks' work off benefit makes the family claimable by continuous employment")
    void continuousEmploymentClaim(String review, boolean claimable) {
        FamilyTimeline family = family("S41").father("F", "1985-01-01").child("C", "2012-01-01").engaged(ENGAGED)
                .record(new BenefitSpell("B1", "F", Benefit.JOBSEEKERS_ALLOWANCE, d("2017-01-01"), d("2018-06-30"), false,
                        ClaimType.SINGLE, "DWP"))
                .record(new EmploymentSpell("E1", "F", EmploymentSpell.Type.EMPLOYED, d("2018-07-01"), null, 37.5, "DWP"))
                // a second problem, strand 6 row 6.2, with no progress yet
                .record(new HealthNeed("H1", "F", HealthNeed.Need.MENTAL_HEALTH, d("2018-01-01"), null, "GP"))
                .build();

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family, d(review));

        assertThat(result.eligible()).isTrue();
        assertThat(result.problem("4").identifiedBy()).containsExactly("4.1");
        assertThat(result.problem("6").identifiedBy()).containsExactly("6.2");
        assertThat(result.problem("6").progressMet()).isFalse();
        assertThat(result.problem("4").outcome("4.1a").status()).isEqualTo(claimable ? Status.MET : Status.NOT_MET);
        assertThat(result.claim().claimable()).isEqualTo(claimable);
        if (claimable) {
            assertThat(result.claim().route()).isEqualTo(ClaimRoute.Route.CONTINUOUS_EMPLOYMENT);
        }
    }

    @ParameterizedTest(name = "in work from {0}, case holder's yes {1}: 4.1a {2}, claim {3}")
    @CsvSource({"'', true, NOT_MET, false", "2018-07-01, false, MET, true", "2018-07-02, true, NOT_MET, false"})
    @DisplayName("strand 4 row 4.1 ('off benefits and into sustained employment ... verified by case holder and/or TFEA "
            + "(with DWP)'): DWP's data must show the work; the case holder's signed-off yes with no employment record "
            + "is not 4.1a and makes no continuous employment claim; 26 weeks from 2 July 2018 are not reached on "
            + "29 December 2018")
    void continuousEmploymentNeedsDwpData(String workFrom, boolean workerYes, Status expected, boolean claimable) {
        FamilyFixture family = family("S41W").father("F", "1985-01-01").child("C", "2012-01-01").engaged(ENGAGED)
                .record(new BenefitSpell("B1", "F", Benefit.JOBSEEKERS_ALLOWANCE, d("2017-01-01"), d("2018-06-30"), false,
                        ClaimType.SINGLE, "DWP"))
                .record(new HealthNeed("H1", "F", HealthNeed.Need.MENTAL_HEALTH, d("2018-01-01"), null, "GP"));
        if (!workFrom.isEmpty()) {
            family.record(new EmploymentSpell("E1", "F", EmploymentSpell.Type.EMPLOYED, d(workFrom), null, 37.5, "DWP"));
        }
        if (workerYes) {
            family.record(answer("W1", "S41W", "4.1a", true, "2018-12-01", "2018-12-05"));
        }

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family.build(), d("2018-12-29"));

        assertThat(result.problem("4").identifiedBy()).containsExactly("4.1");
        assertThat(result.problem("4").outcome("4.1a").status()).isEqualTo(expected);
        assertThat(result.claim().claimable()).isEqualTo(claimable);
        assertThat(result.claim().route()).isEqualTo(claimable ? ClaimRoute.Route.CONTINUOUS_EMPLOYMENT : null);
    }

    @ParameterizedTest(name = "monthly earnings of {0} pence: {1}")
    @CsvSource({"33800, MET", "33799, NOT_MET"})
    @DisplayName("strand 4 row 4.1: a Universal Credit claimant with work-related conditions identifies; £338 a month single for 26 continuous weeks meets the earnings threshold, £337.99 does not")
    void universalCreditEarningsThreshold(long pence, Status expected) {
        FamilyFixture family = family("S41E").mother("M", "1985-01-01").child("C", "2012-01-01").engaged(ENGAGED)
                .record(new BenefitSpell("B1", "M", Benefit.UNIVERSAL_CREDIT, d("2017-01-01"), d("2018-05-31"), true,
                        ClaimType.SINGLE, "DWP"))
                .record(new BenefitSpell("B2", "M", Benefit.UNIVERSAL_CREDIT, d("2018-06-01"), null, false,
                        ClaimType.SINGLE, "DWP"));
        for (int month = 6; month <= 12; month++) {
            LocalDate start = LocalDate.of(2018, month, 1);
            family.record(new EarningsPeriod("EP" + month, "M", start, start.plusMonths(1).minusDays(1),
                    month == 9 ? pence : 40000, ClaimType.SINGLE, "DWP"));
        }

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family.build(), d("2018-12-31"));

        assertThat(result.problem("4").identifiedBy()).containsExactly("4.1");
        assertThat(result.problem("4").outcome("4.1a").status()).isEqualTo(expected);
        assertThat(result.problem("4").outcome("4.1a").explanation().text()).contains("£338");
    }

    @ParameterizedTest(name = "earning {0} pence in the assessment period of engagement: 4.1a {1}")
    @CsvSource({"33799, MET", "33800, NOT_MET"})
    @DisplayName("strand 4 row 4.1: 'achieved' the earnings threshold is a change: a claimant with work-related conditions engaged on 10 May 2018 who earns £400 a month from June meets it on 31 December 2018 if she earned £337.99 in the period covering 10 May, not if she already earned exactly £338")
    void universalCreditEarningsThresholdMustBeAchieved(long may, Status expected) {
        FamilyFixture family = family("S41C").mother("M", "1985-01-01").child("C", "2012-01-01").engaged(ENGAGED)
                .record(new BenefitSpell("B1", "M", Benefit.UNIVERSAL_CREDIT, d("2017-01-01"), null, true,
                        ClaimType.SINGLE, "DWP"));
        for (int month = 5; month <= 12; month++) {
            LocalDate start = LocalDate.of(2018, month, 1);
            family.record(new EarningsPeriod("EP" + month, "M", start, start.plusMonths(1).minusDays(1),
                    month == 5 ? may : 40000, ClaimType.SINGLE, "DWP"));
        }

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family.build(), d("2018-12-31"));

        assertThat(result.problem("4").identifiedBy()).containsExactly("4.1");
        assertThat(result.problem("4").outcome("4.1a").status()).isEqualTo(expected);
        assertThat(result.problem("4").outcome("4.1a").explanation().text()).contains("2018-05-01 to 2018-05-31");
    }

    @Test
    @DisplayName("strand 4 row 4.1: progress towards work (4.1b), judged and signed off by the key worker, is progress on strand 4 without a job")
    void progressTowardsWork() {
        FamilyTimeline family = family("S41B").father("F", "1985-01-01").child("C", "2012-01-01").engaged(ENGAGED)
                .record(new BenefitSpell("B1", "F", Benefit.EMPLOYMENT_SUPPORT_ALLOWANCE, d("2017-01-01"), null, false,
                        ClaimType.SINGLE, "DWP"))
                .record(answer("W1", "S41B", "4.1b", true, "2018-11-20", "2018-11-25"))
                .build();

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family, d("2018-12-31"));

        assertThat(result.problem("4").outcome("4.1a").status()).isEqualTo(Status.NOT_MET);
        assertThat(result.problem("4").outcome("4.1b").status()).isEqualTo(Status.MET);
        assertThat(result.problem("4").progressMet()).isTrue();
        assertThat(result.problem("4").outcome("4.1b").explanation().text()).contains("answered yes to '4.1b'");
    }

    // ---------------------------------------------------------------------------------------- strand 5

    @ParameterizedTest(name = "{0} police-recorded incident(s) in the last six months against 20 in the year before: {1}")
    @CsvSource({"3, MET", "4, NOT_MET"})
    @DisplayName("strand 5 row 5.1: police-recorded domestic abuse identifies; a 70% pro rata fall exactly is met, 60% is not")
    void domesticAbuseSeventyPercent(int recent, Status expected) {
        FamilyFixture family = family("S51").mother("M", "1985-01-01").child("C", "2012-01-01").engaged(ENGAGED);
        for (int i = 0; i < 20; i++) {
            family.record(abuse("DA" + i, "M", d("2017-06-01").plusDays(15L * i), DomesticAbuseIncident.Category.DOMESTIC_ABUSE,
                    DomesticAbuseIncident.Role.VICTIM));
        }
        for (int i = 0; i < recent; i++) {
            family.record(abuse("DR" + i, "M", d("2018-08-01").plusDays(20L * i), DomesticAbuseIncident.Category.DOMESTIC_ABUSE,
                    DomesticAbuseIncident.Role.VICTIM));
        }

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family.build(), d("2018-12-31"));

        assertThat(result.problem("5").identifiedBy()).containsExactly("5.1");
        OutcomeResult outcome = result.problem("5").outcome("5.1");
        assertThat(outcome.status()).isEqualTo(expected);
        assertThat(outcome.explanation().text()).contains("20 in 2017-05-10 to 2018-05-09", "pro rata 10 per 6 months",
                recent + " in 2018-07-01 to 2018-12-31");
    }

    @ParameterizedTest(name = "police-recorded incident since: {0}, agency assessment signed off {1}: {2}")
    @CsvSource({"'', '', MET", "2018-07-01, '', NOT_MET", "2018-06-30, '', MET", "2018-07-01, 2018-12-10, MET",
        "'', 2018-12-10, MET"})
    @DisplayName("strand 5 row 5.3 ('100% pro rata reduction in police recorded incidents ... Agency assessed reduction'): "
            + "either is enough, as in rows 5.1 and 5.2, since the flattened table lost the 'or'; an incident on "
            + "30 June 2018, the day before the last six months, does not stop the fall, one on 1 July 2018 does")
    void childToParentViolenceEitherIsEnough(String since, String signedOn, Status expected) {
        FamilyFixture family = family("S53").mother("M", "1980-01-01").child("C", "2004-01-01").engaged(ENGAGED)
                .record(abuse("CPV1", "C", d("2017-09-01"), DomesticAbuseIncident.Category.CHILD_TO_PARENT_VIOLENCE,
                        DomesticAbuseIncident.Role.PERPETRATOR))
                .record(abuse("CPV2", "C", d("2018-02-01"), DomesticAbuseIncident.Category.CHILD_TO_PARENT_VIOLENCE,
                        DomesticAbuseIncident.Role.PERPETRATOR));
        if (!since.isEmpty()) {
            family.record(abuse("CPV3", "C", d(since), DomesticAbuseIncident.Category.CHILD_TO_PARENT_VIOLENCE,
                    DomesticAbuseIncident.Role.PERPETRATOR));
        }
        if (!signedOn.isEmpty()) {
            family.record(answer("W1", "S53", "5.3", true, "2018-12-01", signedOn));
        }

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family.build(), d("2018-12-31"));

        assertThat(result.problem("5").identifiedBy()).containsExactly("5.3");
        OutcomeResult outcome = result.problem("5").outcome("5.3");
        assertThat(outcome.status()).isEqualTo(expected);
        assertThat(result.problem("5").progressMet()).isEqualTo(expected == Status.MET);
    }

    @Test
    @DisplayName("strand 5 row 5.3: a family identified from a parent's report only, with no police-recorded incident "
            + "and no agency assessment, shows no progress by default")
    void childToParentViolenceNoPoliceBaseline() {
        FamilyTimeline family = family("S53P").mother("M", "1980-01-01").child("C", "2004-01-01").engaged(ENGAGED)
                .record(new DomesticAbuseIncident("CPV1", null, "C", d("2018-03-01"), DomesticAbuseIncident.Role.PERPETRATOR,
                        DomesticAbuseIncident.Category.CHILD_TO_PARENT_VIOLENCE, DomesticAbuseIncident.RecordedBy.SELF_REPORT,
                        "parent"))
                .build();

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family, d("2018-12-31"));

        assertThat(result.problem("5").identifiedBy()).containsExactly("5.3");
        assertThat(result.problem("5").outcome("5.3").status()).isEqualTo(Status.NOT_MET);
        assertThat(result.problem("5").progressMet()).isFalse();
    }

    // ---------------------------------------------------------------------------------------- strand 6

    @ParameterizedTest(name = "worker's answer signed off {0}: {1}")
    @CsvSource({"'', NOT_MET", "2018-11-05, MET"})
    @DisplayName("strand 6 row 6.3: a pregnant 17-year-old identifies; engagement with suitable support is the key worker's signed-off judgement")
    void youngMother(String signedOn, Status expected) {
        FamilyTimeline family = family("S63").mother("M", "1975-01-01")
                .member("D", "2001-01-01", Sex.FEMALE, Role.CHILD, false, null, null).engaged(ENGAGED)
                .record(new HealthNeed("P1", "D", HealthNeed.Need.PREGNANCY, d("2018-02-01"), d("2018-09-30"), "midwife"))
                .record(answer("W1", "S63", "6.3", true, "2018-11-01", signedOn.isEmpty() ? null : signedOn))
                .build();

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family, d("2018-12-31"));

        assertThat(result.problem("6").identifiedBy()).containsExactly("6.3");
        assertThat(result.problem("6").outcome("6.3").status()).isEqualTo(expected);
        assertThat(result.problem("6").outcome("6.3").explanation().text())
                .contains(expected == Status.MET ? "answered yes to '6.3'" : "no signed-off key worker assessment of '6.3'");
    }

    @ParameterizedTest(name = "vulnerability {1} on {0}: identified {2}")
    @CsvSource(delimiter = '|', value = {
        // the day before engagement
        "2018-05-09|partnership_plus|true|latest public_health_vulnerability assessment from 2017-05-11 to 2018-05-10 is partnership_plus on 2018-05-09, level universal_plus or more needed",
        // the first day of the twelve months, and a day older
        "2017-05-11|universal_plus|true|is universal_plus on 2017-05-11",
        "2017-05-10|partnership_plus|false|no public_health_vulnerability assessment from 2017-05-11 to 2018-05-10 (the last was public_health_vulnerability partnership_plus on 2017-05-10)",
        // made after engagement: not known on the day
        "2018-05-11|partnership_plus|false|nobody: family with an assessment of public_health_vulnerability by 2018-05-10",
        // no additional need
        "2018-05-09|universal|false|is universal on 2018-05-09, level universal_plus or more needed"
    })
    @DisplayName("strand 6 row 6.4 indicator: with Family Nurse Partnership support, the public health nurse's latest vulnerability assessment in the twelve months to engagement on 10 May 2018 (11 May 2017 to 10 May 2018) is universal plus or partnership plus")
    void publicHealthNurseAssessedVulnerability(String day, String level, boolean identified, String why) {
        FamilyTimeline family = family("S64").mother("M", "1990-01-01").child("C", "2017-06-01").engaged(ENGAGED)
                .record(new ServiceEpisode("SV1", "M", null, ServiceEpisode.Service.FAMILY_NURSE_PARTNERSHIP, d("2017-07-01"),
                        null, ServiceEpisode.Status.ONGOING, "FNP"))
                .record(new ScoredAssessment("PHN1", null, "S64", AssessmentTool.PUBLIC_HEALTH_VULNERABILITY, d(day), null,
                        level, "System One"))
                .build();

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family, d("2018-12-31"));

        assertThat(result.problem("6").identifiedBy()).isEqualTo(identified ? List.of("6.4") : List.of());
        assertThat(result.problem("6").indicators().stream().filter(i -> i.indicatorId().equals("6.4")).findFirst()
                .orElseThrow().result().explanation().text()).contains(why);
    }

    // ---------------------------------------------------------------------------------------- claims

    @ParameterizedTest(name = "mental health outcome signed off {0}: claimable {1}")
    @CsvSource({"2018-12-15, true", "'', false"})
    @DisplayName("claim (programme, strands 1 and 6): progress on both identified strands makes the family claimable; without it there is no claim")
    void significantAndSustainedProgressClaim(String signedOn, boolean claimable) {
        FamilyTimeline family = asbFamily("S-C", 1)
                .record(new HealthNeed("H1", "M", HealthNeed.Need.MENTAL_HEALTH, d("2018-01-01"), null, "GP"))
                .record(answer("W1", "S-C", "6.2", true, "2018-12-10", signedOn.isEmpty() ? null : signedOn))
                .build();

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family, d("2018-12-31"));

        assertThat(result.eligible()).isTrue();
        assertThat(result.problem("1").progressMet()).isTrue();
        assertThat(result.problem("6").progressMet()).isEqualTo(claimable);
        assertThat(result.claim().claimable()).isEqualTo(claimable);
        if (claimable) {
            assertThat(result.claim().route()).isEqualTo(ClaimRoute.Route.SIGNIFICANT_AND_SUSTAINED_PROGRESS);
        } else {
            assertThat(result.claim().route()).isNull();
            assertThat(result.claim().explanation().text()).contains("no progress yet on problem 6");
        }
    }

    @Test
    @DisplayName("eligibility (programme): a family with one strand identified is not eligible and not claimable, however good its progress")
    void oneProblemIsNotEnough() {
        FamilyEvaluation result = Evaluator.evaluate(PLAN, asbFamily("S-E", 0).build(), d("2018-12-31"));

        assertThat(result.problem("1").progressMet()).isTrue();
        assertThat(result.eligible()).isFalse();
        assertThat(result.eligibility().text()).contains("1 of 6 problems identified on 2018-05-10, at least 2 needed");
        assertThat(result.claim().claimable()).isFalse();
    }

    @Test
    @DisplayName("all strands: a family with records of every kind the plan reads has all six strands identified, and every indicator and outcome evaluates with an explanation at engagement and at four reviews")
    void everyRecordKind() {
        FamilyTimeline family = busyFamily();

        for (String review : List.of(ENGAGED, "2018-08-10", "2018-11-10", "2019-05-10", "2020-03-31")) {
            FamilyEvaluation result = Evaluator.evaluate(PLAN, family, d(review));

            assertThat(result.problemsIdentified()).as("on %s", review).isEqualTo(6);
            assertThat(result.problem("1").identifiedBy()).containsExactly("1.1", "1.2", "1.3", "1.4");
            assertThat(result.problem("3").identifiedBy()).containsExactly("3.1", "3.2");
            assertThat(result.problem("5").identifiedBy()).containsExactly("5.1", "5.2", "5.3");
            assertThat(result.problem("6").identifiedBy()).containsExactly("6.1", "6.2", "6.3", "6.4");
            for (var problem : result.problems()) {
                problem.indicators().forEach(indicator -> assertThat(indicator.result().explanation().text())
                        .as("indicator %s on %s", indicator.indicatorId(), review).isNotBlank());
                problem.outcomes().forEach(outcome -> assertThat(outcome.explanation().text())
                        .as("outcome %s on %s", outcome.outcomeId(), review).isNotBlank());
                assertThat(problem.progress().text()).isNotBlank();
            }
            assertThat(result.claim().explanation().text()).isNotBlank();
        }
    }

    // ---------------------------------------------------------------------------------------- helpers

    private static void assertRows(String problemId, List<String> indicators, List<String> outcomes) {
        Problem problem = PLAN.problem(problemId);
        assertThat(problem.indicators()).extracting(Indicator::id).containsExactlyElementsOf(indicators);
        assertThat(problem.outcomes()).extracting(Outcome::id).containsExactlyElementsOf(outcomes);
    }

    /**
     * Two parents, a primary-school child, a teenage son and a pregnant 17-year-old daughter, with records
     * of every kind the plan reads before and after engaging on 10 May 2018.
     */
    private static FamilyTimeline busyFamily() {
        FamilyFixture family = family("SB").mother("M", "1985-01-01").father("F", "1983-01-01")
                .child("C", "2008-03-01").child("T", "2002-06-01")
                .member("D", "2001-01-01", Sex.FEMALE, Role.CHILD, false, null, null).engaged(ENGAGED)
                .records(offence("O1", "T", "2018-01-10", Disposal.CONVICTION),
                        offence("O2", "T", "2017-12-01", Disposal.DIVERSIONARY_PANEL),
                        offence("O3", "F", "2017-11-01", Disposal.FURTHER_ACTION_TAKEN),
                        offence("O4", "T", "2018-10-01", Disposal.NO_FURTHER_ACTION),
                        new AsbIncident("ASB1", null, "SB", d("2017-09-01"), "police"),
                        new AsbIncident("ASB2", "T", null, d("2018-11-01"), "police"),
                        new AsbIntervention("AI1", "T", AsbIntervention.Type.WARNING_LETTER, d("2018-02-01"), d("2018-02-01"),
                                AsbIntervention.Status.COMPLETED, "police"),
                        new Exclusion("X1", "C", d("2017-10-02"), Exclusion.Type.FIXED_TERM, 5, Exclusion.Phase.PRIMARY, "school"),
                        new EducationSetting("ES1", "T", EducationSetting.Setting.MISSING_EDUCATION, d("2017-09-01"),
                                d("2017-12-31"), "CME officer"),
                        new EducationSetting("ES2", "T", EducationSetting.Setting.MAINSTREAM_SCHOOL, d("2018-01-01"), null, "school"),
                        new EducationSetting("ES3", "C", EducationSetting.Setting.MAINSTREAM_SCHOOL, d("2012-09-01"), null, "school"),
                        new SocialCareEpisode("SC1", "C", SocialCareEpisode.Kind.CHILD_IN_NEED, d("2018-01-01"), d("2018-09-30"),
                                SocialCareEpisode.EndReason.STEPPED_DOWN, "social care"),
                        new SocialCareEpisode("SC2", "C", SocialCareEpisode.Kind.EARLY_HELP, d("2018-10-01"), null, null,
                                "early help"),
                        new Referral("RF1", null, "SB", d("2018-03-01"), Referral.To.EARLY_HELP, null, "MASH"),
                        new BenefitSpell("B1", "F", Benefit.JOBSEEKERS_ALLOWANCE, d("2017-01-01"), d("2018-08-31"), false,
                                ClaimType.COUPLE, "DWP"),
                        new EmploymentSpell("E1", "F", EmploymentSpell.Type.EMPLOYED, d("2018-09-01"), null, 40.0, "DWP"),
                        new EarningsPeriod("EP1", "M", d("2018-06-01"), d("2018-06-30"), 20000, ClaimType.COUPLE, "DWP"),
                        new NeetSpell("N1", "D", NeetSpell.Status.AT_RISK_OF_NEET, d("2018-01-01"), d("2018-07-31"), "school"),
                        new FinancialReading("FR1", "SB", null, d("2018-02-01"), FinancialReading.Debt.RENT_ARREARS, 90000,
                                FinancialReading.Sanction.NOTICE_SEEKING_POSSESSION, "housing"),
                        new ServiceEpisode("SV1", null, "SB", ServiceEpisode.Service.FOOD_BANK, d("2018-03-01"), d("2018-03-01"),
                                ServiceEpisode.Status.COMPLETED, "food bank"),
                        new ServiceEpisode("SV2", "D", null, ServiceEpisode.Service.FAMILY_NURSE_PARTNERSHIP, d("2018-03-01"), null,
                                ServiceEpisode.Status.ONGOING, "FNP"),
                        new ScoredAssessment("AS1", "M", null, AssessmentTool.DASH_RIC, d("2018-04-01"), 15.0, null, "IDVA"),
                        new ScoredAssessment("AS2", "M", null, AssessmentTool.DASH_RIC, d("2018-10-01"), 8.0, null, "IDVA"),
                        new ScoredAssessment("AS3", null, "SB", AssessmentTool.PUBLIC_HEALTH_VULNERABILITY, d("2018-04-01"), null,
                                "partnership_plus", "System One"),
                        new ScoredAssessment("AS4", null, "SB", AssessmentTool.PUBLIC_HEALTH_VULNERABILITY, d("2018-11-01"), null,
                                "universal_plus", "System One"),
                        new HealthNeed("H1", "M", HealthNeed.Need.MENTAL_HEALTH, d("2017-01-01"), null, "GP"),
                        new HealthNeed("H2", "F", HealthNeed.Need.ALCOHOL_MISUSE, d("2017-06-01"), null, "GP"),
                        new HealthNeed("H3", "D", HealthNeed.Need.PREGNANCY, d("2018-02-01"), d("2018-09-30"), "midwife"),
                        abuse("DA1", "M", d("2018-01-05"), DomesticAbuseIncident.Category.DOMESTIC_ABUSE,
                                DomesticAbuseIncident.Role.VICTIM),
                        abuse("DA2", "M", d("2018-02-05"), DomesticAbuseIncident.Category.SEXUAL_VIOLENCE,
                                DomesticAbuseIncident.Role.VICTIM),
                        new DomesticAbuseIncident("DA3", null, "C", d("2018-03-01"), DomesticAbuseIncident.Role.PERPETRATOR,
                                DomesticAbuseIncident.Category.CHILD_TO_PARENT_VIOLENCE, DomesticAbuseIncident.RecordedBy.SELF_REPORT,
                                "parent"),
                        new ProfessionalConcern("CN1", "SB", null, Theme.WORK_AND_MONEY, d("2018-04-01"), "housing officer", "hub"),
                        answer("W1", "SB", "6.2", true, "2018-11-01", "2018-11-05"),
                        answer("W2", "SB", "4.4", false, "2018-11-01", "2018-11-05"));
        for (int year = 2015; year <= 2019; year++) {
            for (SchoolTerm.Term term : SchoolTerm.Term.values()) {
                family.record(attendance("A" + year + term, "C", year, term, 5, 10));
                family.record(attendance("AT" + year + term, "T", year, term, 0, 20));
            }
        }
        return family.build();
    }

    private static FamilyFixture family(String id) {
        return FamilyFixture.family(id);
    }

    /** A mother and child with five police-recorded ASB incidents in the four quarters and some recent ones. */
    private static FamilyFixture asbFamily(String id, int recent) {
        FamilyFixture family = family(id).mother("M", "1980-01-01").child("C", "2012-01-01").engaged(ENGAGED);
        List<String> baseline = List.of("2017-04-15", "2017-06-15", "2017-09-15", "2017-12-15", "2018-03-15");
        for (int i = 0; i < baseline.size(); i++) {
            family.record(new AsbIncident("ASB" + i, null, id, d(baseline.get(i)), "police"));
        }
        List<String> later = List.of("2018-10-01", "2018-11-01");
        for (int i = 0; i < recent; i++) {
            family.record(new AsbIncident("ASB-R" + i, null, id, d(later.get(i)), "police"));
        }
        return family;
    }

    private static Offence offence(String id, String person, String day, Disposal disposal) {
        return new Offence(id, person, d(day), disposal, false, null, "YOS");
    }

    private static TermAttendance attendance(String id, String person, int academicYear, SchoolTerm.Term term,
                                             int authorised, int unauthorised) {
        return new TermAttendance(id, person, FamilyFixture.CALENDAR.term(academicYear, term), 100, authorised,
                unauthorised, "URN1", "school census");
    }

    private static Exclusion exclusion(String id, String day) {
        return new Exclusion(id, "C", d(day), Exclusion.Type.FIXED_TERM, 1, Exclusion.Phase.SECONDARY, "school");
    }

    private static DomesticAbuseIncident abuse(String id, String person, LocalDate day,
                                               DomesticAbuseIncident.Category category, DomesticAbuseIncident.Role role) {
        return new DomesticAbuseIncident(id, null, person, day, role, category,
                DomesticAbuseIncident.RecordedBy.POLICE, "police");
    }

    private static WorkerAssessment answer(String id, String familyId, String question, boolean yes, String on,
                                           String signedOn) {
        return new WorkerAssessment(id, familyId, null, question, yes, d(on), "KW1", signedOn == null ? null : d(signedOn),
                signedOn == null ? null : "TM1", signedOn == null ? null : "team manager", "case system");
    }
}
