package org.hearth.engine.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.engine.testing.FamilyFixture.d;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.hearth.engine.measure.CountInWindow.Window;
import org.hearth.engine.testing.FamilyFixture;
import org.hearth.engine.timeline.Exclusion;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.Offence.Disposal;
import org.hearth.engine.timeline.Offence;
import org.hearth.engine.timeline.Person;
import org.hearth.engine.timeline.RecordKind;
import org.hearth.engine.timeline.SocialCareEpisode;
import org.hearth.engine.timeline.Vocabulary.Role;
import org.hearth.engine.timeline.Vocabulary.Sex;
import org.hearth.engine.timeline.WorkerAssessment;
import org.junit.jupiter.api.Test;

/**
 * On which days a family may meet a measure, so that the emerging-problem search tests it only then:
 * never a day on which the measure is met, and none at all when no record could meet it.
 */
class MeetableDaysTest {
    private static final RecordSelection PROVEN = RecordSelection.of(RecordKind.OFFENCES, Map.of("proven", true));
    private static final RecordSelection CHILD_IN_NEED =
            RecordSelection.of(RecordKind.SOCIAL_CARE, Map.of("episode_type", "child_in_need"));
    private static final Measure PROVEN_OFFENCE = new CountInWindow(PROVEN, People.named("children"),
            Period.ofMonths(12), 1);
    private static final Measure IN_NEED = new StatusHeld(CHILD_IN_NEED, People.named("children"), null, null, null,
            null);

    private static FamilyFixture family() {
        return FamilyFixture.family("F1").mother("M", "1980-01-01").child("C", "2001-05-05").engaged("2015-06-01");
    }

    private static Offence offence(String id, String date, Disposal disposal) {
        return new Offence(id, "C", d(date), disposal, false, null, "YOS");
    }

    private static SocialCareEpisode episode(String id, SocialCareEpisode.Kind kind, String from) {
        return new SocialCareEpisode(id, "C", kind, d(from), null, null, "case system");
    }

    @Test
    void aCountIsUnmeetableWhenNoRecordPassesItsFilterWhateverItsDate() {
        FamilyTimeline unproven = family().record(offence("OF1", "2015-09-01", Disposal.COMMUNITY_RESOLUTION)).build();
        FamilyTimeline provenLongAgo = family().record(offence("OF1", "2005-09-01", Disposal.CONVICTION)).build();

        assertThat(PROVEN_OFFENCE.meetableDays(unproven).none()).isTrue();
        assertThat(PROVEN_OFFENCE.meetableDays(provenLongAgo).none())
                .as("a proven offence on any day may fall in some window").isFalse();
    }

    @Test
    void aStatusIsUnmeetableWhenNoSpellOfItExists() {
        FamilyTimeline protection = family()
                .record(episode("SC1", SocialCareEpisode.Kind.CHILD_PROTECTION_PLAN, "2015-01-01")).build();
        FamilyTimeline inNeed = family().record(episode("SC1", SocialCareEpisode.Kind.CHILD_IN_NEED, "2016-01-01")).build();

        assertThat(IN_NEED.meetableDays(protection).none()).isTrue();
        assertThat(IN_NEED.evaluate(MeasureContext.identification(protection, d("2016-06-01"))).met()).isFalse();
        assertThat(IN_NEED.meetableDays(inNeed).none()).isFalse();
        assertThat(IN_NEED.evaluate(MeasureContext.identification(inNeed, d("2016-06-01"))).met()).isTrue();
    }

    @Test
    void anyOfIsUnmeetableOnlyWhenEveryPartIs() {
        FamilyTimeline offending = family().record(offence("OF1", "2015-09-01", Disposal.CAUTION)).build();
        FamilyTimeline neither = family().build();
        Measure either = new AnyOf(List.of(IN_NEED, PROVEN_OFFENCE));

        assertThat(either.meetableDays(offending).none()).isFalse();
        assertThat(either.meetableDays(neither).none()).isTrue();
    }

    @Test
    void allOfMayBeMetWhereAPartMayEvenIfAnotherPartCannotBecauseItDoesNotApply() {
        // No member is 60 or over here, so the status does not apply, and the count alone decides.
        Measure noSpellNoOne = new StatusHeld(CHILD_IN_NEED, People.of(People.Group.MEMBERS, 60, null), null, null,
                null, null);
        Measure both = new AllOf(List.of(PROVEN_OFFENCE, noSpellNoOne), false);
        FamilyTimeline offending = family().record(offence("OF1", "2015-09-01", Disposal.CAUTION)).build();

        MeasureResult result = both.evaluate(MeasureContext.identification(offending, d("2015-10-01")));

        assertThat(noSpellNoOne.meetableDays(offending).none()).isTrue();
        assertThat(result.status()).isEqualTo(Status.MET);
        assertThat(both.meetableDays(offending).none()).isFalse();
    }

    @Test
    void measuresMetByTheAbsenceOfRecordsAreNeverUnmeetable() {
        Measure noOffence = new NoneInWindow(PROVEN, People.named("children"), Period.ofMonths(6));

        assertThat(noOffence.meetableDays(family().build()).none()).isFalse();
    }

