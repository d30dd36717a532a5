package org.hearth.engine.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.engine.testing.FamilyFixture.d;

import org.hearth.engine.testing.FamilyFixture;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.TimelineRecord;
import org.hearth.engine.timeline.WorkerAssessment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkerAssessmentSignedOffTest {
    private static final WorkerAssessmentSignedOff OUTCOME_QUESTION = new WorkerAssessmentSignedOff(null, null);

    private static WorkerAssessment answer(String id, String personId, String question, boolean yes, String on,
                                           String signedOff) {
        boolean signed = signedOff != null;
        return new WorkerAssessment(id, "F1", personId, question, yes, d(on), "KW-7", signed ? d(signedOff) : null,
                signed ? "TM-2" : null, signed ? "team manager" : null, "MOSAIC");
    }

    private static FamilyTimeline family(TimelineRecord... records) {
        return FamilyFixture.family("F1").mother("P1", "1980-01-01").child("P2", "2006-03-04").engaged("2015-06-01")
                .records(records).build();
    }

    /** The context an outcome with id 3.2 is tested in: reviewed 2016-03-31, identified 2015-06-01. */
    private static MeasureContext outcome32(FamilyTimeline family) {
        return MeasureContext.review(family, d("2016-03-31"), d("2015-06-01")).withQuestion("3.2");
    }

    @Test
    void aSignedOffYesToTheOutcomesQuestionIsMet() {
        FamilyTimeline timeline = family(answer("WA-1", null, "3.2", true, "2016-01-10", "2016-01-12"));

        MeasureResult result = OUTCOME_QUESTION.evaluate(outcome32(timeline));

        assertThat(result.status()).isEqualTo(Status.MET);
        assertThat(result.explanation().text()).isEqualTo("key worker KW-7 answered yes to '3.2' on 2016-01-10, "
                + "signed off by TM-2 (team manager) on 2016-01-12 [worker_assessments WA-1 (2016-01-10)]");
    }

    @ParameterizedTest(name = "answered {0}, signed off {1}: {2}")
    @CsvSource({
            "2016-01-10,           , NOT_MET",   // never signed off
            "2016-03-31, 2016-04-01, NOT_MET",   // signed off after the review date
            "2016-03-31, 2016-03-31, MET",
            "2015-05-31, 2015-06-02, NOT_MET",   // made before the problem was identified
            "2015-06-01, 2015-06-02, MET",
    })
    void onlyAnswersMadeSinceIdentificationAndSignedOffByTheReviewDateCount(String on, String signedOff,
                                                                           Status expected) {
        FamilyTimeline timeline = family(answer("WA-1", null, "3.2", true, on, signedOff));

        MeasureResult result = OUTCOME_QUESTION.evaluate(outcome32(timeline));

        assertThat(result.status()).isEqualTo(expected);
        if (expected == Status.NOT_MET) {
            assertThat(result.explanation().text())
                    .isEqualTo("no signed-off key worker assessment of '3.2' made from 2015-06-01 to 2016-03-31");
        }
    }

    @Test
    void aLaterNoWithdrawsAnEarlierYes() {
        FamilyTimeline timeline = family(
                answer("WA-1", null, "3.2", true, "2015-12-01", "2015-12-02"),
                answer("WA-2", null, "3.2", false, "2016-02-01", "2016-02-03"),
                answer("WA-3", null, "6.5", true, "2016-03-01", "2016-03-01"));

        MeasureResult result = OUTCOME_QUESTION.evaluate(outcome32(timeline));

        assertThat(result.status()).isEqualTo(Status.NOT_MET);
        assertThat(result.explanation().text()).startsWith("key worker KW-7 answered no to '3.2' on 2016-02-01")
                .endsWith("[worker_assessments WA-2 (2016-02-01)]");
    }

    @ParameterizedTest(name = "answered {0}: {1}")
    @CsvSource({"2015-09-30, NOT_MET", "2015-10-01, MET"})
    void withinLimitsTheAnswerToTheLastMonths(String on, Status expected) {
        FamilyTimeline timeline = family(answer("WA-1", null, "family_progress", true, on, on));
        WorkerAssessmentSignedOff measure = new WorkerAssessmentSignedOff("family_progress", Period.ofMonths(6));

        MeasureResult result = measure.evaluate(outcome32(timeline));

        assertThat(result.status()).isEqualTo(expected);
        if (expected == Status.NOT_MET) {
            assertThat(result.explanation().text()).isEqualTo(
                    "no signed-off key worker assessment of 'family_progress' made from 2015-10-01 to 2016-03-31");
        }
    }

    @ParameterizedTest(name = "nominated {0}: {1}")
    @CsvSource({"2014-06-01, NOT_MET", "2014-06-02, MET", "2015-06-01, MET", "2015-06-02, NOT_MET"})
    void asAnIndicatorAnAnswerBeforeTheIdentificationDayCounts(String on, Status expected) {
        FamilyTimeline timeline = family(answer("WA-1", "P2", "nominated_crime", true, on, on));
        WorkerAssessmentSignedOff measure = new WorkerAssessmentSignedOff("nominated_crime", Period.ofMonths(12));

        MeasureResult result = measure.evaluate(MeasureContext.identification(timeline, d("2015-06-01")));

        assertThat(result.status()).isEqualTo(expected);
        if (expected == Status.NOT_MET) {
            assertThat(result.explanation().text()).isEqualTo(
                    "no signed-off key worker assessment of 'nominated_crime' made from 2014-06-02 to 2015-06-01");
        }
    }

    @Test
    void asAnIndicatorWithoutAPeriodAnyEarlierAnswerCounts() {
        FamilyTimeline timeline = family(answer("WA-1", "P2", "nominated_crime", true, "2012-03-01", "2012-03-02"));

        MeasureResult met = new WorkerAssessmentSignedOff("nominated_crime", null)
                .evaluate(MeasureContext.identification(timeline, d("2015-06-01")));
        MeasureResult before = new WorkerAssessmentSignedOff("nominated_crime", null)
                .evaluate(MeasureContext.identification(timeline, d("2012-03-01")));

        assertThat(met.status()).isEqualTo(Status.MET);
        assertThat(before.status()).as("not yet signed off").isEqualTo(Status.NOT_MET);
        assertThat(before.explanation().text())
                .isEqualTo("no signed-off key worker assessment of 'nominated_crime' made by 2012-03-01");
    }

    @Test
    void narrowedToOnePersonOnlyTheirAnswersCount() {
        FamilyTimeline timeline = family(answer("WA-1", "P1", "3.2", true, "2016-01-10", "2016-01-10"));

        assertThat(OUTCOME_QUESTION.evaluate(outcome32(timeline).onlyFor("P1")).status()).isEqualTo(Status.MET);
        assertThat(OUTCOME_QUESTION.evaluate(outcome32(timeline).onlyFor("P2")).status()).isEqualTo(Status.NOT_MET);
    }

    @Test
    void aQuestionIsNeededOutsideAnOutcome() {
        MeasureContext noQuestion = MeasureContext.review(family(), d("2016-03-31"), d("2015-06-01"));

        assertThatThrownBy(() -> OUTCOME_QUESTION.evaluate(noQuestion)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no question");
    }
}
