package org.hearth.engine.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.engine.testing.FamilyFixture.d;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.hearth.engine.evaluation.Evaluator;
import org.hearth.engine.evaluation.FamilyEvaluation;
import org.hearth.engine.evaluation.IndicatorResult;
import org.hearth.engine.evaluation.OutcomeResult;
import org.hearth.engine.evaluation.ProblemEvaluation;
import org.hearth.engine.plan.Plan;
import org.hearth.engine.plan.PlanLoader;
import org.hearth.engine.testing.FamilyFixture;
import org.hearth.engine.timeline.AsbIncident;
import org.hearth.engine.timeline.AsbIntervention;
import org.hearth.engine.timeline.AssessmentTool;
import org.hearth.engine.timeline.BenefitSpell;
import org.hearth.engine.timeline.BenefitSpell.Benefit;
import org.hearth.engine.timeline.BenefitSpell.ClaimType;
import org.hearth.engine.timeline.DomesticAbuseIncident;
import org.hearth.engine.timeline.EarningsPeriod;
import org.hearth.engine.timeline.EducationSetting;
import org.hearth.engine.timeline.EmploymentSpell;
import org.hearth.engine.timeline.Exclusion;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.FinancialReading;
import org.hearth.engine.timeline.HealthEvent;
import org.hearth.engine.timeline.HealthNeed;
import org.hearth.engine.timeline.Intervention;
import org.hearth.engine.timeline.JusticeOrder;
import org.hearth.engine.timeline.MissingEpisode;
import org.hearth.engine.timeline.NeetSpell;
import org.hearth.engine.timeline.Offence;
import org.hearth.engine.timeline.Person;
import org.hearth.engine.timeline.PoliceCallout;
import org.hearth.engine.timeline.ProfessionalConcern;
import org.hearth.engine.timeline.Referral;
import org.hearth.engine.timeline.SchoolTerm;
import org.hearth.engine.timeline.ScoredAssessment;
import org.hearth.engine.timeline.ServiceEpisode;
import org.hearth.engine.timeline.SocialCareEpisode;
import org.hearth.engine.timeline.SocialCareEpisode.Kind;
import org.hearth.engine.timeline.TermAttendance;
import org.hearth.engine.timeline.Vocabulary.Role;
import org.hearth.engine.timeline.Vocabulary.Sex;
import org.hearth.engine.timeline.Vocabulary.Theme;
import org.hearth.engine.timeline.Vocabulary.Tier;
import org.hearth.engine.timeline.WorkerAssessment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Both plans run over one family that has records of every kind, so that every indicator and every
 * outcome of each plan is evaluated, at engagement and at later reviews, and must give an explanation.
 * Loading a plan checks its form; this checks that every measure in it can be evaluated on real data.
 * The identifications at engagement are asserted in full: they exercise most indicators at once.
 *
 * <p>The family: a mother who turned 17 a month before engagement on 1 June 2015 and gave birth at 16
 * in January 2015; a father on Jobseeker's Allowance and on licence, in work from July 2015; a
 * 14-year-old with a conviction, a warning letter, a pupil referral unit place and an alcohol problem;
 * a 2-year-old on a child protection plan, referred to early help, with no nursery place yet.
 */
class SouthwarkAndSunderlandEveryRecordKindTest {
    private static final String FAMILY = "ALL1";

    @ParameterizedTest(name = "{0}")
    @DisplayName("Southwark and Sunderland: every indicator and outcome evaluates with an explanation on a family "
            + "with records of every kind, identifying it as the encoding says")
    @CsvSource({"southwark", "sunderland"})
    void everyMeasureEvaluates(String planId) {
        Plan plan = PlanLoader.withBuiltInSchema().load(Path.of("../plans/" + planId + ".yaml"));
        FamilyTimeline family = everyKindOfRecord();

        for (String review : List.of("2015-06-01", "2015-11-30", "2016-03-31", "2016-09-30", "2017-07-31")) {
            FamilyEvaluation result = Evaluator.evaluate(plan, family, d(review));

            assertThat(result.problems()).hasSize(6);
            for (ProblemEvaluation problem : result.problems()) {
                assertThat(problem.indicators()).hasSize(plan.problem(problem.problemId()).indicators().size());
                for (IndicatorResult indicator : problem.indicators()) {
                    assertThat(indicator.result().explanation().text()).as(indicator.indicatorId()).isNotBlank();
                }
                assertThat(problem.outcomes()).hasSize(plan.problem(problem.problemId()).outcomes().size());
                for (OutcomeResult outcome : problem.outcomes()) {
                    assertThat(outcome.explanation().text()).as(outcome.outcomeId() + " on " + review).isNotBlank();
                }
                assertThat(problem.progress().text()).isNotBlank();
            }
            assertThat(result.claim().explanation().text()).isNotBlank();
        }
        FamilyEvaluation atEngagement = Evaluator.evaluate(plan, family, d("2015-06-01"));
        Map<String, List<String>> expected = planId.equals("southwark") ? Map.of(
                "1", List.of("1A", "1B", "1C", "1E"),
                "2", List.of("2A", "2F"),
                "3", List.of("3A", "3E", "3H"),
                "4", List.of("4A", "4C"),
                "5", List.of("5A", "5B", "5C"),
                // the 17-year-old mother is not a parent aged 18 or over (6A) but is a child (6B)
                "6", List.of("6B", "6D", "6E", "6F"))
            : Map.of(
                "1", List.of("1a", "1b", "1c"),
                "2", List.of("2a", "2d"),
                "3", List.of("3a", "3c", "3d", "3e"),
                "4", List.of("4a", "4b"),
                "5", List.of("5a", "5b", "5c"),
                "6", List.of("6a", "6b", "6c", "6d"));
        expected.forEach((problem, by) -> assertThat(atEngagement.problem(problem).identifiedBy()).as(problem)
                .containsExactlyElementsOf(by));
    }