    @Test
    void aCountMayBeMetFromItsRecordsDayUntilItsWindowNoLongerReachesIt() {
        // A leap day: twelve months later the window 2016-03-01 to 2017-02-28 no longer holds it.
        FamilyTimeline offending = family().record(offence("OF1", "2016-02-29", Disposal.CAUTION)).build();
        MeetableDays days = PROVEN_OFFENCE.meetableDays(offending);

        assertThat(met(PROVEN_OFFENCE, offending, "2017-02-27")).isTrue();
        assertThat(met(PROVEN_OFFENCE, offending, "2017-02-28")).isFalse();
        assertThat(days.includes(d("2016-02-28"))).as("the day before the offence").isFalse();
        assertThat(days.includes(d("2016-02-29"))).isTrue();
        assertThat(days.includes(d("2017-02-27"))).isTrue();
        assertThat(days.includes(d("2017-04-01"))).as("long after the window passed it").isFalse();
        neverRuledOutWhenMet(PROVEN_OFFENCE, offending);
    }

    @Test
    void noDayIsRuledOutOnWhichAWindowOfWeeksOrFullQuartersHoldsTheRecord() {
        // The first day of a quarter is counted longest: until the end of the fourth quarter after its own.
        FamilyTimeline offending = family().record(offence("OF1", "2016-01-01", Disposal.CAUTION)).build();
        Measure weeks = new CountInWindow(PROVEN, People.named("children"), Period.ofWeeks(26), 1);
        Measure quarters = new CountInWindow(PROVEN, People.named("children"), Window.ofFullQuarters(4), 1);

        assertThat(met(quarters, offending, "2017-03-31")).isTrue();
        assertThat(met(quarters, offending, "2017-04-01")).isFalse();
        neverRuledOutWhenMet(weeks, offending);
        neverRuledOutWhenMet(quarters, offending);
        assertThat(quarters.meetableDays(offending).includes(d("2017-09-01"))).isFalse();
    }

    @Test
    void aStatusMayBeMetOnlyWhileItsSpellCanCoverTheDaysAsked() {
        FamilyTimeline inNeed = family().record(new SocialCareEpisode("SC1", "C", SocialCareEpisode.Kind.CHILD_IN_NEED,
                d("2015-09-01"), d("2017-02-28"), null, "case system")).build();
        Measure onTheDay = IN_NEED;
        Measure forSixMonths = new StatusHeld(CHILD_IN_NEED, People.named("children"), null, Period.ofMonths(6), null,
                null);
        Measure throughTerms = new StatusHeld(CHILD_IN_NEED, People.named("children"), null, null, 3, null);

        assertThat(onTheDay.meetableDays(inNeed).includes(d("2017-03-01"))).as("the day after it ended").isFalse();
        assertThat(met(throughTerms, inNeed, "2016-09-01")).as("three full terms from September 2015").isTrue();
        neverRuledOutWhenMet(onTheDay, inNeed);
        neverRuledOutWhenMet(forSixMonths, inNeed);
        neverRuledOutWhenMet(throughTerms, inNeed);
    }

    @Test
    void motherhoodMayBeMetOnlyInTheMonthsAfterABirth() {
        // Born on a leap day; the mother was 16 then (Sunderland 3d).
        FamilyTimeline family = FamilyFixture.family("F1").mother("M", "1999-06-01")
                .member(new Person("B", d("2016-02-29"), Sex.FEMALE, "M", null), Role.CHILD, false, null, null).build();
        Measure teenageBirth = new Motherhood(null, 12, 16, null, null);
        MeetableDays days = teenageBirth.meetableDays(family);

        assertThat(days.includes(d("2016-02-28"))).as("before the birth").isFalse();
        assertThat(met(teenageBirth, family, "2017-02-27")).isTrue();
        assertThat(met(teenageBirth, family, "2017-02-28")).as("twelve months from 2016-03-01").isFalse();
        assertThat(days.includes(d("2017-06-01"))).as("over a year after it").isFalse();
        neverRuledOutWhenMet(teenageBirth, family);
    }

    @Test
    void exclusionsAskedForMayBeMetOnlyFromTheFirstExclusionAndAttendanceOnlyWithRecords() {
        FamilyTimeline excluded = family().record(new Exclusion("EX1", "C", d("2015-11-13"), Exclusion.Type.FIXED_TERM,
                1, Exclusion.Phase.SECONDARY, "school census")).build();
        Measure oneOrMore = new ExclusionsOverTerms(People.named("school_age_children"), Quantifier.ANY, 3,
                TermsEnding.REFERENCE_DAY, ExclusionsOverTerms.Count.FIXED_TERM_EXCLUSIONS, null, null, 1.0);
        Measure fewerThanThree = new ExclusionsOverTerms(People.named("school_age_children"), Quantifier.EVERY, 3,
                TermsEnding.REFERENCE_DAY, ExclusionsOverTerms.Count.FIXED_TERM_EXCLUSIONS, null, 3.0, null);
        Measure attendance = new AttendanceOverTerms(People.named("school_age_children"), Quantifier.ANY, 3,
                TermsEnding.REFERENCE_DAY, null, Comparison.BELOW, DatedValue.of(90), null);

        assertThat(oneOrMore.meetableDays(family().build()).none()).as("no exclusion at all").isTrue();
        assertThat(oneOrMore.meetableDays(excluded).includes(d("2015-11-12"))).isFalse();
        neverRuledOutWhenMet(oneOrMore, excluded);
        assertThat(fewerThanThree.meetableDays(family().build()).none()).as("met by having none").isFalse();
        assertThat(attendance.meetableDays(excluded).none()).as("no attendance record").isTrue();
    }

