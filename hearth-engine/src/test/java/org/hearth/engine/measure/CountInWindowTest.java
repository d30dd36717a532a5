package org.hearth.engine.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.engine.testing.FamilyFixture.d;

import java.util.Map;

import org.hearth.engine.testing.FamilyFixture;
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
        assertThat(result.explanation().text()).startsWith((expected == Status.MET ? 1 : 0)
                + " of offences where proven = true for children in 2014-06-02 to 2015-06-01, at least 1 needed");
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
        assertThat(result.explanation().text()).startsWith(contacts
                + " of services where service = childrens_centre for mothers in 2015-09-01 to 2016-02-29, at least 2 needed");
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
}