    private static FamilyTimeline everyKindOfRecord() {
        Person baby = new Person("B1", d("2015-01-20"), Sex.UNKNOWN, "M1", null);
        FamilyFixture fixture = FamilyFixture.family(FAMILY).mother("M1", "1998-05-01").father("D1", "1980-01-01")
                .child("C1", "2001-03-03").child("C2", "2012-06-06").member(baby, Role.CHILD, false, null, null)
                .intervention(new Intervention("I1", FAMILY, d("2015-06-01"), "KW1", "Early Help", Tier.CHILD_IN_NEED,
                        List.of(new Intervention.TierChange("TC1", d("2015-12-01"), Tier.TARGETED_EARLY_HELP, null)),
                        d("2016-01-15"), "plan completed"));
        fixture.records(
                new Offence("OF1", "C1", d("2015-01-01"), Offence.Disposal.CONVICTION, false, null, "YOS"),
                new Offence("OF2", "D1", d("2015-02-01"), Offence.Disposal.CAUTION, false, null, "police"),
                new AsbIncident("AI1", null, FAMILY, d("2015-03-01"), "ASB team"),
                new AsbIntervention("AV1", "C1", AsbIntervention.Type.WARNING_LETTER, d("2015-01-01"), d("2015-09-01"),
                        AsbIntervention.Status.COMPLETED, "ASB team"),
                new PoliceCallout("PC1", FAMILY, null, d("2015-04-01"), true, false, "police"),
                new Exclusion("EX1", "C1", d("2015-02-02"), Exclusion.Type.FIXED_TERM, 2.5, Exclusion.Phase.SECONDARY,
                        "school"),
                new Exclusion("EX2", "C2", d("2016-02-02"), Exclusion.Type.PERMANENT, 0, Exclusion.Phase.PRIMARY,
                        "school"),
                new EducationSetting("ED1", "C1", EducationSetting.Setting.PUPIL_REFERRAL_UNIT, d("2015-01-01"), null,
                        "school census"),
                socialCare("SC1", "C2", Kind.CHILD_PROTECTION_PLAN, "2015-01-01", "2015-08-01",
                        SocialCareEpisode.EndReason.STEPPED_DOWN),
                socialCare("SC2", "C2", Kind.CHILD_IN_NEED, "2015-08-01", "2015-10-01", null),
                socialCare("SC3", "C1", Kind.EDGE_OF_CARE, "2015-03-01", "2015-07-01", null),
                socialCare("SC4", "C1", Kind.LOOKED_AFTER, "2014-09-01", "2015-07-01",
                        SocialCareEpisode.EndReason.RETURNED_HOME),
                socialCare("SC5", "B1", Kind.EARLY_HELP_ASSESSMENT, "2015-03-01", "2015-04-01", null),
                socialCare("SC6", "C2", Kind.SINGLE_ASSESSMENT, "2015-03-01", "2015-04-01", null),
                new Referral("RF1", "C2", null, d("2015-03-01"), Referral.To.EARLY_HELP, Theme.CHILDREN_NEED_HELP, "MASH"),
                new Referral("RF2", null, FAMILY, d("2015-03-01"), Referral.To.MARAC, Theme.DOMESTIC_ABUSE, "MARAC"),
                new Referral("RF3", null, FAMILY, d("2015-04-01"), Referral.To.MASH, Theme.DOMESTIC_ABUSE, "MASH"),
                new MissingEpisode("MI1", "C1", d("2015-04-01"), d("2015-04-02"), "police"),
                new BenefitSpell("BS1", "D1", Benefit.JOBSEEKERS_ALLOWANCE, d("2015-01-01"), d("2015-07-01"), false,
                        ClaimType.COUPLE, "DWP"),
                new BenefitSpell("BS2", "M1", Benefit.UNIVERSAL_CREDIT, d("2015-01-01"), null, true, ClaimType.COUPLE,
                        "DWP"),
                new EmploymentSpell("EM1", "D1", EmploymentSpell.Type.EMPLOYED, d("2015-07-06"), null, 30.0, "DWP"),
                new EarningsPeriod("EP1", "M1", d("2015-09-01"), d("2015-09-30"), 40000, ClaimType.COUPLE, "DWP"),
                new NeetSpell("NE1", "C1", NeetSpell.Status.AT_RISK_OF_NEET, d("2015-01-01"), null, "Connexions"),
                new FinancialReading("FR1", FAMILY, null, d("2015-05-01"), FinancialReading.Debt.RENT_ARREARS, 60000,
                        FinancialReading.Sanction.WARNING, "housing"),
                new FinancialReading("FR2", FAMILY, null, d("2015-12-01"), FinancialReading.Debt.RENT_ARREARS, 40000,
                        FinancialReading.Sanction.WARNING, "housing"),
                new HealthEvent("HE1", "M1", d("2015-03-01"), HealthEvent.Type.HOSPITAL_ADMISSION, "hospital"),
                new HealthEvent("HE2", "M1", d("2015-03-02"), HealthEvent.Type.AE_ATTENDANCE, "hospital"),
                new HealthNeed("HN1", "M1", HealthNeed.Need.MENTAL_HEALTH, d("2015-01-01"), null, "GP"),
                new HealthNeed("HN2", "C1", HealthNeed.Need.ALCOHOL_MISUSE, d("2015-01-01"), null, "YDAP"),
                new HealthNeed("HN3", "D1", HealthNeed.Need.LONG_TERM_CONDITION, d("2015-01-01"), null, "GP"),
                new JusticeOrder("JO1", "D1", JusticeOrder.Type.LICENCE, d("2015-01-01"), d("2015-12-01"), "probation"),
                new JusticeOrder("JO2", "D1", JusticeOrder.Type.CUSTODY, d("2016-02-01"), d("2016-10-01"), "probation"),
                new ProfessionalConcern("CN1", FAMILY, null, Theme.HEALTH, d("2015-03-01"), "GP", "hub"),
                new DomesticAbuseIncident("DA1", FAMILY, "M1", d("2015-04-01"), DomesticAbuseIncident.Role.VICTIM,
                        DomesticAbuseIncident.Category.DOMESTIC_ABUSE, DomesticAbuseIncident.RecordedBy.POLICE, "police"),
                new DomesticAbuseIncident("DA2", FAMILY, "D1", d("2015-04-01"), DomesticAbuseIncident.Role.PERPETRATOR,
                        DomesticAbuseIncident.Category.DOMESTIC_ABUSE, DomesticAbuseIncident.RecordedBy.POLICE, "police"),
                new WorkerAssessment("WA1", FAMILY, null, "6.5", true, d("2015-10-01"), "KW1", d("2015-10-02"), "TM1",
                        "team manager", "case system"));
        int n = 0;
        // one episode of every service, alternately completed in November 2015 and still open
        for (ServiceEpisode.Service service : ServiceEpisode.Service.values()) {
            boolean open = n++ % 2 == 1;
            fixture.record(new ServiceEpisode("SV" + n, service == ServiceEpisode.Service.EARLY_EDUCATION_FUNDING
                    ? "C2" : "D1", null, service, d("2015-07-01"), open ? null : d("2015-11-01"),
                    open ? ServiceEpisode.Status.ONGOING : ServiceEpisode.Status.COMPLETED, "provider"));
        }
        // three completions of every tool, four months apart, each better than the last
        for (AssessmentTool tool : AssessmentTool.values()) {
            String person = tool == AssessmentTool.SDQ || tool == AssessmentTool.CSE_RISK ? "C1" : "M1";
            for (int k = 0; k < 3; k++) {
                String level = tool.levelled() ? tool.levels().get(tool.levels().size() - 1 - k) : null;
                double step = tool.better() == AssessmentTool.Better.LOWER ? -5 * k : 5 * k;
                fixture.record(new ScoredAssessment("AS" + n++, person, null, tool, d("2015-05-01").plusMonths(4L * k),
                        tool.levelled() ? null : 20 + step, level, "case system"));
            }
        }
        // C1 misses 17% of sessions every term, C2 6%
        for (SchoolTerm term : FamilyFixture.CALENDAR.terms()) {
            if (term.academicYear() >= 2013 && term.academicYear() <= 2016) {
                fixture.record(new TermAttendance("TA" + n++, "C1", term, 100, 5, 12, "100003", "school census"));
                fixture.record(new TermAttendance("TA" + n++, "C2", term, 100, 3, 3, "100004", "school census"));
            }
        }
        return fixture.build();
    }

    private static SocialCareEpisode socialCare(String id, String person, Kind kind, String from, String to,
                                                SocialCareEpisode.EndReason reason) {
        return new SocialCareEpisode(id, person, kind, d(from), d(to), reason, "case system");
    }
}
