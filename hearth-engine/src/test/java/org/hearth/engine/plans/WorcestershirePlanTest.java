package org.hearth.engine.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.engine.testing.FamilyFixture.d;

import java.nio.file.Path;
import java.util.List;

import org.hearth.engine.evaluation.Evaluator;
import org.hearth.engine.evaluation.FamilyEvaluation;
import org.hearth.engine.evaluation.OutcomeResult;
import org.hearth.engine.measure.Period;
import org.hearth.engine.measure.Status;
import org.hearth.engine.measure.WorkerAssessmentSignedOff;
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
import org.hearth.engine.timeline.BenefitSpell;
import org.hearth.engine.timeline.BenefitSpell.Benefit;
import org.hearth.engine.timeline.DomesticAbuseIncident;
import org.hearth.engine.timeline.EducationSetting;
import org.hearth.engine.timeline.EmploymentSpell;
import org.hearth.engine.timeline.Exclusion;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.FinancialReading;
import org.hearth.engine.timeline.HealthNeed;
import org.hearth.engine.timeline.Intervention;
import org.hearth.engine.timeline.Offence;
import org.hearth.engine.timeline.Offence.Disposal;
import org.hearth.engine.timeline.PoliceCallout;
import org.hearth.engine.timeline.ProfessionalConcern;
import org.hearth.engine.timeline.SchoolTerm;
import org.hearth.engine.timeline.ScoredAssessment;
import org.hearth.engine.timeline.ServiceEpisode;
import org.hearth.engine.timeline.SocialCareEpisode;
import org.hearth.engine.timeline.TermAttendance;
import org.hearth.engine.timeline.Vocabulary.Theme;
import org.hearth.engine.timeline.Vocabulary.Tier;
import org.hearth.engine.timeline.WorkerAssessment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Worcestershire's Stronger Families Outcomes Plan 2015/16 (plans/worcestershire.yaml) run on synthetic
 * families. Each test names the theme and row it checks, with Hearth's row numbers. Families engage on
 * 1 June 2015 unless a test says otherwise; "the last six months" to 31 March 2016 are 1 October 2015 to
 * 31 March 2016 (note 5).
 */
class WorcestershirePlanTest {
    private static final Plan PLAN = PlanLoader.withBuiltInSchema().load(Path.of("../plans/worcestershire.yaml"));
    private static final String ENGAGED = "2015-06-01";

    // ---------------------------------------------------------------------------------------- the file

    @Test
    @DisplayName("every family level outcome row of the six themes is encoded, numbered in source order, each with its baseline's indicator and both a significant and a sustained test")
    void everyRowIsEncoded() {
        assertThat(PLAN.problems()).extracting(Problem::id).containsExactly("1", "2", "3", "4", "5", "6");
        assertRows("1", "1.1", "1.2", "1.3");
        assertRows("2", "2.1", "2.2", "2.3");
        assertRows("3", "3.1", "3.2");
        assertRows("4", "4.1", "4.2", "4.3");
        assertRows("5", "5.1", "5.2", "5.3");
        assertRows("6", "6.1", "6.2", "6.3", "6.4");
        for (Problem problem : PLAN.problems()) {
            for (Outcome outcome : problem.outcomes()) {
                assertThat(outcome.twoPart()).as("outcome %s", outcome.id()).isTrue();
                assertThat(outcome.significant()).as("outcome %s", outcome.id()).isNotNull();
                assertThat(outcome.sustained()).as("outcome %s", outcome.id()).isNotNull();
                assertThat(outcome.appliesWhenIdentifiedBy()).as("outcome %s", outcome.id()).contains(outcome.id());
                assertThat(outcome.sourceRef()).as("outcome %s", outcome.id())
                        .contains("theme " + problem.id()).contains("numbered " + outcome.id() + " by Hearth");
                assertThat(outcome.evidence()).as("outcome %s", outcome.id()).isNotEmpty();
            }
            for (Indicator indicator : problem.indicators()) {
                assertThat(indicator.sourceRef()).as("indicator %s", indicator.id())
                        .contains("theme " + problem.id()).contains("baseline column")
                        .contains("numbered " + indicator.id() + " by Hearth");
            }
        }
        assertThat(PLAN.outcome("4.2").appliesWhenIdentifiedBy()).containsExactly("4.1", "4.2");
    }

    @Test
    @DisplayName("programme: two issues, a family includes someone under 18 (note 1); progress claims need the lead worker's judgement, employment claims do not")
    void programme() {
        assertThat(PLAN.programme().eligibility().minimumProblems()).isEqualTo(2);
        assertThat(PLAN.programme().eligibility().childUnderAge()).isEqualTo(18);
        ClaimRoute progress = PLAN.programme().claimRoutes().get(0);
        assertThat(progress.route()).isEqualTo(ClaimRoute.Route.SIGNIFICANT_AND_SUSTAINED_PROGRESS);
        assertThat(progress.requires()).isEqualTo(new WorkerAssessmentSignedOff("lead_worker_judgement", Period.ofMonths(6)));
        ClaimRoute employment = PLAN.programme().claimRoutes().get(1);
        assertThat(employment.route()).isEqualTo(ClaimRoute.Route.CONTINUOUS_EMPLOYMENT);
        assertThat(employment.outcome()).isEqualTo("4.1");
        assertThat(employment.requires()).isNull();
        assertThat(PLAN.problem("4").progress().groups()).containsExactly(List.of("4.1", "4.2"), List.of("4.3"));
        assertThat(PLAN.problem("1").progress()).isEqualTo(ProgressRule.ALL_RELEVANT_OUTCOMES);
    }

    @Test
    @DisplayName("every indicator and outcome with decisions has a row in docs/plan-decisions/worcestershire.md")
    void decisionsAreDocumented() {
        PlanDecisionDocs.assertEveryDecidedRowIsInTheTable(PLAN, Path.of("../docs/plan-decisions/worcestershire.md"));
    }

