package org.hearth.engine.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.engine.testing.FamilyFixture.d;

import java.util.LinkedHashMap;
import java.util.Map;

import org.hearth.engine.testing.FamilyFixture;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.NeetSpell;
import org.hearth.engine.timeline.Offence;
import org.hearth.engine.timeline.Offence.Disposal;
import org.hearth.engine.timeline.PoliceCallout;
import org.hearth.engine.timeline.RecordKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoneInWindowTest {
    /** Sunderland 1: no offending committed in the last 6 months. */
    private static final NoneInWindow NO_OFFENDING = new NoneInWindow(RecordSelection.of(RecordKind.OFFENCES),
            People.FAMILY, Period.ofMonths(6));

    private static FamilyFixture family() {
        return FamilyFixture.family("F1").mother("P1", "1980-01-01").child("P2", "1998-03-04").engaged("2015-06-01");
    }

    private static MeasureResult review(NoneInWindow measure, FamilyTimeline family, String on) {
        return measure.evaluate(MeasureContext.review(family, d(on), d("2015-06-01")));
    }

    @ParameterizedTest(name = "offence on {0}, reviewed {1}: {2}")
    @CsvSource({
            "2015-09-30, 2016-03-31, MET,     offences for family in 2015-10-01 to 2016-03-31: 0 found",
            "2015-10-01, 2016-03-31, NOT_MET, offences for family in 2015-10-01 to 2016-03-31: 1 found",
            "2015-08-31, 2016-02-29, MET,     offences for family in 2015-09-01 to 2016-02-29: 0 found",
            "2015-09-01, 2016-02-29, NOT_MET, offences for family in 2015-09-01 to 2016-02-29: 1 found",
    })
    void noOffendingInTheLastSixMonths(String offended, String reviewed, Status expected, String words) {
        FamilyTimeline timeline = family().record(new Offence("OF-1", "P2", d(offended), Disposal.CONVICTION, false,
                null, "police")).build();

        MeasureResult result = review(NO_OFFENDING, timeline, reviewed);

        assertThat(result.status()).isEqualTo(expected);
        assertThat(result.explanation().text()).startsWith(words + ", none allowed");
        if (expected == Status.NOT_MET) {
            assertThat(result.explanation().text()).endsWith("[offences OF-1 (" + offended + ")]");
        }
    }

    @Test
    void calloutsSupportingACivilInjunctionAreNotCounted() {
        FamilyTimeline timeline = family().records(
                new PoliceCallout("PC-1", "F1", null, d("2015-12-01"), true, true, "police"),
                new PoliceCallout("PC-2", "F1", null, d("2015-12-02"), false, false, "police")).build();
        Map<String, Object> where = new LinkedHashMap<>();
        where.put("domestic", true);
        where.put("supports_civil_injunction", false);
        NoneInWindow measure = new NoneInWindow(RecordSelection.of(RecordKind.POLICE_CALLOUTS, where), null,
                Period.ofMonths(6));

        MeasureResult result = review(measure, timeline, "2016-03-31");

        assertThat(result.status()).isEqualTo(Status.MET);
        assertThat(result.explanation().text()).contains("police_callouts where domestic = true and "
                + "supports_civil_injunction = false");
    }

    @ParameterizedTest(name = "NEET until {0}: {1}")
    @CsvSource({"2016-03-30, MET", "2016-03-31, NOT_MET", ", NOT_MET"})
    void withoutAWindowOnlyTheReviewDateIsTested(String until, Status expected) {
        FamilyTimeline timeline = family().record(new NeetSpell("N-1", "P2", NeetSpell.Status.NEET, d("2015-01-01"),
                until == null ? null : d(until), "NEET programme")).build();
        NoneInWindow measure = new NoneInWindow(RecordSelection.of(RecordKind.NEET, Map.of("status", "neet")),
                new People(People.Group.YOUNG_PEOPLE, 18, 24), null);

        MeasureResult result = measure.evaluate(MeasureContext.review(timeline, d("2016-03-31"), d("2016-01-01")));

        assertThat(result.status()).as("no review window, so never too early").isEqualTo(expected);
        assertThat(result.explanation().text()).startsWith("neet where status = neet for young people aged 18 to 24 on "
                + "2016-03-31: " + (expected == Status.MET ? 0 : 1) + " found, none allowed");
    }

    @Test
    void aWindowStartingBeforeIdentificationIsTooEarly() {
        MeasureResult result = review(NO_OFFENDING, family().build(), "2015-11-29");

        assertThat(result.status()).isEqualTo(Status.TOO_EARLY);
        assertThat(result.explanation().text()).endsWith("the earliest review date is 2015-11-30");
    }
}