    @Test
    void measuresNotNarrowedMayBeMetOnAnyDay() {
        Measure noOffence = new NoneInWindow(PROVEN, People.named("children"), Period.ofMonths(6));

        assertThat(noOffence.meetableDays(family().build()).includes(d("1990-01-01"))).isTrue();
        assertThat(noOffence.meetableDays(family().build()).includes(d("2090-01-01"))).isTrue();
    }

    @Test
    void aKeyWorkersAnswerMayBeMetFromTheFirstYesToItsQuestionSignedOffAndAnAllOfOnlyThen() {
        Measure answer = new WorkerAssessmentSignedOff(null, null);
        Measure withData = new AllOf(List.of(new NoneInWindow(PROVEN, People.named("children"), Period.ofMonths(6)),
                answer), null);
        FamilyTimeline answered = family()
                .record(new WorkerAssessment("WA1", "F1", null, "6.5", false, d("2015-09-01"), "KW", d("2015-09-02"), "TM",
                        null, "case system"))
                .record(new WorkerAssessment("WA2", "F1", null, "6.4", true, d("2015-10-01"), "KW", d("2015-10-02"), "TM",
                        null, "case system"))
                .record(new WorkerAssessment("WA3", "F1", null, "6.5", true, d("2016-01-10"), "KW", d("2016-02-01"), "TM",
                        null, "case system"))
                .build();

        assertThat(answer.meetableDays(family().build(), "6.5").none()).as("no answer").isTrue();
        assertThat(answer.meetableDays(answered, "6.5").firstFrom(d("2015-06-01"))).as("the first yes to 6.5 signed off")
                .isEqualTo(d("2016-02-01"));
        assertThat(answer.meetableDays(answered, "6.4").firstFrom(d("2015-06-01"))).isEqualTo(d("2015-10-02"));
        assertThat(withData.meetableDays(answered, "6.5").firstFrom(d("2015-06-01"))).isEqualTo(d("2016-02-01"));
        assertThat(answer.meetableDays(answered, "6.5").firstFrom(d("2030-01-01"))).isEqualTo(d("2030-01-01"));
    }

    @Test
    void aStatusEndedMayBeMetOnlyOnceASpellHasEndedAndNeverWhileEveryOneIsOpen() {
        Measure planEnded = new StatusEndedSustained(RecordSelection.of(RecordKind.SOCIAL_CARE,
                Map.of("episode_type", "child_protection_plan")), People.named("children"), Quantifier.EVERY, 6, null,
                null);
        FamilyTimeline open = family().record(episode("SC1", SocialCareEpisode.Kind.CHILD_PROTECTION_PLAN, "2015-02-01"))
                .build();
        FamilyTimeline ended = family().record(new SocialCareEpisode("SC1", "C", SocialCareEpisode.Kind.CHILD_PROTECTION_PLAN,
                d("2015-02-01"), d("2015-09-30"), null, "case system")).build();

        assertThat(planEnded.meetableDays(open, "3.5").none()).isTrue();
        assertThat(planEnded.meetableDays(ended, "3.5").firstFrom(d("2015-06-01"))).isEqualTo(d("2015-09-30"));
        MeetableDays days = planEnded.meetableDays(ended, "3.5");
        for (LocalDate day = d("2015-06-01"); day.isBefore(d("2017-01-01")); day = day.plusDays(1)) {
            if (planEnded.decide(MeasureContext.review(ended, day, d("2015-06-01"))) == Status.MET) {
                assertThat(days.includes(day)).as("met on %s", day).isTrue();
            }
        }
        assertThat(MeetableDays.EVERY_DAY.firstFrom(d("2015-06-01"))).isEqualTo(d("2015-06-01"));
    }

    private static boolean met(Measure measure, FamilyTimeline family, String day) {
        return measure.decide(MeasureContext.identification(family, d(day))) == Status.MET;
    }

    /** Day by day from 2015 to 2018: wherever the measure is met, the day is one on which it may be. */
    private static void neverRuledOutWhenMet(Measure measure, FamilyTimeline family) {
        MeetableDays days = measure.meetableDays(family);
        int metOn = 0;
        for (LocalDate day = d("2015-01-01"); day.isBefore(d("2019-01-01")); day = day.plusDays(1)) {
            if (measure.decide(MeasureContext.identification(family, day)) == Status.MET) {
                metOn++;
                assertThat(days.includes(day)).as("met on %s", day).isTrue();
            }
        }
        assertThat(metOn).as("days met").isPositive();
    }
}
