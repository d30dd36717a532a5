package org.hearth.engine.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.engine.testing.FamilyFixture.d;

import java.util.ArrayList;
import java.util.List;

import org.hearth.engine.testing.FamilyFixture;
import org.hearth.engine.testing.PlanSnippets;
import org.hearth.engine.timeline.AssessmentTool;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.ScoredAssessment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Southwark 3.2 (SDQ above 18 improved), 5.1 (DASH below 14 reduced by 25% for 6 months; one level on
 * Barnardo's matrix), 6.11 (WEMWBS improved); Worcestershire (Early Help Assessment impact reduced from
 * significant to moderate or less, no re-escalation for 6 months).
 */
class ScoreImprovementTest {
    private static final String IDENTIFIED = "2015-06-01";
    private static final ScoreImprovement DASH_DOWN_25_PERCENT_FOR_6_MONTHS = new ScoreImprovement(
            AssessmentTool.DASH_RIC, People.named("members"), Quantifier.ANY, ScoreCrossingTest.below(14), 25.0, null,
            null, 6, null);
    private static final ScoreImprovement SDQ_HIGH_IMPROVED = new ScoreImprovement(AssessmentTool.SDQ,
            People.named("children"), Quantifier.ANY, new Bound(18.0, null, null, null, null, null), null, null, null,
            null, null);
    private static final ScoreImprovement IMPACT_DOWN_A_LEVEL_FOR_6_MONTHS = new ScoreImprovement(
            AssessmentTool.EARLY_HELP_IMPACT, null, null, new Bound(null, null, null, null, null, "moderate"), null,
            null, 1, 6, null);

    @ParameterizedTest(name = "DASH 12 to {0}: {1}")
    @CsvSource({
        "9,    MET,     better by 3 (25% of 12)",
        "9.5,  NOT_MET, better by 2.5 (20.8% of 12)",
        "9.01, NOT_MET, better by 2.99 (24.9% of 12)",
        "8,    MET,     better by 4 (33.3% of 12)",
        "12,   NOT_MET, no change",
        "13,   NOT_MET, worse by 1"
    })
    void dashReducedBy25PercentIsExact(String latest, Status expected, String change) {
        FamilyTimeline family = person("P1", "1985-04-02", dash("A-1", IDENTIFIED, 12),
                dash("A-2", "2015-07-01", Double.parseDouble(latest)));

        MeasureResult result = DASH_DOWN_25_PERCENT_FOR_6_MONTHS.evaluate(review(family, "2016-01-01"));

        assertThat(result.status()).isEqualTo(expected);
        assertThat(result.explanation().text())
                .contains("P1: initial dash_ric 12 on 2015-06-01; latest " + latest + " on 2015-07-01, " + change
                        + "; at least 25% better needed")
                .contains("assessments A-1 (2015-06-01), assessments A-2 (2015-07-01)");
    }

    @ParameterizedTest(name = "DASH 16 to {0}, at least 12.5% better: {1}")
    @CsvSource({
        "14,    MET",      // exactly 12.5%
        "14.5,  NOT_MET",  // 9.4%
        "15,    NOT_MET",  // 6.25%
        "13.99, MET"
    })
    void aPercentageWithDecimalsIsExactForWholeAndDecimalScores(double latest, Status expected) {
        ScoreImprovement byEighth = new ScoreImprovement(AssessmentTool.DASH_RIC, null, null, null, 12.5, null, null,
                null, null);
        FamilyTimeline family = person("P1", "1985-04-02", dash("A-1", IDENTIFIED, 16), dash("A-2", "2015-07-01", latest));

        assertThat(byEighth.evaluate(review(family, "2016-01-01")).status()).isEqualTo(expected);
        assertThat(byEighth.decide(review(family, "2016-01-01"))).isEqualTo(expected);
    }

    @Test
    void theReductionMustBeSustainedForSixMonths() {
        FamilyTimeline family = person("P1", "1985-04-02",
                dash("A-1", IDENTIFIED, 12), dash("A-2", "2015-07-02", 9));

        MeasureResult result = DASH_DOWN_25_PERCENT_FOR_6_MONTHS.evaluate(review(family, "2016-01-01"));

        assertThat(result.status()).isEqualTo(Status.NOT_MET);
        assertThat(result.explanation().text())
                .contains("improved since 2015-07-02: held 5 months to 2016-01-01, 6 months needed (not before 2016-01-02)");
    }

