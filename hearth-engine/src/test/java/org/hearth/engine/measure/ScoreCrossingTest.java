package org.hearth.engine.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.engine.testing.FamilyFixture.d;

import java.util.Map;

import org.hearth.engine.testing.FamilyFixture;
import org.hearth.engine.testing.PlanSnippets;
import org.hearth.engine.timeline.AssessmentTool;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.ScoredAssessment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Southwark 5.1: a DASH RIC score of 14 or above (high) that falls below 14 for 3 continuous months. */
class ScoreCrossingTest {
    private static final String IDENTIFIED = "2015-06-01";
    private static final ScoreCrossing RIC_BELOW_14_FOR_3_MONTHS = new ScoreCrossing(AssessmentTool.DASH_RIC,
            People.named("members"), Quantifier.ANY, atLeast(14), below(14), 3);

    @ParameterizedTest(name = "12 on {0}, review {1}: {2}")
    @CsvSource({
        "2015-09-01, 2015-12-01, MET",      // exactly 3 months before the review date
        "2015-09-02, 2015-12-01, NOT_MET",  // one day short
        "2015-08-31, 2015-11-30, MET",      // 31 August + 3 months is 30 November
        "2015-11-30, 2016-02-29, MET",      // and 30 November + 3 months is 29 February 2016
        "2015-12-01, 2016-02-29, NOT_MET"
    })
    void theScoreMustStayBelow14ForThreeMonthsCountedToTheReviewDate(String below, String reviewDate, Status expected) {
        FamilyTimeline family = victim(dash("A-1", IDENTIFIED, 16), dash("A-2", below, 12));

        MeasureResult result = RIC_BELOW_14_FOR_3_MONTHS.evaluate(review(family, reviewDate));

        assertThat(result.status()).isEqualTo(expected);
        assertThat(result.explanation().text())
                .contains("P1: initial dash_ric 16 on 2015-06-01 (at least 14); latest 12 on " + below
                        + ", below 14 since " + below)
                .contains("to " + reviewDate + ", 3 months needed")
                .contains("assessments A-1 (2015-06-01), assessments A-2 (" + below + ")");
    }

    @Test
    void explainsTheMonthsHeldAndTheThreshold() {
        FamilyTimeline family = victim(dash("A-1", IDENTIFIED, 16), dash("A-2", "2015-08-01", 12));

        MeasureResult result = RIC_BELOW_14_FOR_3_MONTHS.evaluate(review(family, "2015-12-01"));

        assertThat(result.status()).isEqualTo(Status.MET);
        assertThat(result.explanation().text()).isEqualTo(
                "members with an initial dash_ric at least 14: 1 of 1 met, any one needed: P1: initial dash_ric 16 on "
                        + "2015-06-01 (at least 14); latest 12 on 2015-08-01, below 14 since 2015-08-01: held 4 months to "
                        + "2015-12-01, 3 months needed [assessments A-1 (2015-06-01), assessments A-2 (2015-08-01)]");
    }

    @Test
    void aScoreBackAbove14InBetweenBreaksTheRun() {
        FamilyTimeline family = victim(dash("A-1", IDENTIFIED, 16), dash("A-2", "2015-07-01", 12),
                dash("A-3", "2015-08-01", 15), dash("A-4", "2015-09-15", 12));

        MeasureResult result = RIC_BELOW_14_FOR_3_MONTHS.evaluate(review(family, "2015-12-01"));

        assertThat(result.status()).isEqualTo(Status.NOT_MET);
        assertThat(result.explanation().text())
                .contains("below 14 since 2015-09-15: held 2 months to 2015-12-01, 3 months needed (not before 2015-12-15)")
                .contains("assessments A-3 (2015-08-01)");
    }

    @Test
    void withoutTheBreakTheSameScoresAreHeldFromTheFirstFall() {
        FamilyTimeline family = victim(dash("A-1", IDENTIFIED, 16), dash("A-2", "2015-07-01", 12),
                dash("A-3", "2015-08-01", 13), dash("A-4", "2015-09-15", 12));

        MeasureResult result = RIC_BELOW_14_FOR_3_MONTHS.evaluate(review(family, "2015-12-01"));

        assertThat(result.status()).isEqualTo(Status.MET);
        assertThat(result.explanation().text()).contains("below 14 since 2015-07-01: held 5 months");
    }

