package org.hearth.engine.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.engine.testing.FamilyFixture.d;

import java.util.List;
import java.util.Map;

import org.hearth.engine.measure.InterventionStepDown.Change;
import org.hearth.engine.testing.FamilyFixture;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.Intervention;
import org.hearth.engine.timeline.Intervention.TierChange;
import org.hearth.engine.timeline.RecordKind;
import org.hearth.engine.timeline.Referral;
import org.hearth.engine.timeline.TimelineRecord;
import org.hearth.engine.timeline.Vocabulary.Theme;
import org.hearth.engine.timeline.Vocabulary.Tier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InterventionStepDownTest {
    private static final RecordSelection REPEAT_REFERRALS = RecordSelection.of(RecordKind.REFERRALS,
            Map.of("referred_to", List.of("early_help", "childrens_social_care")));

    /** Southwark 3.6: early help completed, case closed, no repeat referrals in the following 6 months. */
    private static final InterventionStepDown CLOSED_SIX_MONTHS =
            new InterventionStepDown(Change.CLOSED, 6, List.of(REPEAT_REFERRALS));

    private static Intervention intervention(Tier tier, String closedOn, TierChange... changes) {
        return new Intervention("I-F1", "F1", d("2015-06-01"), "key worker", "Early Help", tier, List.of(changes),
                closedOn == null ? null : d(closedOn), closedOn == null ? null : "completed");
    }

    private static TierChange tierChange(String id, String date, Tier tier) {
        return new TierChange(id, d(date), tier, null);
    }

    private static FamilyTimeline family(Intervention intervention, TimelineRecord... records) {
        return FamilyFixture.family("F1").mother("P1", "1980-01-01").child("P2", "2006-03-04")
                .intervention(intervention).records(records).build();
    }

    private static Referral referral(String id, String personId, String date) {
        return new Referral(id, personId, personId == null ? "F1" : null, d(date), Referral.To.EARLY_HELP,
                Theme.CHILDREN_NEED_HELP, "MASH");
    }

    private static MeasureResult review(InterventionStepDown measure, FamilyTimeline family, String on) {
        return measure.evaluate(MeasureContext.review(family, d(on), d("2015-06-01")));
    }

    /** Rule: closed on C, sustained when C + 6 months is on or before the review date. */
    @ParameterizedTest(name = "reviewed {0}: {1}")
    @CsvSource({
            "2016-03-29, NOT_MET, '6 months pass on 2016-03-30, after 2016-03-29'",
            "2016-03-30, MET,     '6 months passed on 2016-03-30'",
    })
    void aCaseClosedAtTheEndOfSeptemberIsSustainedOnThe30thOfMarch(String on, Status expected, String months) {
        FamilyTimeline timeline = family(intervention(Tier.TARGETED_EARLY_HELP, "2015-09-30"));

        MeasureResult result = review(CLOSED_SIX_MONTHS, timeline, on);

        assertThat(result.status()).isEqualTo(expected);
        assertThat(result.explanation().text()).isEqualTo("intervention I-F1 (engaged 2015-06-01 at targeted_early_help): "
                + "closed on 2015-09-30 (completed); " + months + "; no step up since; "
                + "no referrals where referred_to in [early_help, childrens_social_care] since");
    }

    @ParameterizedTest(name = "referred {0} (person {1}): {2}")
    @CsvSource({
            "2015-12-01, P2, NOT_MET",
            "2015-12-01,   , NOT_MET",  // about the household
            "2015-09-30, P2, MET",      // on the day of closure, not after it
            "2016-04-01, P2, MET",      // after the review date
    })
    void aRepeatReferralAfterClosureFails(String referred, String personId, Status expected) {
        FamilyTimeline timeline = family(intervention(Tier.TARGETED_EARLY_HELP, "2015-09-30"),
                referral("REF-1", personId, referred));

        MeasureResult result = review(CLOSED_SIX_MONTHS, timeline, "2016-03-31");

        assertThat(result.status()).isEqualTo(expected);
        if (expected == Status.NOT_MET) {
            assertThat(result.explanation().text())
                    .contains("then 1 of referrals where referred_to in [early_help, childrens_social_care]")
                    .contains("[referrals REF-1 (2015-12-01)]");
        }
    }

    @Test
    void aStepDownToALowerTierSustainedSixMonths() {
        FamilyTimeline timeline = family(intervention(Tier.CHILD_IN_NEED, null,
                tierChange("TC-1", "2015-08-15", Tier.TARGETED_EARLY_HELP)));

        MeasureResult result = review(new InterventionStepDown(Change.STEPPED_DOWN, 6, null), timeline, "2016-02-15");

        assertThat(result.status()).isEqualTo(Status.MET);
        assertThat(result.explanation().text()).isEqualTo("intervention I-F1 (engaged 2015-06-01 at child_in_need): "
                + "stepped down from child_in_need to targeted_early_help on 2015-08-15 (TC-1); "
                + "6 months passed on 2016-02-15; no step up since");
    }

    @Test
    void aStepUpAfterTheStepDownFails() {
        FamilyTimeline timeline = family(intervention(Tier.CHILD_IN_NEED, null,
                tierChange("TC-1", "2015-08-15", Tier.TARGETED_EARLY_HELP),
                tierChange("TC-2", "2015-12-01", Tier.CHILD_IN_NEED)));

        MeasureResult result = review(new InterventionStepDown(Change.STEPPED_DOWN, 6, null), timeline, "2016-03-31");

        assertThat(result.status()).isEqualTo(Status.NOT_MET);
        assertThat(result.explanation().text()).contains("stepped up to child_in_need on 2015-12-01 (TC-2)");
    }

    @Test
    void aTierChangeOnTheEngagementDayIsNotAStepDown() {
        FamilyTimeline timeline = family(intervention(Tier.CHILD_IN_NEED, null,
                tierChange("TC-1", "2015-06-01", Tier.TARGETED_EARLY_HELP)));

        MeasureResult result = review(new InterventionStepDown(Change.STEPPED_DOWN, 6, null), timeline, "2016-03-31");

        assertThat(result.status()).isEqualTo(Status.NOT_MET);
        assertThat(result.explanation().text()).isEqualTo("intervention I-F1 (engaged 2015-06-01 at child_in_need) "
                + "had not stepped down after engagement by 2016-03-31");
    }

    @ParameterizedTest(name = "reviewed {0}: {1}")
    @CsvSource({"2016-05-29, NOT_MET", "2016-05-30, MET"})
    void eitherTheStepDownOrTheClosureMayBeSustained(String on, Status expected) {
        FamilyTimeline timeline = family(intervention(Tier.CHILD_IN_NEED, "2015-11-30",
                tierChange("TC-1", "2015-08-15", Tier.TARGETED_EARLY_HELP),
                tierChange("TC-2", "2015-10-01", Tier.CHILD_IN_NEED)));

        MeasureResult result = review(new InterventionStepDown(null, 6, null), timeline, on);

        assertThat(result.status()).isEqualTo(expected);
        if (expected == Status.MET) {
            assertThat(result.explanation().text())
                    .contains("closed on 2015-11-30 (completed); 6 months passed on 2016-05-30");
        } else {
            assertThat(result.explanation().text()).startsWith("neither change was sustained")
                    .contains("stepped up to child_in_need on 2015-10-01 (TC-2)")
                    .contains("closed on 2015-11-30 (completed); 6 months pass on 2016-05-30, after 2016-05-29");
        }
    }

    @ParameterizedTest(name = "closed {0}, reviewed 2016-01-10: {1}")
    @CsvSource({"2016-01-10, MET", "2016-01-11, NOT_MET"})
    void worcestershireCountsProgressAtCaseClosureWithNoMonths(String closed, Status expected) {
        FamilyTimeline timeline = family(intervention(Tier.TARGETED_EARLY_HELP, closed));

        MeasureResult result = review(new InterventionStepDown(null, null, null), timeline, "2016-01-10");

        assertThat(result.status()).isEqualTo(expected);
        assertThat(result.explanation().text()).contains(expected == Status.MET
                ? "closed on 2016-01-10 (completed); no step up since"
                : "had not closed or stepped down after engagement by 2016-01-10");
    }

    @Test
    void aFamilyWithNoInterventionHasNotSteppedDown() {
        FamilyTimeline timeline = FamilyFixture.family("F1").mother("P1", "1980-01-01").build();

        MeasureResult result = review(CLOSED_SIX_MONTHS, timeline, "2016-03-31");

        assertThat(result.status()).isEqualTo(Status.NOT_MET);
        assertThat(result.explanation().text()).isEqualTo("the family was not engaged in an intervention on 2016-03-31");
    }
}