    /**
     * Southwark 3.2, "improved behaviour ... after a six month period": the improved SDQ counts only when
     * it was made at least six months after the initial one, to the day; a month's end that does not
     * exist falls back to the last day of the month, so 31 August gives 29 February in a leap year.
     */
    @ParameterizedTest(name = "initial {0}, improved score on {1}: {2}")
    @CsvSource({
        "2015-06-01, 2015-12-01, MET",
        "2015-06-01, 2015-11-30, NOT_MET",
        "2015-08-31, 2016-02-29, MET",
        "2015-08-31, 2016-02-28, NOT_MET",
        "2016-02-29, 2016-08-29, MET",
        "2016-02-29, 2016-08-28, NOT_MET"
    })
    void afterMonthsCountsFromTheInitialAssessmentToTheDay(String initial, String later, Status expected) {
        ScoreImprovement sixMonthsOn = new ScoreImprovement(AssessmentTool.SDQ, People.named("children"), null,
                new Bound(18.0, null, null, null, null, null), null, null, null, null, 6);
        FamilyTimeline family = person("C1", "2005-09-01", sdq("S-1", "C1", initial, 22), sdq("S-2", "C1", later, 15));
        MeasureContext context = MeasureContext.review(family, d("2016-12-31"), d(initial));

        MeasureResult result = sixMonthsOn.evaluate(context);

        assertThat(result.status()).isEqualTo(expected);
        assertThat(sixMonthsOn.decide(context)).isEqualTo(expected);
        if (expected == Status.NOT_MET) {
            assertThat(result.explanation().text()).contains("better by 7; any improvement needed; but made less than "
                    + "6 months after the initial (a later assessment from " + d(later).plusDays(1) + " counts)");
        }
    }

    @Test
    void afterMonthsLooksAtTheLatestAssessmentWhichMustStillBeImproved() {
        Measure sixMonthsOn = PlanSnippets.measure("""
                type: score_improvement
                tool: sdq
                people: children
                initial: {above: 18}
                after_months: 6
                """);
        FamilyTimeline worseAgain = person("C1", "2005-09-01", sdq("S-1", "C1", IDENTIFIED, 22),
                sdq("S-2", "C1", "2015-09-01", 15), sdq("S-3", "C1", "2015-12-01", 23));
        FamilyTimeline improvedLater = person("C1", "2005-09-01", sdq("S-1", "C1", IDENTIFIED, 22),
                sdq("S-2", "C1", "2015-09-01", 25), sdq("S-3", "C1", "2015-12-01", 21));

        assertThat(sixMonthsOn.evaluate(review(worseAgain, "2016-01-01")).status()).isEqualTo(Status.NOT_MET);
        assertThat(sixMonthsOn.evaluate(review(improvedLater, "2016-01-01")).status()).isEqualTo(Status.MET);
    }

