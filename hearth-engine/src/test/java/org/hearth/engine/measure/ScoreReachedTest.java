package org.hearth.engine.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.engine.measure.ScoreCrossingTest.atLeast;
import static org.hearth.engine.testing.FamilyFixture.d;

import org.hearth.engine.testing.FamilyFixture;
import org.hearth.engine.testing.PlanSnippets;
import org.hearth.engine.timeline.AssessmentTool;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.ScoredAssessment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Southwark 3.6, 4.8, 6.13: the family reached 7 to 10 on the Family Star (since identification); and
 * with {@code within}, Southwark 3I and Sunderland 3e: a child assessed at risk of sexual exploitation
 * as at the identification day (the latest assessment in the 12 months up to it).
 */
class ScoreReachedTest {
    private static final String IDENTIFIED = "2015-06-01";
    private static final String REVIEW = "2015-12-01";
    private static final ScoreReached FAMILY_STAR_7 = new ScoreReached(AssessmentTool.FAMILY_STAR, null, null, atLeast(7),
            null);

    @ParameterizedTest(name = "Family Star {0}: {1}")
    @CsvSource({"6.5, NOT_MET", "6.99, NOT_MET", "7, MET", "10, MET"})
    void theLatestSinceIdentificationMustBeAtLeast7(String star, Status expected) {
        FamilyTimeline family = household(star("FS-1", IDENTIFIED, 3), star("FS-2", "2015-11-01", Double.parseDouble(star)));

        MeasureResult result = FAMILY_STAR_7.evaluate(MeasureContext.review(family, d(REVIEW), d(IDENTIFIED)));

        assertThat(result.status()).isEqualTo(expected);
        assertThat(result.explanation().text())
                .contains("household F1: latest family_star assessment from 2015-06-01 to 2015-12-01 is " + star
                        + " on 2015-11-01, at least 7 needed [assessments FS-2 (2015-11-01)]");
    }

    @Test
    void theLatestDecidesNotTheBest() {
        FamilyTimeline family = household(star("FS-1", "2015-09-01", 8), star("FS-2", "2015-11-01", 6));

        assertThat(FAMILY_STAR_7.evaluate(MeasureContext.review(family, d(REVIEW), d(IDENTIFIED))).status())
                .isEqualTo(Status.NOT_MET);
    }

    @ParameterizedTest(name = "assessed on {0}: {1}")
    @CsvSource({
        "2015-05-31, NOT_MET",  // the day before identification
        "2015-06-01, MET",      // the identification day itself
        "2015-12-01, MET",      // the review date
        "2015-12-02, NOT_MET"   // after the review date: not yet known
    })
    void onlyAssessmentsFromIdentificationToTheReviewDateCount(String date, Status expected) {
        FamilyTimeline family = household(star("FS-1", "2015-01-01", 2), star("FS-2", date, 8));

        MeasureResult result = FAMILY_STAR_7.evaluate(MeasureContext.review(family, d(REVIEW), d(IDENTIFIED)));

        assertThat(result.status()).isEqualTo(expected);
    }

    @Test
    void anAssessmentOnlyBeforeIdentificationIsNoEvidence() {
        FamilyTimeline family = household(star("FS-1", "2015-05-01", 9));

        MeasureResult result = FAMILY_STAR_7.evaluate(MeasureContext.review(family, d(REVIEW), d(IDENTIFIED)));

        assertThat(result.status()).isEqualTo(Status.NOT_MET);
        assertThat(result.explanation().text())
                .contains("no family_star assessment from 2015-06-01 to 2015-12-01 (the last was family_star 9 on 2015-05-01)");
    }

    @Test
    void nobodyAssessedIsNotMet() {
        FamilyTimeline family = household();

        MeasureResult result = FAMILY_STAR_7.evaluate(MeasureContext.review(family, d(REVIEW), d(IDENTIFIED)));

        assertThat(result.status()).isEqualTo(Status.NOT_MET);
        assertThat(result.explanation().text()).contains("nobody: family with an assessment of family_star by 2015-12-01");
    }

    @Test
    void everyoneAssessedMustReachItWhenEveryIsAsked() {
        FamilyTimeline family = FamilyFixture.family("F1").mother("P1", "1985-04-02").father("P2", "1983-01-01")
                .child("C1", "2008-01-01")
                .records(personal("FS-1", "P1", 7), personal("FS-2", "P2", 6)).build();
        MeasureContext review = MeasureContext.review(family, d(REVIEW), d(IDENTIFIED));
        ScoreReached every = new ScoreReached(AssessmentTool.FAMILY_STAR, People.named("parents"), Quantifier.EVERY,
                atLeast(7), null);

        MeasureResult result = every.evaluate(review);

        assertThat(result.status()).isEqualTo(Status.NOT_MET);
        assertThat(result.explanation().text()).contains("parents with an assessment of family_star by 2015-12-01: 1 of 2 met, "
                + "every one needed");
        assertThat(FAMILY_STAR_7.evaluate(review).status()).isEqualTo(Status.MET);
    }

    @Test
    void readsThePlanForm() throws Exception {
        Measure measure = PlanSnippets.measure("""
                type: score_reached
                tool: family_star
                people: family
                quantifier: any
                latest: {at_least: 7}
                """);

        assertThat(measure).isEqualTo(FAMILY_STAR_7);
    }

    // ---- within: the latest assessment as at the reference day ------------------------------------

    /** Southwark 3I: a child at risk of sexual exploitation (cse_risk low or higher) in the 12 months to identification. */
    private static final ScoreReached CSE_AT_RISK = new ScoreReached(AssessmentTool.CSE_RISK, People.named("children"),
            Quantifier.ANY, new Bound(null, null, null, null, null, "low"), Period.ofMonths(12));