    @Test
    void anInitialScoreBelow14IsOutOfScope() {
        FamilyTimeline family = victim(dash("A-1", IDENTIFIED, 13), dash("A-2", "2015-07-01", 10));

        MeasureResult result = RIC_BELOW_14_FOR_3_MONTHS.evaluate(review(family, "2015-12-01"));

        assertThat(result.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(result.explanation().text())
                .contains("nobody: members with an initial dash_ric at least 14")
                .contains("P1: initial dash_ric 13 on 2015-06-01 is not at least 14, so out of scope");
    }

    @Test
    void nobodyAssessedIsNotApplicable() {
        FamilyTimeline family = FamilyFixture.family("F1").mother("P1", "1985-04-02").build();

        MeasureResult result = RIC_BELOW_14_FOR_3_MONTHS.evaluate(review(family, "2015-12-01"));

        assertThat(result.status()).isEqualTo(Status.NOT_APPLICABLE);
    }

    @Test
    void aHighScoreWithNoLaterAssessmentIsNotMet() {
        FamilyTimeline family = victim(dash("A-1", IDENTIFIED, 16));

        MeasureResult result = RIC_BELOW_14_FOR_3_MONTHS.evaluate(review(family, "2015-12-01"));

        assertThat(result.status()).isEqualTo(Status.NOT_MET);
        assertThat(result.explanation().text()).contains("no later assessment by 2015-12-01");
    }

    @Test
    void theLatestScoreDecidesEvenAfterAnEarlierFall() {
        FamilyTimeline family = victim(dash("A-1", IDENTIFIED, 16), dash("A-2", "2015-07-01", 12),
                dash("A-3", "2015-11-01", 14));

        MeasureResult result = RIC_BELOW_14_FOR_3_MONTHS.evaluate(review(family, "2015-12-01"));

        assertThat(result.status()).isEqualTo(Status.NOT_MET);
        assertThat(result.explanation().text()).contains("latest 14 on 2015-11-01, not below 14");
    }

    @Test
    void anAssessmentAfterTheReviewDateIsNotYetKnown() {
        FamilyTimeline family = victim(dash("A-1", IDENTIFIED, 16), dash("A-2", "2015-07-01", 12),
                dash("A-3", "2015-12-02", 18));

        MeasureResult result = RIC_BELOW_14_FOR_3_MONTHS.evaluate(review(family, "2015-12-01"));

        assertThat(result.status()).isEqualTo(Status.MET);
        assertThat(result.explanation().cited()).extracting(r -> r.recordId()).containsExactly("A-1", "A-2");
    }

    @Test
    void theInitialScoreIsTheLatestOnOrBeforeIdentification() {
        FamilyTimeline highThenLow = victim(dash("A-1", "2015-03-01", 16), dash("A-2", "2015-05-20", 10),
                dash("A-3", "2015-07-01", 12));
        FamilyTimeline lowThenHigh = victim(dash("A-1", "2015-03-01", 10), dash("A-2", "2015-05-20", 16),
                dash("A-3", "2015-07-01", 12));

        MeasureResult outOfScope = RIC_BELOW_14_FOR_3_MONTHS.evaluate(review(highThenLow, "2015-12-01"));
        MeasureResult met = RIC_BELOW_14_FOR_3_MONTHS.evaluate(review(lowThenHigh, "2015-12-01"));

        assertThat(outOfScope.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(met.status()).isEqualTo(Status.MET);
        assertThat(met.explanation().text()).contains("initial dash_ric 16 on 2015-05-20");
    }

    @Test
    void everyoneInScopeMustCrossWhenEveryIsAsked() {
        FamilyTimeline family = FamilyFixture.family("F1").mother("P1", "1985-04-02").otherAdult("P2", "1995-02-01")
                .records(dash("A-1", IDENTIFIED, 16), dash("A-2", "2015-07-01", 12),
                        dash("A-3", "P2", IDENTIFIED, 18), dash("A-4", "P2", "2015-07-01", 15))
                .build();
        MeasureContext review = review(family, "2015-12-01");
        ScoreCrossing every = new ScoreCrossing(AssessmentTool.DASH_RIC, People.named("members"), Quantifier.EVERY,
                atLeast(14), below(14), 3);

        assertThat(RIC_BELOW_14_FOR_3_MONTHS.evaluate(review).status()).isEqualTo(Status.MET);
        MeasureResult result = every.evaluate(review);
        assertThat(result.status()).isEqualTo(Status.NOT_MET);
        assertThat(result.explanation().text()).contains("1 of 2 met, every one needed");
    }

    @Test
    void householdAssessmentsAreOneSubjectForTheFamilyOnly() {
        FamilyTimeline family = FamilyFixture.family("F1").mother("P1", "1985-04-02")
                .records(dash("H-1", null, IDENTIFIED, 16), dash("H-2", null, "2015-07-01", 9))
                .build();
        MeasureContext review = review(family, "2015-12-01");
        ScoreCrossing forFamily = new ScoreCrossing(AssessmentTool.DASH_RIC, null, null, atLeast(14), below(14), 3);

        MeasureResult result = forFamily.evaluate(review);

        assertThat(result.status()).isEqualTo(Status.MET);
        assertThat(result.explanation().text()).contains("household F1: initial dash_ric 16 on 2015-06-01");
        assertThat(RIC_BELOW_14_FOR_3_MONTHS.evaluate(review).status()).isEqualTo(Status.NOT_APPLICABLE);
    }

    @Test
    void aLevelBoundOnAScoringToolIsRejected() {
        assertThatThrownBy(() -> new ScoreCrossing(AssessmentTool.DASH_RIC, null, null,
                new Bound(null, null, null, null, null, "high"), below(14), 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not fit dash_ric");
    }

    @Test
    void readsThePlanForm() throws Exception {
        Measure measure = PlanSnippets.measure("""
                type: score_crossing
                tool: dash_ric
                people: members
                quantifier: any
                from: {at_least: 14}
                to: {below: 14}
                held_months: 3
                """);

        assertThat(measure).isEqualTo(RIC_BELOW_14_FOR_3_MONTHS);
    }


    static Bound atLeast(double value) {
        return new Bound(null, value, null, null, null, null);
    }

    static Bound below(double value) {
        return new Bound(null, null, value, null, null, null);
    }

    private static MeasureContext review(FamilyTimeline family, String reviewDate) {
        return MeasureContext.review(family, d(reviewDate), d(IDENTIFIED));
    }

    private static ScoredAssessment dash(String id, String date, double score) {
        return dash(id, "P1", date, score);
    }

    /** A DASH RIC about a person, or about the household F1 when the person is null. */
    private static ScoredAssessment dash(String id, String personId, String date, double score) {
        return new ScoredAssessment(id, personId, personId == null ? "F1" : null, AssessmentTool.DASH_RIC, d(date), score,
                null, "IDVA");
    }

    private static FamilyTimeline victim(ScoredAssessment... assessments) {
        return FamilyFixture.family("F1").mother("P1", "1985-04-02").records(assessments).build();
    }
}