    @Test
    void aDashScoreOf14IsNotBelow14SoOutOfScope() {
        FamilyTimeline family = person("P1", "1985-04-02",
                dash("A-1", IDENTIFIED, 14), dash("A-2", "2015-07-01", 5));

        MeasureResult result = DASH_DOWN_25_PERCENT_FOR_6_MONTHS.evaluate(review(family, "2016-01-01"));

        assertThat(result.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(result.explanation().text()).contains("initial dash_ric 14 on 2015-06-01 is not below 14, so out of scope");
    }

    @ParameterizedTest(name = "SDQ {0} to {1}: {2}")
    @CsvSource({
        "18, 12, NOT_APPLICABLE",  // 18 is not above 18: not clinically high
        "19, 15, MET",
        "19, 19, NOT_MET",
        "19, 18.5, MET",           // any improvement is enough
        "25, 30, NOT_MET"
    })
    void sdqImprovementWhereTheInitialScoreIsAbove18(double initial, double latest, Status expected) {
        FamilyTimeline family = person("C1", "2005-09-01",
                sdq("S-1", "C1", IDENTIFIED, initial), sdq("S-2", "C1", "2015-12-01", latest));

        MeasureResult result = SDQ_HIGH_IMPROVED.evaluate(review(family, "2015-12-01"));

        assertThat(result.status()).isEqualTo(expected);
    }

    @Test
    void explainsAnSdqImprovement() {
        FamilyTimeline family = person("C1", "2005-09-01",
                sdq("S-1", "C1", IDENTIFIED, 19), sdq("S-2", "C1", "2015-12-01", 15));

        MeasureResult result = SDQ_HIGH_IMPROVED.evaluate(review(family, "2015-12-01"));

        assertThat(result.explanation().text()).isEqualTo(
                "children with an initial sdq above 18: 1 of 1 met, any one needed: C1: initial sdq 19 on 2015-06-01; "
                        + "latest 15 on 2015-12-01, better by 4; any improvement needed; improved since 2015-12-01: held 0 "
                        + "months to 2015-12-01, 0 months needed [assessments S-1 (2015-06-01), assessments S-2 (2015-12-01)]");
    }

    @ParameterizedTest(name = "WEMWBS 40 to {0}: {1}")
    @CsvSource({"45, MET, better by 5", "40, NOT_MET, no change", "35, NOT_MET, worse by 5"})
    void wemwbsImprovesUpwards(double latest, Status expected, String change) {
        ScoreImprovement wellbeing = new ScoreImprovement(AssessmentTool.WEMWBS, People.named("parents"), null, null,
                null, null, null, null, null);
        FamilyTimeline family = person("P1", "1985-04-02",
                wemwbs("W-1", IDENTIFIED, 40), wemwbs("W-2", "2015-10-01", latest));

        MeasureResult result = wellbeing.evaluate(review(family, "2015-12-01"));

        assertThat(result.status()).isEqualTo(expected);
        assertThat(result.explanation().text()).contains("initial wemwbs 40 on 2015-06-01; latest ").contains(change);
    }

    @Test
    void earlyHelpImpactFromSignificantToModerateHeldSixMonths() {
        FamilyTimeline family = household(impact("E-1", IDENTIFIED, "significant"),
                impact("E-2", "2015-07-01", "moderate"),
                impact("E-3", "2015-10-01", "minor"),
                impact("E-4", "2015-12-01", "moderate"));

        MeasureResult result = IMPACT_DOWN_A_LEVEL_FOR_6_MONTHS.evaluate(review(family, "2016-01-01"));

        assertThat(result.status()).isEqualTo(Status.MET);
        assertThat(result.explanation().text())
                .contains("household F1: initial early_help_impact significant on 2015-06-01; latest moderate on 2015-12-01, "
                        + "better by 1 level; at least 1 level better needed; improved since 2015-07-01: held 6 months");
    }

    @Test
    void reEscalationToSignificantInsideSixMonthsFails() {
        FamilyTimeline family = household(impact("E-1", IDENTIFIED, "significant"),
                impact("E-2", "2015-07-01", "moderate"),
                impact("E-3", "2015-09-01", "significant"),
                impact("E-4", "2015-10-01", "moderate"));

        MeasureResult result = IMPACT_DOWN_A_LEVEL_FOR_6_MONTHS.evaluate(review(family, "2016-01-01"));

        assertThat(result.status()).isEqualTo(Status.NOT_MET);
        assertThat(result.explanation().text())
                .contains("improved since 2015-10-01: held 3 months to 2016-01-01, 6 months needed (not before 2016-04-01)")
                .contains("assessments E-3 (2015-09-01)");
    }

    @Test
    void anImpactAlreadyMinorAtTheStartIsOutOfScope() {
        FamilyTimeline family = household(impact("E-1", IDENTIFIED, "minor"),
                impact("E-2", "2015-07-01", "none"));

        assertThat(IMPACT_DOWN_A_LEVEL_FOR_6_MONTHS.evaluate(review(family, "2016-01-01")).status())
                .isEqualTo(Status.NOT_APPLICABLE);
    }

    @ParameterizedTest(name = "{0} {1} to {2}, by {3} levels: {4}")
    @CsvSource({
        // "high" to "medium" is one level down although "medium" sorts after "high" by name
        "BARNARDOS_DV_MATRIX, high,        medium,   1, MET",
        "BARNARDOS_DV_MATRIX, very_high,   high,     1, MET",
        "BARNARDOS_DV_MATRIX, medium,      medium,   1, NOT_MET",
        "BARNARDOS_DV_MATRIX, standard,    high,     1, NOT_MET",
        "EARLY_HELP_IMPACT,   significant, minor,    2, MET",
        "EARLY_HELP_IMPACT,   significant, moderate, 2, NOT_MET",
        "EARLY_HELP_IMPACT,   moderate,    none,     2, MET"
    })
    void levelledToolsCompareByLevelPosition(AssessmentTool tool, String initial, String latest, int byLevels,
                                             Status expected) {
        ScoreImprovement measure = new ScoreImprovement(tool, null, null, null, null, null, byLevels, null, null);
        FamilyTimeline family = household(level("L-1", tool, IDENTIFIED, initial), level("L-2", tool, "2015-09-01", latest));

        assertThat(measure.evaluate(review(family, "2015-12-01")).status()).isEqualTo(expected);
    }

    @Test
    void byPointsCountsScorePoints() {
        ScoreImprovement threePoints = new ScoreImprovement(AssessmentTool.PARENTING_SCALE, null, null, null, null, 3.0,
                null, null, null);
        FamilyTimeline met = person("P1", "1985-04-02", parenting("PS-1", IDENTIFIED, 20),
                parenting("PS-2", "2015-09-01", 17));
        FamilyTimeline short1 = person("P1", "1985-04-02", parenting("PS-1", IDENTIFIED, 20),
                parenting("PS-2", "2015-09-01", 17.5));

        assertThat(threePoints.evaluate(review(met, "2015-12-01")).status()).isEqualTo(Status.MET);
        MeasureResult notMet = threePoints.evaluate(review(short1, "2015-12-01"));
        assertThat(notMet.status()).isEqualTo(Status.NOT_MET);
        assertThat(notMet.explanation().text()).contains("better by 2.5; at least 3 better needed");
    }

    @ParameterizedTest(name = "assessed on {0}: initial {1}")
    @CsvSource({
        "'2015-01-10:17, 2015-05-20:20, 2015-12-01:19', initial sdq 20 on 2015-05-20, MET",
        "'2015-01-10:20, 2015-05-20:17, 2015-12-01:15', initial sdq 17 on 2015-05-20, NOT_APPLICABLE",
        "'2015-06-01:17, 2015-06-01:20, 2015-12-01:19', initial sdq 20 on 2015-06-01, MET",
        "'2015-06-10:22, 2015-06-20:25, 2015-12-01:20', initial sdq 22 on 2015-06-10, MET",
        "'2015-06-10:17, 2015-06-20:25, 2015-12-01:20', initial sdq 17 on 2015-06-10, NOT_APPLICABLE"
    })
    void theInitialIsTheLatestOnOrBeforeIdentificationElseTheEarliestAfter(String assessed, String initial,
                                                                           Status expected) {
        List<ScoredAssessment> sdqs = new ArrayList<>();
        for (String one : assessed.split(", ")) {
            String[] dateAndScore = one.split(":");
            sdqs.add(sdq("S-" + sdqs.size(), "C1", dateAndScore[0], Double.parseDouble(dateAndScore[1])));
        }
        FamilyTimeline family = person("C1", "2005-09-01", sdqs.toArray(ScoredAssessment[]::new));

        MeasureResult result = SDQ_HIGH_IMPROVED.evaluate(review(family, "2015-12-01"));

        assertThat(result.status()).isEqualTo(expected);
        assertThat(result.explanation().text()).contains(initial);
    }

    @Test
    void theInitialAssessmentAloneIsNoImprovement() {
        FamilyTimeline family = person("C1", "2005-09-01", sdq("S-1", "C1", "2015-06-10", 25));

        MeasureResult result = SDQ_HIGH_IMPROVED.evaluate(review(family, "2015-12-01"));

        assertThat(result.status()).isEqualTo(Status.NOT_MET);
        assertThat(result.explanation().text()).contains("C1: initial sdq 25 on 2015-06-10; no later assessment by 2015-12-01");
    }

    @Test
    void everyChildInScopeMustImproveWhenEveryIsAsked() {
        ScoreImprovement every = new ScoreImprovement(AssessmentTool.SDQ, People.named("children"), Quantifier.EVERY,
                new Bound(18.0, null, null, null, null, null), null, null, null, null, null);
        FamilyTimeline family = FamilyFixture.family("F1").child("C1", "2005-09-01").child("C2", "2007-01-01")
                .child("C3", "2009-01-01")
                .records(sdq("S-1", "C1", IDENTIFIED, 22), sdq("S-2", "C1", "2015-11-01", 16),
                        sdq("S-3", "C2", IDENTIFIED, 20), sdq("S-4", "C2", "2015-11-01", 21),
                        sdq("S-5", "C3", IDENTIFIED, 10), sdq("S-6", "C3", "2015-11-01", 30))
                .build();

        MeasureResult result = every.evaluate(review(family, "2015-12-01"));

        assertThat(result.status()).isEqualTo(Status.NOT_MET);
        assertThat(result.explanation().text()).contains("1 of 2 met, every one needed")
                .contains("C3: initial sdq 10 on 2015-06-01 is not above 18, so out of scope");
        assertThat(SDQ_HIGH_IMPROVED.evaluate(review(family, "2015-12-01")).status()).isEqualTo(Status.MET);
    }

    @Test
    void rejectsAmountsThatDoNotFitTheTool() {
        assertThatThrownBy(() -> new ScoreImprovement(AssessmentTool.SDQ, null, null, null, null, null, 1, null, null))
                .hasMessageContaining("by_levels needs a levelled tool");
        assertThatThrownBy(() -> new ScoreImprovement(AssessmentTool.BARNARDOS_DV_MATRIX, null, null, null, 25.0, null,
                null, null, null)).hasMessageContaining("use by_levels");
        assertThatThrownBy(() -> new ScoreImprovement(AssessmentTool.DASH_RIC, null, null, null, 25.0, 3.0, null, null, null))
                .hasMessageContaining("at most one of");
    }

    @Test
    void readsThePlanForm() throws Exception {
        Measure measure = PlanSnippets.measure("""
                type: score_improvement
                tool: early_help_impact
                initial: {level_at_least: moderate}
                by_levels: 1
                held_months: 6
                """);

        assertThat(measure).isEqualTo(IMPACT_DOWN_A_LEVEL_FOR_6_MONTHS);
    }

    private static MeasureContext review(FamilyTimeline family, String reviewDate) {
        return MeasureContext.review(family, d(reviewDate), d(IDENTIFIED));
    }

    private static ScoredAssessment dash(String id, String date, double score) {
        return score(id, "P1", AssessmentTool.DASH_RIC, date, score);
    }

    private static ScoredAssessment sdq(String id, String personId, String date, double score) {
        return score(id, personId, AssessmentTool.SDQ, date, score);
    }

    private static ScoredAssessment parenting(String id, String date, double score) {
        return score(id, "P1", AssessmentTool.PARENTING_SCALE, date, score);
    }

    private static ScoredAssessment wemwbs(String id, String date, double score) {
        return score(id, "P1", AssessmentTool.WEMWBS, date, score);
    }

    private static ScoredAssessment score(String id, String personId, AssessmentTool tool, String date, double score) {
        return new ScoredAssessment(id, personId, null, tool, d(date), score, null, "key worker");
    }

    private static ScoredAssessment impact(String id, String date, String level) {
        return level(id, AssessmentTool.EARLY_HELP_IMPACT, date, level);
    }

    private static ScoredAssessment level(String id, AssessmentTool tool, String date, String level) {
        return new ScoredAssessment(id, null, "F1", tool, d(date), null, level, "FWi");
    }

    private static FamilyTimeline person(String personId, String born, ScoredAssessment... assessments) {
        return FamilyFixture.family("F1").mother(personId, born).records(assessments).build();
    }

    private static FamilyTimeline household(ScoredAssessment... assessments) {
        return FamilyFixture.family("F1").mother("P1", "1985-04-02").records(assessments).build();
    }
}
