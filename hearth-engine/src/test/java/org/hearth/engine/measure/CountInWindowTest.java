package org.hearth.engine.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.engine.testing.FamilyFixture.d;

import java.util.Map;

import org.hearth.engine.plan.InvalidPlanException;
import org.hearth.engine.plan.PlanError;
import org.hearth.engine.testing.FamilyFixture;
import org.hearth.engine.testing.PlanSnippets;
import org.hearth.engine.timeline.AsbIntervention;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.Offence;
import org.hearth.engine.timeline.Offence.Disposal;
import org.hearth.engine.timeline.PoliceCallout;
import org.hearth.engine.timeline.RecordKind;
import org.hearth.engine.timeline.ServiceEpisode;
import org.hearth.engine.timeline.TimelineRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountInWindowTest {
    /** Southwark 1A: a child under 18 with a proven offence in the previous 12 months. */
    private static final CountInWindow CHILD_OFFENDED = new CountInWindow(
            RecordSelection.of(RecordKind.OFFENCES, Map.of("proven", true)), People.named("children"),
            Period.ofMonths(12), null);

    private static FamilyFixture family() {
        return FamilyFixture.family("F1").mother("P1", "1980-01-01").child("P2", "2001-03-04").engaged("2015-06-01");
    }

    private static Offence offence(String id, String personId, String date, Disposal disposal) {
        return new Offence(id, personId, d(date), disposal, false, null, "YOS");
    }

    @ParameterizedTest(name = "offence on {0}: {1}")
    @CsvSource({
            "2014-06-01, NOT_MET",   // a day too early: the 12 months to 2015-06-01 start on 2014-06-02
            "2014-06-02, MET",
            "2015-06-01, MET",       // the identification day itself
            "2015-06-02, NOT_MET",   // after it
    })
    void aProvenOffenceInThePrevious12Months(String date, Status expected) {
        FamilyTimeline timeline = family().record(offence("OF-1", "P2", date, Disposal.YOUTH_CAUTION)).build();

        MeasureResult result = CHILD_OFFENDED.evaluate(MeasureContext.identification(timeline, d("2015-06-01")));

        assertThat(result.status()).isEqualTo(expected);
        assertThat(result.explanation().text()).startsWith("offences where proven = true for children in 2014-06-02 to "
                + "2015-06-01: " + (expected == Status.MET ? 1 : 0) + " found, at least 1 needed");
    }

    @Test
    void onlyProvenOffencesByChildrenCount() {
        FamilyTimeline timeline = family().records(
                offence("OF-1", "P2", "2015-01-10", Disposal.NO_FURTHER_ACTION),
                offence("OF-2", "P2", "2015-02-10", Disposal.COMMUNITY_RESOLUTION),
                offence("OF-3", "P1", "2015-03-10", Disposal.CONVICTION),
                offence("OF-4", "P2", "2015-04-10", Disposal.CONVICTION)).build();

        MeasureResult result = CHILD_OFFENDED.evaluate(MeasureContext.identification(timeline, d("2015-06-01")));

        assertThat(result.status()).isEqualTo(Status.MET);
        assertThat(result.explanation().cited()).extracting(TimelineRecord::recordId).containsExactly("OF-4");
        assertThat(result.explanation().text()).endsWith("[offences OF-4 (2015-04-10)]");
    }

    @ParameterizedTest(name = "{0} contacts: {1}")
    @CsvSource({"1, NOT_MET", "2, MET"})
    void engagesWithTheChildrensCentreAtLeastTwiceInSixMonths(int contacts, Status expected) {
        FamilyFixture family = family();
        family.record(new ServiceEpisode("CC-0", "P1", null, ServiceEpisode.Service.CHILDRENS_CENTRE, d("2015-08-31"),
                d("2015-08-31"), ServiceEpisode.Status.COMPLETED, "CCMS"));
        for (int i = 1; i <= contacts; i++) {
            family.record(new ServiceEpisode("CC-" + i, "P1", null, ServiceEpisode.Service.CHILDRENS_CENTRE,
                    d("2016-02-29").minusMonths(i), d("2016-02-29").minusMonths(i), ServiceEpisode.Status.COMPLETED,
                    "CCMS"));
        }
        CountInWindow measure = new CountInWindow(RecordSelection.of(RecordKind.SERVICES,
                Map.of("service", "childrens_centre")), People.named("mothers"), Period.ofMonths(6), 2);

        MeasureResult result = measure.evaluate(MeasureContext.review(family.build(), d("2016-02-29"), d("2015-06-01")));

        assertThat(result.status()).isEqualTo(expected);
        assertThat(result.explanation().text()).startsWith("services where service = childrens_centre for mothers in "
                + "2015-09-01 to 2016-02-29: " + contacts + " found, at least 2 needed");
    }

    @Test
    void anOutcomeWindowStartingBeforeIdentificationIsTooEarly() {
        CountInWindow measure = new CountInWindow(RecordSelection.of(RecordKind.SERVICES), People.FAMILY,
                Period.ofMonths(6), 2);

        MeasureResult result = measure.evaluate(MeasureContext.review(family().build(), d("2016-02-29"), d("2015-09-02")));

        assertThat(result.status()).isEqualTo(Status.TOO_EARLY);
        assertThat(result.explanation().text()).isEqualTo("the review window 2015-09-01 to 2016-02-29 starts before "
                + "the problem was identified on 2015-09-02; the earliest review date is 2016-03-01");
    }

    @Test
    void householdCalloutsCountForTheFamilyButNotForItsMembers() {
        FamilyTimeline timeline = family().record(new PoliceCallout("PC-1", "F1", null, d("2015-03-01"), false, false,
                "police")).build();
        RecordSelection callouts = RecordSelection.of(RecordKind.POLICE_CALLOUTS);
        MeasureContext identification = MeasureContext.identification(timeline, d("2015-06-01"));

        MeasureResult family = new CountInWindow(callouts, People.FAMILY, Period.ofMonths(12), null).evaluate(identification);
        MeasureResult members = new CountInWindow(callouts, People.named("members"), Period.ofMonths(12), null)
                .evaluate(identification);

        assertThat(family.status()).isEqualTo(Status.MET);
        assertThat(members.status()).isEqualTo(Status.NOT_MET);
    }

    @Test
    void aSpellThatOverlapsTheWindowCounts() {
        FamilyTimeline timeline = family().record(new AsbIntervention("ASB-1", "P2",
                AsbIntervention.Type.ACCEPTABLE_BEHAVIOUR_CONTRACT, d("2013-01-01"), d("2014-06-02"),
                AsbIntervention.Status.COMPLETED, "ASB team")).build();
        CountInWindow measure = new CountInWindow(RecordSelection.of(RecordKind.ASB_INTERVENTIONS), People.FAMILY,
                Period.ofMonths(12), null);

        MeasureResult result = measure.evaluate(MeasureContext.identification(timeline, d("2015-06-01")));

        assertThat(result.status()).isEqualTo(Status.MET);
        assertThat(result.explanation().text()).contains("[asb_interventions ASB-1 (2013-01-01 to 2014-06-02)]");
    }

    @Test
    void atLeastZeroIsRejected() {
        assertThatThrownBy(() -> new CountInWindow(RecordSelection.of(RecordKind.OFFENCES), null, Period.ofMonths(6), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at_least must be at least 1");
    }

    // ---- full quarters: Southampton's "four full quarters prior to intervention" ---------------------

    /** Southampton 1.1: a child's proven offence in the four full quarters before the quarter of engagement. */
    private static final CountInWindow CHILD_OFFENDED_IN_FOUR_QUARTERS = new CountInWindow(
            RecordSelection.of(RecordKind.OFFENCES, Map.of("proven", true)), People.named("children"),
            CountInWindow.Window.ofFullQuarters(4), null);

    @ParameterizedTest(name = "engaged 2018-05-10, offence on {0}: {1}")
    @CsvSource({
            "2017-03-31, NOT_MET",   // the last day of the quarter before the four
            "2017-04-01, MET",       // the first day of the four full quarters
            "2018-03-31, MET",       // their last day
            "2018-04-01, NOT_MET",   // the first day of the quarter of engagement
            "2018-05-10, NOT_MET",   // the engagement day itself
    })
    void theFourFullQuartersBeforeTheQuarterOfEngagement(String date, Status expected) {
        FamilyTimeline timeline = family().record(offence("OF-1", "P2", date, Disposal.CONVICTION)).build();

        MeasureResult result = CHILD_OFFENDED_IN_FOUR_QUARTERS.evaluate(MeasureContext.identification(timeline,
                d("2018-05-10")));

        assertThat(result.status()).isEqualTo(expected);
        assertThat(result.explanation().text()).startsWith("offences where proven = true for children in 2017-04-01 to "
                + "2018-03-31 (the 4 full quarters before the quarter of 2018-05-10): " + (expected == Status.MET ? 1 : 0)
                + " found, at least 1 needed");
    }

    @ParameterizedTest(name = "{0} full quarter(s) before the quarter of {1}: {2} to {3}")
    @CsvSource({
            "4, 2018-04-01, 2017-04-01, 2018-03-31",   // the first day of a quarter
            "4, 2018-03-31, 2017-01-01, 2017-12-31",   // the last day of one
            "4, 2018-12-31, 2017-10-01, 2018-09-30",
            "1, 2016-02-29, 2015-10-01, 2015-12-31",
            "2, 2016-01-01, 2015-07-01, 2015-12-31",
    })
    void quartersAreCalendarQuarters(int quarters, String day, String start, String end) {
        DateRange range = CountInWindow.Window.ofFullQuarters(quarters).endingOn(d(day));

        assertThat(range).isEqualTo(new DateRange(d(start), d(end)));
    }

    @ParameterizedTest(name = "identified {0}: four full quarters can first be measured on {1}")
    @CsvSource({
            "2018-05-10, 2019-07-01",   // four quarters from 2018-07-01, the first quarter after engagement
            "2018-04-01, 2019-04-01",   // engaged on the first day of a quarter: that quarter counts
            "2018-11-30, 2020-01-01",
    })
    void anOutcomeCountedOverQuartersIsTooEarlyUntilTheyStartAfterIdentification(String identified, String earliest) {
        CountInWindow.Window quarters = CountInWindow.Window.ofFullQuarters(4);

        assertThat(quarters.earliestEndFrom(d(identified))).isEqualTo(d(earliest));
        assertThat(quarters.endingOn(d(earliest)).start()).isAfterOrEqualTo(d(identified));
        assertThat(quarters.endingOn(d(earliest).minusDays(1)).start()).isBefore(d(identified));
        MeasureResult tooEarly = CHILD_OFFENDED_IN_FOUR_QUARTERS.evaluate(MeasureContext.review(family().build(),
                d(earliest).minusDays(1), d(identified)));
        assertThat(tooEarly.status()).isEqualTo(Status.TOO_EARLY);
        assertThat(tooEarly.explanation().text()).endsWith("the earliest review date is " + earliest);
        assertThat(CHILD_OFFENDED_IN_FOUR_QUARTERS.evaluate(MeasureContext.review(family().build(), d(earliest),
                d(identified))).status()).isEqualTo(Status.NOT_MET);
    }

    @Test
    void aWindowIsMonthsWeeksOrFullQuarters() {
        assertThatThrownBy(() -> CountInWindow.Window.ofFullQuarters(0)).hasMessageContaining("at least 1 full quarter");
        assertThatThrownBy(() -> new CountInWindow.Window(Period.ofMonths(12), 4)).hasMessageContaining(
                "a window gives months, weeks or full_quarters");
        assertThatThrownBy(() -> new CountInWindow(RecordSelection.of(RecordKind.OFFENCES), null,
                (CountInWindow.Window) null, null)).hasMessageContaining("count_in_window needs a window");
    }

    @Test
    void readsThePlanForms() {
        Measure quarters = PlanSnippets.measure("""
                type: count_in_window
                records: offences
                where: {proven: true}
                people: children
                window: {full_quarters: 4}
                """);
        Measure months = PlanSnippets.measure("""
                type: count_in_window
                records: offences
                where: {proven: true}
                people: children
                window: {months: 12}
                at_least: 1
                """);

        assertThat(quarters).isInstanceOfSatisfying(CountInWindow.class, count -> {
            assertThat(count.selection().describe()).isEqualTo("offences where proven = true");
            assertThat(count.people()).isEqualTo(People.named("children"));
            assertThat(count.window()).isEqualTo(CountInWindow.Window.ofFullQuarters(4));
            assertThat(count.atLeast()).isEqualTo(1);
        });
        assertThat(months).isInstanceOfSatisfying(CountInWindow.class,
                count -> assertThat(count.window()).isEqualTo(CountInWindow.Window.of(Period.ofMonths(12))));
    }

    @Test
    void aPlanGivingMonthsAndFullQuartersTogetherIsRefused() {
        assertThatThrownBy(() -> PlanSnippets.measure("""
                type: count_in_window
                records: offences
                window: {months: 12, full_quarters: 4}
                """)).isInstanceOf(InvalidPlanException.class)
                .satisfies(e -> assertThat(((InvalidPlanException) e).errors()).extracting(PlanError::message)
                        .anySatisfy(message -> assertThat(message).isEqualTo("give exactly one of: months, weeks, full_quarters")));
    }

    /**
     * Who is in a group over the window (docs/evaluation.md §6): an offence counts for "children" when its
     * person was a child on some day of the 12 months, by their age then. The window to 2016-06-01 starts
     * on 2015-06-02: someone who turned 18 on that day was never a child in it; someone who turned 18 a day
     * later was, for one day; someone who turned 18 on 15 October 2015 was, until then.
     */
    @ParameterizedTest(name = "born {0}: {1}")
    @CsvSource({"1997-06-02, NOT_MET", "1997-06-03, MET", "1997-10-15, MET", "1998-06-01, MET"})
    void aChildForSomeOfTheWindowCountsAsAChild(String born, Status expected) {
        FamilyTimeline timeline = FamilyFixture.family("F1").mother("P1", "1970-01-01").child("P2", born)
                .record(offence("OF-1", "P2", "2016-03-01", Disposal.CONVICTION)).build();

        Status status = CHILD_OFFENDED.decide(MeasureContext.identification(timeline, d("2016-06-01")));

        assertThat(status).isEqualTo(expected);
    }
}
