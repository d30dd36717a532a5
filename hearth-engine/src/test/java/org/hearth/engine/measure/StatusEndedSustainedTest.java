package org.hearth.engine.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.engine.testing.FamilyFixture.d;

import java.util.List;
import java.util.Map;

import org.hearth.engine.testing.FamilyFixture;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.RecordKind;
import org.hearth.engine.timeline.Referral;
import org.hearth.engine.timeline.SocialCareEpisode;
import org.hearth.engine.timeline.SocialCareEpisode.EndReason;
import org.hearth.engine.timeline.SocialCareEpisode.Kind;
import org.hearth.engine.timeline.TimelineRecord;
import org.hearth.engine.timeline.Vocabulary.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusEndedSustainedTest {
    private static final RecordSelection CP_PLAN = socialCare("child_protection_plan");
    private static final RecordSelection STATUTORY = RecordSelection.of(RecordKind.SOCIAL_CARE, Map.of("statutory", true));
    private static final RecordSelection REFERRED_TO_SOCIAL_CARE =
            RecordSelection.of(RecordKind.REFERRALS, Map.of("referred_to", "childrens_social_care"));

    /** Southwark 3.5: removed from a child protection plan and no repeat plan within 6 months. */
    private static final StatusEndedSustained PLAN_ENDED =
            new StatusEndedSustained(CP_PLAN, null, null, 6, List.of(CP_PLAN), null);

    private static RecordSelection socialCare(String episodeType) {
        return RecordSelection.of(RecordKind.SOCIAL_CARE, Map.of("episode_type", episodeType));
    }

    private static SocialCareEpisode episode(String id, String personId, Kind kind, String start, String end,
                                             EndReason reason) {
        return new SocialCareEpisode(id, personId, kind, d(start), end == null ? null : d(end), reason, "MOSAIC");
    }

    private static Referral referral(String id, String personId, String date) {
        return new Referral(id, personId, personId == null ? "F1" : null, d(date), Referral.To.CHILDRENS_SOCIAL_CARE,
                Theme.CHILDREN_NEED_HELP, "MASH");
    }

    private static FamilyFixture family(TimelineRecord... records) {
        return FamilyFixture.family("F1").mother("P1", "1980-01-01").child("P2", "2006-03-04")
                .child("P3", "2009-07-08").engaged("2015-06-01").records(records);
    }

    private static MeasureResult review(StatusEndedSustained measure, FamilyTimeline family, String on) {
        return measure.evaluate(MeasureContext.review(family, d(on), d("2015-06-01")));
    }

    /** Rule: the last end E plus the months is on or before the review date (2015-09-30 + 6 months = 2016-03-30). */
    @ParameterizedTest(name = "reviewed {0}: {1}")
    @CsvSource({
            "2016-03-29, NOT_MET, 'P2: ended 2015-09-30; 6 months pass on 2016-03-30, after 2016-03-29'",
            "2016-03-30, MET,     'P2: ended 2015-09-30; 6 months passed on 2016-03-30'",
    })
    void aPlanEndedOnTheLastDayOfSeptemberIsSustainedOnThe30thOfMarch(String on, Status expected, String words) {
        FamilyTimeline timeline = family(episode("CP-1", "P2", Kind.CHILD_PROTECTION_PLAN, "2015-03-01", "2015-09-30",
                EndReason.STEPPED_DOWN)).build();

        MeasureResult result = review(PLAN_ENDED, timeline, on);

        assertThat(result.status()).isEqualTo(expected);
        assertThat(result.explanation().text())
                .startsWith("social_care where episode_type = child_protection_plan for children, ended and sustained "
                        + "6 months: " + (expected == Status.MET ? 1 : 0) + " of 1 in scope, every one needed")
                .contains(words)
                .contains("no social_care where episode_type = child_protection_plan since")
                .contains("[social_care CP-1 (2015-03-01 to 2015-09-30)]");
    }

    @Test
    void aRepeatPlanStillOpenMeansThePlanHasNotEnded() {
        FamilyTimeline timeline = family(
                episode("CP-1", "P2", Kind.CHILD_PROTECTION_PLAN, "2015-03-01", "2015-09-30", EndReason.CLOSED),
                episode("CP-2", "P2", Kind.CHILD_PROTECTION_PLAN, "2015-12-01", null, null)).build();

        MeasureResult result = review(PLAN_ENDED, timeline, "2016-03-31");

        assertThat(result.status()).isEqualTo(Status.NOT_MET);
        assertThat(result.explanation().text()).contains("P2: still open on 2016-03-31 [social_care CP-2 (from 2015-12-01)]");
    }

    @Test
    void aRepeatPlanThatEndedRestartsTheSixMonths() {
        FamilyTimeline timeline = family(
                episode("CP-1", "P2", Kind.CHILD_PROTECTION_PLAN, "2015-03-01", "2015-09-30", EndReason.CLOSED),
                episode("CP-2", "P2", Kind.CHILD_PROTECTION_PLAN, "2015-12-01", "2016-01-15", EndReason.CLOSED)).build();

        MeasureResult result = review(PLAN_ENDED, timeline, "2016-03-31");

        assertThat(result.status()).isEqualTo(Status.NOT_MET);
        assertThat(result.explanation().text())
                .contains("P2: ended 2016-01-15; 6 months pass on 2016-07-15, after 2016-03-31")
                .contains("social_care CP-2 (2015-12-01 to 2016-01-15)");
    }

    @ParameterizedTest(name = "re-referred {0} (person {1}): {2}")
    @CsvSource({
            "2016-01-10, P2, NOT_MET",
            "2016-01-10,   , NOT_MET",     // a referral about the household counts too
            "2015-08-31, P2, MET",          // the day the service ended is not after it
            "2016-04-01, P2, MET",          // after the review date
            "2016-01-10, P3, MET",          // about another child
    })
    void statutorySocialWorkEndedAndNotReReferred(String referred, String personId, Status expected) {
        FamilyTimeline timeline = family(
                episode("CIN-1", "P2", Kind.CHILD_IN_NEED, "2015-01-05", "2015-08-31", EndReason.CLOSED),
                referral("REF-1", personId, referred)).build();
        StatusEndedSustained measure = new StatusEndedSustained(STATUTORY, null, null, 6,
                List.of(REFERRED_TO_SOCIAL_CARE), null);

        MeasureResult result = review(measure, timeline, "2016-03-31");

        assertThat(result.status()).isEqualTo(expected);
        assertThat(result.explanation().text()).contains("P2: ended 2015-08-31; 6 months passed on 2016-02-29")
                .contains(expected == Status.MET
                        ? "no referrals where referred_to = childrens_social_care since"
                        : "then 1 of referrals where referred_to = childrens_social_care");
        if (expected == Status.NOT_MET) {
            assertThat(result.explanation().cited()).extracting(TimelineRecord::recordId).contains("REF-1");
        }
    }

    @ParameterizedTest(name = "early help from {0}: {1}")
    @CsvSource({
            "2015-09-30, MET",      // the day the plan ended
            "2015-10-31, MET",      // 31 days after
            "2015-11-01, NOT_MET",  // 32 days after
    })
    void steppedDownToEarlyHelpWithinAMonthAndSustained(String earlyHelpFrom, Status expected) {
        FamilyTimeline timeline = family(
                episode("CP-1", "P2", Kind.CHILD_PROTECTION_PLAN, "2015-03-01", "2015-09-30", EndReason.STEPPED_DOWN),
                episode("EH-1", "P2", Kind.EARLY_HELP, earlyHelpFrom, "2016-02-01", EndReason.CLOSED)).build();
        StatusEndedSustained measure = new StatusEndedSustained(CP_PLAN, null, null, 6, List.of(STATUTORY),
                socialCare("early_help"));

        MeasureResult result = review(measure, timeline, "2016-03-31");

        assertThat(result.status()).isEqualTo(expected);
        assertThat(result.explanation().text()).contains(expected == Status.MET
                ? "; stepped down to social_care where episode_type = early_help from " + earlyHelpFrom
                : "; no social_care where episode_type = early_help began from 2015-09-30 to 2015-10-31");
    }

    @ParameterizedTest(name = "protection plan from {0}: {1}")
    @CsvSource({", MET", "2015-11-01, NOT_MET"})
    void aLookedAfterChildReturnsHomeForSixMonthsAndIsNotMadeSubjectToAPlan(String planFrom, Status expected) {
        FamilyFixture family = family(
                episode("LAC-1", "P3", Kind.LOOKED_AFTER, "2014-01-01", "2015-09-30", EndReason.RETURNED_HOME));
        if (planFrom != null) {
            family.record(episode("CP-1", "P3", Kind.CHILD_PROTECTION_PLAN, planFrom, "2015-12-20", EndReason.CLOSED));
        }
        StatusEndedSustained measure = new StatusEndedSustained(socialCare("looked_after"), null, null, 6,
                List.of(socialCare("looked_after"), CP_PLAN), null);

        MeasureResult result = review(measure, family.build(), "2016-03-30");

        assertThat(result.status()).isEqualTo(expected);
        assertThat(result.explanation().text()).contains("P3: ended 2015-09-30; 6 months passed on 2016-03-30")
                .contains(planFrom == null ? "no social_care where episode_type = child_protection_plan since"
                        : "then 1 of social_care where episode_type = child_protection_plan");
    }

    @Test
    void onlyChildrenWithThePlanOpenSinceIdentificationAreInScope() {
        FamilyTimeline timeline = family(
                episode("CP-1", "P2", Kind.CHILD_PROTECTION_PLAN, "2015-01-01", "2015-05-31", EndReason.CLOSED),
                episode("CP-2", "P3", Kind.CHILD_PROTECTION_PLAN, "2015-02-01", "2015-06-01", EndReason.CLOSED)).build();

        MeasureResult result = review(PLAN_ENDED, timeline, "2016-03-31");

        assertThat(result.status()).isEqualTo(Status.MET);
        assertThat(result.explanation().text()).contains("1 of 1 in scope").contains("P3: ended 2015-06-01")
                .doesNotContain("P2:");
    }

    @Test
    void nobodyWithThePlanSinceIdentificationIsNotApplicable() {
        FamilyTimeline timeline = family(
                episode("CP-1", "P2", Kind.CHILD_PROTECTION_PLAN, "2015-01-01", "2015-05-31", EndReason.CLOSED)).build();

        MeasureResult result = review(PLAN_ENDED, timeline, "2016-03-31");

        assertThat(result.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(result.explanation().text()).isEqualTo("no one among children had social_care where episode_type = "
                + "child_protection_plan open from 2015-06-01 to 2016-03-31");
    }

    @Test
    void everyChildInScopeOrAnyOne() {
        FamilyTimeline timeline = family(
                episode("CP-1", "P2", Kind.CHILD_PROTECTION_PLAN, "2015-01-01", "2015-08-01", EndReason.CLOSED),
                episode("CP-2", "P3", Kind.CHILD_PROTECTION_PLAN, "2015-02-01", null, null)).build();

        MeasureResult every = review(PLAN_ENDED, timeline, "2016-03-31");
        MeasureResult any = review(new StatusEndedSustained(CP_PLAN, null, Quantifier.ANY, 6, List.of(), null),
                timeline, "2016-03-31");

        assertThat(every.status()).isEqualTo(Status.NOT_MET);
        assertThat(every.explanation().text()).contains("1 of 2 in scope, every one needed")
                .contains("P2: ended 2015-08-01; 6 months passed on 2016-02-01").contains("P3: still open on 2016-03-31");
        assertThat(any.status()).isEqualTo(Status.MET);
        assertThat(any.explanation().text()).contains("1 of 2 in scope, any one needed");
    }
}
