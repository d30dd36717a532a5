package org.hearth.engine.measure;

import static org.assertj.core.api.Assertions.assertThat;
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

/** Southwark 3.6, 4.8, 6.13: the family reached 7 to 10 on the Family Star. */
class ScoreReachedTest {
    private static final String IDENTIFIED = "2015-06-01";
    private static final String REVIEW = "2015-12-01";
    private static final ScoreReached FAMILY_STAR_7 = new ScoreReached(AssessmentTool.FAMILY_STAR, null, null, atLeast(7));

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
        assertThat(result.explanation().text()).contains("nobody: family with a family_star assessment by 2015-12-01");
    }

    @Test
    void everyoneAssessedMustReachItWhenEveryIsAsked() {
        FamilyTimeline family = FamilyFixture.family("F1").mother("P1", "1985-04-02").father("P2", "1983-01-01")
                .child("C1", "2008-01-01")
                .records(personal("FS-1", "P1", 7), personal("FS-2", "P2", 6)).build();
        MeasureContext review = MeasureContext.review(family, d(REVIEW), d(IDENTIFIED));
        ScoreReached every = new ScoreReached(AssessmentTool.FAMILY_STAR, People.named("parents"), Quantifier.EVERY,
                atLeast(7));

        MeasureResult result = every.evaluate(review);

        assertThat(result.status()).isEqualTo(Status.NOT_MET);
        assertThat(result.explanation().text()).contains("parents with a family_star assessment by 2015-12-01: 1 of 2 met, "
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