    // ---------------------------------------------------------------------------------------- theme 1

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "each young person's offending fell by a third or more, MET",
        "the younger one's did not fall though the family's did, NOT_MET",
        "a serious crime in the last six months, NOT_MET",
        "no fall but the seriousness fell (signed-off judgement), MET",
        "no fall and no judgement, NOT_MET"})
    @DisplayName("theme 1 row 1.1: a young person's proven offence identifies; a 33% fall per young person AND no serious crime, OR a significant fall in seriousness")
    void youthOffendingPerYoungPerson(String scenario, Status expected) {
        FamilyFixture family = FamilyFixture.family("W11").mother("M", "1975-01-01")
                .child("Y1", "2000-01-01").child("Y2", "2001-01-01").engaged(ENGAGED)
                // the 12 months before intervention: Y1 4 offences (2 per six months pro rata), Y2 2 (1 per six months)
                .records(offence("O1", "Y1", "2014-07-01", false), offence("O2", "Y1", "2014-09-01", false),
                        offence("O3", "Y1", "2014-11-01", false), offence("O4", "Y1", "2015-01-01", false),
                        offence("O5", "Y2", "2014-08-01", false), offence("O6", "Y2", "2015-02-01", false));
        switch (scenario.substring(0, 8)) {
            case "each you" -> family.record(offence("R1", "Y1", "2015-11-10", false));
            case "the youn" -> family.record(offence("R1", "Y2", "2015-11-10", false));
            case "a seriou" -> family.record(offence("R1", "Y1", "2015-11-10", true));
            case "no fall " -> {
                family.records(offence("R1", "Y1", "2015-10-15", false), offence("R2", "Y1", "2015-11-15", false),
                        offence("R3", "Y1", "2016-02-15", false));
                if (scenario.contains("judgement)")) {
                    family.record(answer("W1", "W11", "1.1", true, "2016-03-20", "2016-03-25"));
                }
            }
            default -> throw new IllegalArgumentException(scenario);
        }

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family.build(), d("2016-03-31"));

        assertThat(result.problem("1").identifiedBy()).containsExactly("1.1");
        OutcomeResult outcome = result.problem("1").outcome("1.1");
        assertThat(outcome.status()).isEqualTo(expected);
        String text = outcome.explanation().text();
        if (!scenario.contains("judgement)")) {
            // a met alternative explains itself only; the judged scenario is explained by the judgement
            assertThat(text).contains("per person", "2014-06-01 to 2015-05-31", "2015-10-01 to 2016-03-31");
        } else {
            assertThat(text).contains("answered yes to '1.1'", "offences where serious = true", ": 0 found");
        }
        if (scenario.startsWith("the younger")) {
            assertThat(text).contains("1 of 2 with any in the baseline show the fall");
        }
        if (scenario.startsWith("a serious")) {
            assertThat(text).contains("offences where serious = true for children in 2015-10-01 to 2016-03-31: 1 found");
        }
    }

    @ParameterizedTest(name = "{0} adult offence(s) since, on {1}: 1.2 {2}")
    @CsvSource({"1, 2016-02-15, MET", "1, 2015-10-01, MET", "2, 2016-02-15, NOT_MET", "0, '', MET"})
    @DisplayName("theme 1 rows 1.1-1.3 ('at least a 33% reduction ...' in the last 6 months), shown on row 1.2: significant "
            + "progress is the fall over the last six months, not the latest three, so 3 adult offences in the 12 months "
            + "before and 1 in the last six months (a 33.3% fall) is met on 31 March 2016 even when that offence was in "
            + "February 2016; 2 is not")
    void offendingSignificantOverSixMonths(int since, String on, Status expected) {
        FamilyFixture family = FamilyFixture.family("W12").mother("M", "1980-01-01").child("C", "2008-01-01")
                .engaged(ENGAGED)
                .records(offence("O1", "M", "2014-07-01", false), offence("O2", "M", "2014-10-01", false),
                        offence("O3", "M", "2015-02-01", false));
        for (int i = 0; i < since; i++) {
            family.record(offence("R" + i, "M", i == 0 ? on : "2016-03-01", false));
        }

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family.build(), d("2016-03-31"));

        assertThat(result.problem("1").identifiedBy()).containsExactly("1.2");
        OutcomeResult outcome = result.problem("1").outcome("1.2");
        assertThat(outcome.status()).isEqualTo(expected);
        assertThat(outcome.explanation().text()).contains("significant progress " + words(expected.name()));
    }

    // ---------------------------------------------------------------------------------------- theme 2

    @ParameterizedTest(name = "review {0}, {1} of 100 sessions missed each term: {2}")
    @CsvSource({
        "2016-03-31, 14, MET",
        "2016-03-31, 15, NOT_MET",
        "2016-03-31, 12, MET",
        "2016-04-01, 12, NOT_MET",
        "2016-04-01, 10, NOT_MET",
        "2016-04-01, 9, MET"})
    @DisplayName("theme 2 row 2.2: 15% absence over the last three terms identifies; under 15% is progress, under 10% for claims from 1 April 2016")
    void absenceThresholdFallsOnFirstApril2016(String review, int missed, Status expected) {
        FamilyTimeline family = FamilyFixture.family("W22").mother("M", "1980-01-01").child("C", "2005-03-01")
                .engaged(ENGAGED)
                // the three terms before intervention: 20% absence
                .records(attendance("B1", 2013, SchoolTerm.Term.SUMMER, 20), attendance("B2", 2014, SchoolTerm.Term.AUTUMN, 20),
                        attendance("B3", 2014, SchoolTerm.Term.SPRING, 20))
                // the last three terms to March 2016: summer 2015, autumn 2015, spring 2016
                .records(attendance("R1", 2014, SchoolTerm.Term.SUMMER, missed),
                        attendance("R2", 2015, SchoolTerm.Term.AUTUMN, missed),
                        attendance("R3", 2015, SchoolTerm.Term.SPRING, missed))
                .build();

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family, d(review));

        assertThat(result.problem("2").identifiedBy()).containsExactly("2.2");
        OutcomeResult outcome = result.problem("2").outcome("2.2");
        assertThat(outcome.status()).isEqualTo(expected);
        String threshold = d(review).isBefore(d("2016-04-01")) ? "15%" : "10%";
        assertThat(outcome.explanation().text()).contains(3 * missed + " of 300 sessions missed", "below " + threshold);
    }

    @ParameterizedTest(name = "absence per term {0}: 2.2 {1}")
    @CsvSource({"10 10 16, MET", "15 15 15, NOT_MET", "16 10 10, MET"})
    @DisplayName("theme 2 row 2.2 ('less than 15% school absences' over the last 3 consecutive terms): significant "
            + "progress is tested over the three terms, not the latest term alone, so 12% over summer 2015 to spring "
            + "2016 is met on 31 March 2016 though spring 2016 alone had 16%; exactly 15% is not below 15%")
    void absenceSignificantOverThreeTerms(String perTerm, Status expected) {
        String[] missed = perTerm.split(" ");
        FamilyTimeline family = FamilyFixture.family("W22S").mother("M", "1980-01-01").child("C", "2005-03-01")
                .engaged(ENGAGED)
                .records(attendance("B1", 2013, SchoolTerm.Term.SUMMER, 20), attendance("B2", 2014, SchoolTerm.Term.AUTUMN, 20),
                        attendance("B3", 2014, SchoolTerm.Term.SPRING, 20))
                .records(attendance("R1", 2014, SchoolTerm.Term.SUMMER, Integer.parseInt(missed[0])),
                        attendance("R2", 2015, SchoolTerm.Term.AUTUMN, Integer.parseInt(missed[1])),
                        attendance("R3", 2015, SchoolTerm.Term.SPRING, Integer.parseInt(missed[2])))
                .build();

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family, d("2016-03-31"));

        assertThat(result.problem("2").identifiedBy()).containsExactly("2.2");
        OutcomeResult outcome = result.problem("2").outcome("2.2");
        assertThat(outcome.status()).isEqualTo(expected);
        assertThat(outcome.explanation().text()).contains("significant progress " + words(expected.name()),
                "sustained " + words(expected.name()));
    }

    @Test
    @DisplayName("theme 2 row 2.3 and docs/evaluation.md §3: engaged 1 June 2015, during the summer term, a review on "
            + "31 March 2016 is too early for 2.3 (in school throughout terms that must each start on or after "
            + "engagement), though 2.2's attendance over the same terms, which need only end after it, can be tested")
    void statusThroughoutTermsStartsAfterIdentification() {
        FamilyFixture family = FamilyFixture.family("W23E").mother("M", "1980-01-01").child("C", "2005-03-01")
                .engaged(ENGAGED)
                .records(new EducationSetting("ES1", "C", EducationSetting.Setting.MISSING_EDUCATION, d("2015-03-01"),
                                d("2015-05-31"), "CME"),
                        new EducationSetting("ES2", "C", EducationSetting.Setting.MAINSTREAM_SCHOOL, d("2015-06-01"), null,
                                "roll"),
                        attendance("B1", 2013, SchoolTerm.Term.SUMMER, 20), attendance("B2", 2014, SchoolTerm.Term.AUTUMN, 20),
                        attendance("B3", 2014, SchoolTerm.Term.SPRING, 20),
                        attendance("R1", 2014, SchoolTerm.Term.SUMMER, 5), attendance("R2", 2015, SchoolTerm.Term.AUTUMN, 5),
                        attendance("R3", 2015, SchoolTerm.Term.SPRING, 5));
        // in school by engagement, so identified by absence (2.2) alone: its terms need only end after 1 June 2015
        FamilyEvaluation result = Evaluator.evaluate(PLAN, family.build(), d("2016-03-31"));

        assertThat(result.problem("2").identifiedBy()).containsExactly("2.2");
        assertThat(result.problem("2").outcome("2.2").status()).isEqualTo(Status.MET);
        // missing education on the day of engagement (2.3): in school throughout terms that start on or after it
        FamilyEvaluation missing = Evaluator.evaluate(PLAN, FamilyFixture.family("W23F").mother("M", "1980-01-01")
                .child("C", "2005-03-01").engaged(ENGAGED)
                .records(new EducationSetting("ES1", "C", EducationSetting.Setting.MISSING_EDUCATION, d("2015-03-01"),
                                d("2015-06-01"), "CME"),
                        new EducationSetting("ES2", "C", EducationSetting.Setting.MAINSTREAM_SCHOOL, d("2015-06-02"), null,
                                "roll"),
                        attendance("R1", 2014, SchoolTerm.Term.SUMMER, 5), attendance("R2", 2015, SchoolTerm.Term.AUTUMN, 5),
                        attendance("R3", 2015, SchoolTerm.Term.SPRING, 5)).build(), d("2016-03-31"));
        assertThat(missing.problem("2").identifiedBy()).containsExactly("2.3");
        assertThat(missing.problem("2").outcome("2.3").status()).isEqualTo(Status.TOO_EARLY);
        assertThat(missing.problem("2").outcome("2.3").explanation().text()).contains("2016-07-31");
    }

    @ParameterizedTest(name = "absence per term {0}: 2.3 {1}")
    @CsvSource({"6 6 12, MET", "12 12 12, NOT_MET"})
    @DisplayName("theme 2 row 2.3 ('each child ... is in school, a PRU or alternative provision and is achieving the above "
            + "progress measures', sustained 'see above'): a child missing education at engagement, in school since, "
            + "meets it on 31 July 2016 with 8% absence over the three terms since (below 10%, the threshold from April "
            + "2016), though the latest term alone had 12%; 12% over the three terms does not")
    void suitableEducationSignificantOverThreeTerms(String perTerm, Status expected) {
        String[] missed = perTerm.split(" ");
        FamilyTimeline family = FamilyFixture.family("W23").mother("M", "1980-01-01").child("C", "2005-03-01")
                .engaged(ENGAGED)
                .records(new EducationSetting("ES1", "C", EducationSetting.Setting.MISSING_EDUCATION, d("2015-03-01"),
                                d("2015-06-30"), "CME"),
                        new EducationSetting("ES2", "C", EducationSetting.Setting.MAINSTREAM_SCHOOL, d("2015-07-01"), null,
                                "roll"))
                .records(attendance("R1", 2015, SchoolTerm.Term.AUTUMN, Integer.parseInt(missed[0])),
                        attendance("R2", 2015, SchoolTerm.Term.SPRING, Integer.parseInt(missed[1])),
                        attendance("R3", 2015, SchoolTerm.Term.SUMMER, Integer.parseInt(missed[2])))
                .build();

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family, d("2016-07-31"));

        assertThat(result.problem("2").identifiedBy()).containsExactly("2.3");
        assertThat(result.problem("2").outcome("2.3").status()).isEqualTo(expected);
    }

    // ---------------------------------------------------------------------------------------- theme 3

    @ParameterizedTest(name = "review {0}: significant {1}, sustained {2}")
    @CsvSource({
        "2015-09-29, NOT_MET, NOT_MET, NOT_MET",
        "2016-03-29, MET, NOT_MET, NOT_MET",
        "2016-03-30, MET, MET, MET"})
    @DisplayName("theme 3 row 3.1: a child protection plan at the start identifies; its end is significant progress, six months without a repeat is sustained")
    void childProtectionStepDown(String review, String significant, String sustained, Status expected) {
        FamilyTimeline family = FamilyFixture.family("W31").mother("M", "1980-01-01").child("C", "2010-01-01")
                .engaged(ENGAGED)
                .record(new SocialCareEpisode("SC1", "C", SocialCareEpisode.Kind.CHILD_PROTECTION_PLAN, d("2015-01-01"),
                        d("2015-09-30"), SocialCareEpisode.EndReason.STEPPED_DOWN, "FWi"))
                .record(new SocialCareEpisode("SC2", "C", SocialCareEpisode.Kind.EARLY_HELP, d("2015-10-01"), null, null,
                        "FWi"))
                .build();

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family, d(review));

        assertThat(result.problem("3").identifiedBy()).containsExactly("3.1");
        OutcomeResult outcome = result.problem("3").outcome("3.1");
        assertThat(outcome.status()).isEqualTo(expected);
        assertThat(outcome.explanation().text()).contains("significant progress " + words(significant),
                "sustained " + words(sustained));
    }

    @ParameterizedTest(name = "early help assessment '{1}' on {0}: identified {2}")
    @CsvSource(delimiter = '|', value = {
        // the day before engagement
        "2015-05-31|significant|true|latest early_help_impact assessment from 2014-06-02 to 2015-06-01 is significant on 2015-05-31, level moderate or more needed",
        "2015-06-01|moderate|true|is moderate on 2015-06-01",
        // the first day of the twelve months, and a day older
        "2014-06-02|significant|true|is significant on 2014-06-02",
        "2014-06-01|significant|false|no early_help_impact assessment from 2014-06-02 to 2015-06-01 (the last was early_help_impact significant on 2014-06-01)",
        // made after engagement: not known on the day
        "2015-06-02|significant|false|nobody: family with an assessment of early_help_impact by 2015-06-01",
        "2015-05-31|minor|false|is minor on 2015-05-31, level moderate or more needed"
    })
    @DisplayName("theme 3 row 3.2 indicator: the latest early help assessment on or before engagement on 1 June 2015, made in the twelve months before it (2 June 2014 to 1 June 2015), rates the impact moderate or significant")
    void earlyHelpImpactAtTheStart(String day, String level, boolean identified, String why) {
        FamilyTimeline family = FamilyFixture.family("W32").mother("M", "1980-01-01").child("C", "2010-01-01")
                .engaged(ENGAGED)
                .record(new ScoredAssessment("EHA1", null, "W32", AssessmentTool.EARLY_HELP_IMPACT, d(day), null, level,
                        "FWi"))
                .build();

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family, d("2016-03-31"));

        assertThat(result.problem("3").identifiedBy()).isEqualTo(identified ? List.of("3.2") : List.of());
        assertThat(result.problem("3").indicators().stream().filter(i -> i.indicatorId().equals("3.2")).findFirst()
                .orElseThrow().result().explanation().text()).contains(why);
    }

    @Test
    @DisplayName("theme 3 row 3.2 indicator: an impact rated significant in March 2015 and minor in May 2015 does not identify; the latest rating at the start decides")
    void earlyHelpImpactTheLatestAtTheStartDecides() {
        FamilyTimeline family = FamilyFixture.family("W32").mother("M", "1980-01-01").child("C", "2010-01-01")
                .engaged(ENGAGED)
                .record(new ScoredAssessment("EHA1", null, "W32", AssessmentTool.EARLY_HELP_IMPACT, d("2015-03-01"), null,
                        "significant", "FWi"))
                .record(new ScoredAssessment("EHA2", null, "W32", AssessmentTool.EARLY_HELP_IMPACT, d("2015-05-01"), null,
                        "minor", "FWi"))
                .build();

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family, d("2016-03-31"));

        assertThat(result.problem("3").identified()).isFalse();
    }

    @ParameterizedTest(name = "review {0}: sustained {1}")
    @CsvSource({"2016-02-29, NOT_MET", "2016-03-01, MET"})
    @DisplayName("theme 3 row 3.2: an early help assessment rating impact 'significant' identifies; a fall of a level is significant, held six months (to 1 March 2016, not 29 February) is sustained")
    void earlyHelpImpactNoReEscalation(String review, Status expected) {
        FamilyTimeline family = FamilyFixture.family("W32").mother("M", "1980-01-01").child("C", "2010-01-01")
                .engaged(ENGAGED)
                .record(new ScoredAssessment("EHA1", null, "W32", AssessmentTool.EARLY_HELP_IMPACT, d(ENGAGED), null,
                        "significant", "FWi"))
                .record(new ScoredAssessment("EHA2", null, "W32", AssessmentTool.EARLY_HELP_IMPACT, d("2015-09-01"), null,
                        "minor", "FWi"))
                .build();

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family, d(review));

        assertThat(result.problem("3").identifiedBy()).containsExactly("3.2");
        OutcomeResult outcome = result.problem("3").outcome("3.2");
        assertThat(outcome.status()).isEqualTo(expected);
        assertThat(outcome.explanation().text()).contains("significant progress met", "sustained " + words(expected.name()),
                "2015-09-01");
    }

    // ---------------------------------------------------------------------------------------- theme 4

    @ParameterizedTest(name = "{0} until 5 July 2015, in work from 6 July, review {1}: outcome 4.1 {2}")
    @CsvSource({
        "JOBSEEKERS_ALLOWANCE, 2016-01-02, NOT_MET",
        "JOBSEEKERS_ALLOWANCE, 2016-01-03, MET",
        // 13 weeks in work, one short of 14
        "EMPLOYMENT_SUPPORT_ALLOWANCE, 2015-10-10, NOT_MET",
        "EMPLOYMENT_SUPPORT_ALLOWANCE, 2015-10-11, MET",
        // Universal Credit with work-related conditions is an other out-of-work benefit: 14 consecutive weeks
        "UNIVERSAL_CREDIT, 2015-10-10, NOT_MET",
        "UNIVERSAL_CREDIT, 2015-10-11, MET"})
    @DisplayName("theme 4 row 4.1 ('JSA claimants 26 of last 30 weeks', 'Other OOW benefits – 14 consecutive weeks'): an "
            + "out-of-work benefit at the start identifies; 26 of the last 30 weeks in work after JSA, 14 consecutive weeks "
            + "after other benefits including Universal Credit (not treated as JSA), claimable by continuous employment "
            + "without the lead worker's judgement")
    void continuousEmploymentClaim(Benefit benefit, String review, Status expected) {
        boolean claimable = expected == Status.MET;
        FamilyTimeline family = FamilyFixture.family("W41").mother("A", "1985-01-01").child("C", "2010-01-01")
                .engaged(ENGAGED)
                .record(new BenefitSpell("B1", "A", benefit, d("2014-01-01"), d("2015-07-05"),
                        benefit == Benefit.UNIVERSAL_CREDIT, BenefitSpell.ClaimType.SINGLE, "DWP"))
                .record(new EmploymentSpell("E1", "A", EmploymentSpell.Type.EMPLOYED, d("2015-07-06"), null, 20.0, "DWP"))
                // a second issue, theme 6 row 6.1, so the family is eligible; no progress on it
                .record(new HealthNeed("H1", "A", HealthNeed.Need.MENTAL_HEALTH, d("2015-01-01"), null, "GP"))
                .build();

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family, d(review));

        assertThat(result.eligible()).isTrue();
        assertThat(result.problem("4").identifiedBy()).containsExactly("4.1");
        OutcomeResult outcome = result.problem("4").outcome("4.1");
        assertThat(outcome.status()).isEqualTo(expected);
        assertThat(outcome.explanation().text()).contains("significant progress met", "sustained " + words(expected.name()));
        assertThat(result.problem("6").progressMet()).isFalse();
        assertThat(result.claim().claimable()).isEqualTo(claimable);
        assertThat(result.claim().route()).isEqualTo(claimable ? ClaimRoute.Route.CONTINUOUS_EMPLOYMENT : null);
    }

    @ParameterizedTest(name = "review {0}: progress on theme 4 {1}")
    @CsvSource({"2015-10-29, false", "2015-10-30, true"})
    @DisplayName("theme 4 row 4.2: for a family on benefits, a volunteering placement attended for 13 consecutive weeks is progress to work, the alternative to a job")
    void progressToWorkIsTheAlternativeToAJob(String review, boolean progress) {
        FamilyTimeline family = FamilyFixture.family("W42").mother("A", "1985-01-01").child("C", "2010-01-01")
                .engaged(ENGAGED)
                .record(new BenefitSpell("B1", "A", Benefit.EMPLOYMENT_SUPPORT_ALLOWANCE, d("2014-01-01"), null, false,
                        BenefitSpell.ClaimType.SINGLE, "DWP"))
                .record(new ServiceEpisode("V1", "A", null, ServiceEpisode.Service.VOLUNTEERING, d("2015-08-01"), null,
                        ServiceEpisode.Status.ONGOING, "case notes"))
                .build();

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family, d(review));

        assertThat(result.problem("4").identifiedBy()).containsExactly("4.1");
        // still on benefit
        assertThat(result.problem("4").outcome("4.1").status()).isEqualTo(Status.NOT_MET);
        assertThat(result.problem("4").outcome("4.2").relevant()).isTrue();
        assertThat(result.problem("4").outcome("4.2").status()).isEqualTo(progress ? Status.MET : Status.NOT_MET);
        assertThat(result.problem("4").progressMet()).isEqualTo(progress);
    }

    @ParameterizedTest(name = "{0} attended 13 weeks: progress on theme 4 {1}")
    @CsvSource({"TRAINING_COURSE, false", "ACCREDITED_QUALIFICATION, true"})
    @DisplayName("theme 4 row 4.2 ('accredited training or qualification'): 13 consecutive weeks on a course count as "
            + "progress to work only when it is accredited; an unaccredited training course does not")
    void progressToWorkNeedsAccreditedTraining(ServiceEpisode.Service course, boolean progress) {
        FamilyTimeline family = FamilyFixture.family("W42A").mother("A", "1985-01-01").child("C", "2010-01-01")
                .engaged(ENGAGED)
                .record(new BenefitSpell("B1", "A", Benefit.EMPLOYMENT_SUPPORT_ALLOWANCE, d("2014-01-01"), null, false,
                        BenefitSpell.ClaimType.SINGLE, "DWP"))
                .record(new ServiceEpisode("T1", "A", null, course, d("2015-08-01"), null, ServiceEpisode.Status.ONGOING,
                        "college"))
                .build();

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family, d("2015-10-30"));

        assertThat(result.problem("4").outcome("4.2").status()).isEqualTo(progress ? Status.MET : Status.NOT_MET);
        assertThat(result.problem("4").progressMet()).isEqualTo(progress);
    }

    // ---------------------------------------------------------------------------------------- theme 5

    @ParameterizedTest(name = "review {0}, call-out {1}: significant {2}, sustained {3}")
    @CsvSource({
        "2016-03-31, '', MET, MET, MET",
        "2016-03-31, 2015-11-15 domestic, NOT_MET, NOT_MET, NOT_MET",
        "2016-03-31, 2015-09-30 domestic, MET, MET, MET",
        "2016-03-31, 2015-10-01 domestic, NOT_MET, NOT_MET, NOT_MET",
        "2016-03-31, 2016-02-01 injunction, MET, MET, MET",
        "2016-03-31, 2016-02-01 domestic, NOT_MET, NOT_MET, NOT_MET",
        "2015-10-31, '', TOO_EARLY, TOO_EARLY, TOO_EARLY"})
    @DisplayName("theme 5 row 5.1 ('absence of recorded police call-outs ... in the last 6 months'): domestic call-outs "
            + "identify; significant and sustained progress are both none in the last six months (no shorter window), so "
            + "a call-out on 30 September 2015 (six months and a day before 31 March 2016) does not count and one on "
            + "1 October does; call-outs supporting a civil injunction do not count")
    void policeCalloutsSignificantAndSustained(String review, String callout, String significant, String sustained,
                                               Status expected) {
        FamilyFixture family = FamilyFixture.family("W51").mother("M", "1980-01-01").child("C", "2010-01-01")
                .engaged(ENGAGED)
                .records(callout("PC1", "2015-01-10", false), callout("PC2", "2015-03-10", false));
        if (!callout.isEmpty()) {
            String[] parts = callout.split(" ");
            family.record(callout("PC3", parts[0], parts[1].equals("injunction")));
        }

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family.build(), d(review));

        assertThat(result.problem("5").identifiedBy()).containsExactly("5.1");
        OutcomeResult outcome = result.problem("5").outcome("5.1");
        assertThat(outcome.status()).isEqualTo(expected);
        assertThat(outcome.explanation().text()).contains("significant progress " + words(significant),
                "sustained " + words(sustained));
    }

    // ---------------------------------------------------------------------------------------- claims

    @ParameterizedTest(name = "lead worker's judgement {0}: claimable {1}")
    @CsvSource({"none, false", "yes not signed off, false", "no signed off, false", "yes signed off, true"})
    @DisplayName("claim (summary of principles (a) AND (b)): progress shown by the data on every problem is claimable only with the lead worker's signed-off judgement")
    void leadWorkerJudgementIsRequired(String judgement, boolean claimable) {
        FamilyFixture family = progressingFamily("WL");
        switch (judgement) {
            case "yes not signed off" -> family.record(answer("LW1", "WL", "lead_worker_judgement", true, "2016-03-20", null));
            case "no signed off" -> family.record(answer("LW1", "WL", "lead_worker_judgement", false, "2016-03-20", "2016-03-22"));
            case "yes signed off" -> family.record(answer("LW1", "WL", "lead_worker_judgement", true, "2016-03-20", "2016-03-22"));
            default -> {
            }
        }

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family.build(), d("2016-03-31"));

        assertThat(result.eligible()).isTrue();
        assertThat(result.problem("5").progressMet()).isTrue();
        assertThat(result.problem("6").progressMet()).isTrue();
        assertThat(result.claim().claimable()).isEqualTo(claimable);
        if (claimable) {
            assertThat(result.claim().route()).isEqualTo(ClaimRoute.Route.SIGNIFICANT_AND_SUSTAINED_PROGRESS);
        } else {
            assertThat(result.claim().explanation().text()).contains("lead_worker_judgement");
        }
    }

    @ParameterizedTest(name = "lead worker's yes given {0}, signed off {1}: claimable {2}")
    @CsvSource({"2016-03-31, 2016-03-31, true", "2015-10-01, 2015-10-01, true", "2015-09-30, 2015-09-30, false",
        "2015-09-30, 2015-10-05, false"})
    @DisplayName("claim (summary of principles (a), the lead worker's judgement): reviewed on 31 March 2016, a signed-off "
            + "yes counts when given in the six months up to the review, from 1 October 2015 to the review day; given on "
            + "30 September 2015, six months before, it does not, even when signed off inside the six months")
    void leadWorkerJudgementWithinSixMonths(String given, String signedOff, boolean claimable) {
        FamilyTimeline family = progressingFamily("WT")
                .record(answer("LW1", "WT", "lead_worker_judgement", true, given, signedOff))
                .build();

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family, d("2016-03-31"));

        assertThat(result.problem("5").progressMet()).isTrue();
        assertThat(result.problem("6").progressMet()).isTrue();
        assertThat(result.claim().claimable()).isEqualTo(claimable);
        if (claimable) {
            assertThat(result.claim().route()).isEqualTo(ClaimRoute.Route.SIGNIFICANT_AND_SUSTAINED_PROGRESS);
        } else {
            assertThat(result.claim().explanation().text()).contains(
                    "no signed-off key worker assessment of 'lead_worker_judgement' made from 2015-10-01 to 2016-03-31");
        }
    }

    @Test
    @DisplayName("claim (summary of principles): with the lead worker's judgement but a domestic call-out in the last six months, theme 5 shows no progress and there is no claim")
    void noClaimWithoutProgressOnEveryProblem() {
        FamilyTimeline family = progressingFamily("WN")
                .record(callout("PC3", "2015-12-01", false))
                .record(answer("LW1", "WN", "lead_worker_judgement", true, "2016-03-20", "2016-03-22"))
                .build();

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family, d("2016-03-31"));

        assertThat(result.problem("5").progressMet()).isFalse();
        assertThat(result.problem("6").progressMet()).isTrue();
        assertThat(result.claim().claimable()).isFalse();
        assertThat(result.claim().explanation().text()).contains("no progress yet on problem 5");
    }

    @ParameterizedTest(name = "youngest member born {0}: eligible {1}")
    @CsvSource({"1997-06-01, false", "1997-06-02, true"})
    @DisplayName("eligibility (note 1): a household is a family only with someone under 18; a son turning 18 on the day of engagement does not count")
    void familyNeedsSomeoneUnderEighteen(String born, boolean eligible) {
        FamilyTimeline family = FamilyFixture.family("W-U").mother("M", "1975-01-01").child("S", born).engaged(ENGAGED)
                .records(callout("PC1", "2015-01-10", false))
                .record(new HealthNeed("H1", "M", HealthNeed.Need.ALCOHOL_MISUSE, d("2015-01-01"), null, "GP"))
                .build();

        FamilyEvaluation result = Evaluator.evaluate(PLAN, family, d("2016-03-31"));

        assertThat(result.problemsIdentified()).isEqualTo(2);
        assertThat(result.eligible()).isEqualTo(eligible);
        assertThat(result.eligibility().text()).contains(eligible ? "includes someone under 18" : "includes no one under 18");
        if (!eligible) {
            assertThat(result.claim().claimable()).isFalse();
        }
    }

    @Test
    @DisplayName("all themes: a family with records of every kind the plan reads has every row identified, and every indicator and outcome evaluates with an explanation at engagement and at four reviews")
    void everyRecordKind() {
        FamilyTimeline family = busyFamily();

        for (String review : List.of(ENGAGED, "2015-09-01", "2016-03-31", "2016-04-01", "2016-12-31")) {
            FamilyEvaluation result = Evaluator.evaluate(PLAN, family, d(review));

            assertThat(result.eligible()).as("on %s", review).isTrue();
            for (Problem problem : PLAN.problems()) {
                assertThat(result.problem(problem.id()).identifiedBy()).as("theme %s on %s", problem.id(), review)
                        .containsExactlyElementsOf(problem.indicators().stream().map(Indicator::id).toList());
            }
            for (var problem : result.problems()) {
                problem.indicators().forEach(indicator -> assertThat(indicator.result().explanation().text())
                        .as("indicator %s on %s", indicator.indicatorId(), review).isNotBlank());
                problem.outcomes().forEach(outcome -> assertThat(outcome.explanation().text())
                        .as("outcome %s on %s", outcome.outcomeId(), review).contains("significant progress", "sustained"));
                assertThat(problem.progress().text()).isNotBlank();
            }
            assertThat(result.claim().explanation().text()).isNotBlank();
        }
    }

    // ---------------------------------------------------------------------------------------- helpers

    /**
     * Two parents, a primary-school child and a teenage son, with records of every kind the plan reads
     * before and after engaging on 1 June 2015, and the intervention stepped down on 1 January 2016.
     */
    private static FamilyTimeline busyFamily() {
        String id = "WB";
        FamilyFixture family = FamilyFixture.family(id).mother("M", "1980-01-01").father("F", "1978-01-01")
                .child("C", "2005-03-01").child("Y", "2000-01-01")
                .intervention(new Intervention("I-" + id, id, d(ENGAGED), "LW", "Stronger Families", Tier.TARGETED_EARLY_HELP,
                        List.of(new Intervention.TierChange("TC1", d("2016-01-01"), Tier.UNIVERSAL_PLUS, null)), null, null))
                .records(offence("O1", "Y", "2015-01-10", false), offence("O2", "F", "2014-10-01", false),
                        new Offence("O3", "Y", d("2015-11-01"), Disposal.FURTHER_ACTION_TAKEN, true, 6, "police"),
                        new AsbIncident("ASB1", null, id, d("2015-02-01"), "police"),
                        new AsbIntervention("AI1", "F", AsbIntervention.Type.ACCEPTABLE_BEHAVIOUR_CONTRACT, d("2015-03-01"),
                                d("2015-09-01"), AsbIntervention.Status.COMPLETED, "housing"),
                        exclusion("X1", "Y", "2014-10-01", Exclusion.Type.FIXED_TERM),
                        exclusion("X2", "Y", "2015-01-15", Exclusion.Type.FIXED_TERM),
                        exclusion("X3", "Y", "2015-03-01", Exclusion.Type.FIXED_TERM),
                        exclusion("X4", "Y", "2015-10-01", Exclusion.Type.PERMANENT),
                        new EducationSetting("ES1", "C", EducationSetting.Setting.MAINSTREAM_SCHOOL, d("2009-09-01"), null, "roll"),
                        new EducationSetting("ES2", "Y", EducationSetting.Setting.MISSING_EDUCATION, d("2015-04-01"), d("2015-08-31"),
                                "CME"),
                        new EducationSetting("ES3", "Y", EducationSetting.Setting.PUPIL_REFERRAL_UNIT, d("2015-09-01"), null, "PRU"),
                        new SocialCareEpisode("SC1", "C", SocialCareEpisode.Kind.CHILD_PROTECTION_PLAN, d("2015-01-01"),
                                d("2015-09-30"), SocialCareEpisode.EndReason.STEPPED_DOWN, "FWi"),
                        new SocialCareEpisode("SC2", "C", SocialCareEpisode.Kind.EARLY_HELP, d("2015-10-01"), null, null, "FWi"),
                        new ScoredAssessment("EHA1", null, id, AssessmentTool.EARLY_HELP_IMPACT, d(ENGAGED), null, "moderate", "FWi"),
                        new ScoredAssessment("EHA2", null, id, AssessmentTool.EARLY_HELP_IMPACT, d("2015-10-01"), null, "minor", "FWi"),
                        new ScoredAssessment("FS1", "M", null, AssessmentTool.DWP_FIVE_STAGES, d("2015-03-01"), 2.0, null, "DWP"),
                        new ScoredAssessment("FS2", "M", null, AssessmentTool.DWP_FIVE_STAGES, d("2015-12-01"), 4.0, null, "DWP"),
                        new ScoredAssessment("DASH1", "M", null, AssessmentTool.DASH_RIC, d("2015-05-01"), 16.0, null, "IDVA"),
                        new ScoredAssessment("DASH2", "M", null, AssessmentTool.DASH_RIC, d("2016-01-01"), 9.0, null, "IDVA"),
                        new BenefitSpell("B1", "M", Benefit.EMPLOYMENT_SUPPORT_ALLOWANCE, d("2014-01-01"), null, false,
                                BenefitSpell.ClaimType.COUPLE, "DWP"),
                        new BenefitSpell("B2", "F", Benefit.JOBSEEKERS_ALLOWANCE, d("2014-01-01"), d("2015-08-31"), false,
                                BenefitSpell.ClaimType.COUPLE, "DWP"),
                        new EmploymentSpell("E1", "F", EmploymentSpell.Type.EMPLOYED, d("2015-09-01"), null, 30.0, "DWP"),
                        new ProfessionalConcern("CN1", id, null, Theme.WORK_AND_MONEY, d("2015-05-01"), "lead worker", "FWi"),
                        new FinancialReading("FR1", id, null, d("2015-04-01"), FinancialReading.Debt.COUNCIL_TAX_ARREARS, 45000,
                                FinancialReading.Sanction.WARNING, "council"),
                        new ServiceEpisode("SV1", "M", null, ServiceEpisode.Service.VOLUNTEERING, d("2015-09-01"), null,
                                ServiceEpisode.Status.ONGOING, "case notes"),
                        new ServiceEpisode("SV2", "M", null, ServiceEpisode.Service.DOMESTIC_ABUSE_SERVICE, d("2015-07-01"),
                                d("2015-12-01"), ServiceEpisode.Status.COMPLETED, "WFADASV"),
                        callout("PC1", "2015-02-10", false), callout("PC2", "2015-12-01", true),
                        new DomesticAbuseIncident("DA1", null, "M", d("2015-04-01"), DomesticAbuseIncident.Role.VICTIM,
                                DomesticAbuseIncident.Category.DOMESTIC_ABUSE, DomesticAbuseIncident.RecordedBy.WORKER, "case notes"),
                        new HealthNeed("H1", "M", HealthNeed.Need.MENTAL_HEALTH, d("2014-01-01"), null, "GP"),
                        new HealthNeed("H2", "F", HealthNeed.Need.ALCOHOL_MISUSE, d("2014-06-01"), null, "GP"),
                        new HealthNeed("H3", "F", HealthNeed.Need.DRUG_MISUSE, d("2015-01-01"), null, "GP"),
                        new HealthNeed("H4", "C", HealthNeed.Need.LONG_TERM_CONDITION, d("2012-01-01"), null, "GP"),
                        answer("W1", id, "6.1", true, "2016-02-01", "2016-02-03"),
                        answer("W2", id, "lead_worker_judgement", true, "2016-03-20", "2016-03-22"));
        for (int year = 2013; year <= 2016; year++) {
            for (SchoolTerm.Term term : SchoolTerm.Term.values()) {
                family.record(attendance("A" + year + term, year, term, 20));
            }
        }
        return family.build();
    }

    private static void assertRows(String problemId, String... rows) {
        Problem problem = PLAN.problem(problemId);
        assertThat(problem.indicators()).extracting(Indicator::id).containsExactly(rows);
        assertThat(problem.outcomes()).extracting(Outcome::id).containsExactly(rows);
    }

    /**
     * A mother and child with police call-outs to domestic incidents before the intervention and none since
     * (theme 5), and the mother's mental health problem (theme 6) judged improved by the lead worker, with
     * the intervention stepped down to universal plus on 1 December 2015.
     */
    private static FamilyFixture progressingFamily(String id) {
        return FamilyFixture.family(id).mother("M", "1980-01-01").child("C", "2008-01-01")
                .intervention(new Intervention("I-" + id, id, d(ENGAGED), "LW", "Stronger Families", Tier.TARGETED_EARLY_HELP,
                        List.of(new Intervention.TierChange("TC1", d("2015-12-01"), Tier.UNIVERSAL_PLUS, null)), null, null))
                .records(callout("PC1", "2015-01-10", false), callout("PC2", "2015-03-10", false))
                .record(new HealthNeed("H1", "M", HealthNeed.Need.MENTAL_HEALTH, d("2015-01-01"), null, "GP"))
                .record(answer("W61", id, "6.1", true, "2016-03-01", "2016-03-03"));
    }

    private static String words(String status) {
        return status.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static Exclusion exclusion(String id, String person, String day, Exclusion.Type type) {
        return new Exclusion(id, person, d(day), type, 1, Exclusion.Phase.SECONDARY, "school");
    }

    private static Offence offence(String id, String person, String day, boolean serious) {
        return new Offence(id, person, d(day), Disposal.CONVICTION, serious, null, "YOS");
    }

    private static TermAttendance attendance(String id, int academicYear, SchoolTerm.Term term, int missed) {
        return new TermAttendance(id, "C", FamilyFixture.CALENDAR.term(academicYear, term), 100, 0, missed, "URN1",
                "school census");
    }

    private static PoliceCallout callout(String id, String day, boolean injunction) {
        return new PoliceCallout(id, "W", null, d(day), true, injunction, "police");
    }

    private static WorkerAssessment answer(String id, String familyId, String question, boolean yes, String on,
                                           String signedOn) {
        return new WorkerAssessment(id, familyId, null, question, yes, d(on), "LW", signedOn == null ? null : d(signedOn),
                signedOn == null ? null : "TM1", signedOn == null ? null : "team manager", "case system");
    }
}