    @ParameterizedTest(name = "cse_risk {1} on {0}: {2}")
    @CsvSource({
        "2015-05-31, medium, MET",      // the day before identification
        "2015-06-01, low, MET",         // the identification day itself
        "2014-06-02, high, MET",        // the first day of the 12 months to 2015-06-01
        "2014-06-01, high, NOT_MET",    // a day older than the look-back
        "2015-06-02, high, NOT_MET",    // after identification: not yet known
        "2015-05-31, none, NOT_MET"     // assessed, and no risk found
    })
    void withinLooksAtTheLatestAssessmentAsAtIdentification(String date, String level, Status expected) {
        FamilyTimeline family = child(cse("CSE-1", date, level));

        MeasureResult result = CSE_AT_RISK.evaluate(MeasureContext.identification(family, d(IDENTIFIED)));

        assertThat(result.status()).isEqualTo(expected);
    }

    @Test
    void anAssessmentTheDayBeforeIdentificationIsCitedWithTheLookBack() {
        FamilyTimeline family = child(cse("CSE-1", "2014-03-01", "none"), cse("CSE-2", "2015-05-31", "medium"));

        MeasureResult result = CSE_AT_RISK.evaluate(MeasureContext.identification(family, d(IDENTIFIED)));

        assertThat(result.status()).isEqualTo(Status.MET);
        assertThat(result.explanation().text()).contains("children with an assessment of cse_risk by 2015-06-01: 1 of 1 met",
                "C1: latest cse_risk assessment from 2014-06-02 to 2015-06-01 is medium on 2015-05-31, "
                        + "level low or more needed [assessments CSE-2 (2015-05-31)]");
    }

    @Test
    void anAssessmentOlderThanTheLookBackIsNoEvidence() {
        FamilyTimeline family = child(cse("CSE-1", "2014-06-01", "high"));

        MeasureResult result = CSE_AT_RISK.evaluate(MeasureContext.identification(family, d(IDENTIFIED)));

        assertThat(result.status()).isEqualTo(Status.NOT_MET);
        assertThat(result.explanation().text()).contains("C1: no cse_risk assessment from 2014-06-02 to 2015-06-01 "
                + "(the last was cse_risk high on 2014-06-01)");
    }

    @ParameterizedTest(name = "{0} then {1}: {2}")
    @CsvSource({"high, none, NOT_MET", "none, medium, MET"})
    void withinTheLatestDecidesNotTheWorst(String earlier, String later, Status expected) {
        FamilyTimeline family = child(cse("CSE-1", "2015-01-10", earlier), cse("CSE-2", "2015-04-10", later));

        MeasureResult result = CSE_AT_RISK.evaluate(MeasureContext.identification(family, d(IDENTIFIED)));

        assertThat(result.status()).isEqualTo(expected);
        assertThat(result.explanation().text()).contains("is " + later + " on 2015-04-10");
    }

    @ParameterizedTest(name = "identified {0}, assessed {1}: {2}")
    @CsvSource({
        "2015-10-01, 2015-09-30, NOT_MET",  // inside the 6 months but before identification
        "2015-10-01, 2015-10-01, MET",
        "2015-01-01, 2015-06-01, NOT_MET",  // since identification but older than the 6 months to 2015-12-01
        "2015-01-01, 2015-06-02, MET"
    })
    void inAnOutcomeWithinStartsNoEarlierThanIdentification(String identified, String assessed, Status expected) {
        FamilyTimeline family = household(star("FS-1", assessed, 8));
        ScoreReached recently = new ScoreReached(AssessmentTool.FAMILY_STAR, null, null, atLeast(7), Period.ofMonths(6));

        MeasureResult result = recently.evaluate(MeasureContext.review(family, d(REVIEW), d(identified)));

        assertThat(result.status()).isEqualTo(expected);
        String from = identified.equals("2015-10-01") ? "2015-10-01" : "2015-06-02";
        assertThat(result.explanation().text()).contains("family_star assessment from " + from + " to 2015-12-01");
    }

    @Test
    void readsThePlanFormWithin() {
        Measure measure = PlanSnippets.measure("""
                type: score_reached
                tool: cse_risk
                people: children
                quantifier: any
                latest: {level_at_least: low}
                within: {months: 12}
                """);

        assertThat(measure).isEqualTo(CSE_AT_RISK);
    }

    @Test
    void aLevelBoundMustFitTheTool() {
        assertThatThrownBy(() -> new ScoreReached(AssessmentTool.CSE_RISK, null, null, atLeast(2), Period.ofMonths(12)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not fit cse_risk");
    }

    private static ScoredAssessment cse(String id, String date, String level) {
        return new ScoredAssessment(id, "C1", null, AssessmentTool.CSE_RISK, d(date), null, level, "MASH");
    }

    private static FamilyTimeline child(ScoredAssessment... assessments) {
        return FamilyFixture.family("F1").mother("P1", "1985-04-02").child("C1", "2003-05-05").records(assessments)
                .build();
    }

    private static ScoredAssessment star(String id, String date, double score) {
        return new ScoredAssessment(id, null, "F1", AssessmentTool.FAMILY_STAR, d(date), score, null, "key worker");
    }

    private static ScoredAssessment personal(String id, String personId, double score) {
        return new ScoredAssessment(id, personId, null, AssessmentTool.FAMILY_STAR, d("2015-11-01"), score, null,
                "key worker");
    }

    private static FamilyTimeline household(ScoredAssessment... assessments) {
        return FamilyFixture.family("F1").mother("P1", "1985-04-02").records(assessments).build();
    }
}
