package org.hearth.server.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.hearth.engine.timeline.Intervention;
import org.hearth.engine.timeline.Vocabulary.Tier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The re-referral rule (docs/pathway.md): engaged again within six calendar months of the last closure, that day included. */
class ReReferralTest {

    @ParameterizedTest(name = "closed {0}, engaged again {1}: re-referral {2}")
    @CsvSource({
            "2018-03-15, 2018-09-15, true",   // six calendar months to the day
            "2018-03-15, 2018-09-16, false",  // the day after
            "2018-08-31, 2019-02-28, true",   // no 31 February: the last day of February
            "2018-08-31, 2019-03-01, false",
            "2019-08-31, 2020-02-29, true",   // a leap year's 29 February
            "2019-08-31, 2020-03-01, false",
            "2018-06-30, 2018-06-30, true",   // engaged again the day the case closed
            "2018-06-30, 2018-07-01, true",
            "2018-06-30, 2017-12-31, false"}) // engaged before the closure: the family never left
    void sixCalendarMonthsFromTheClosureIncludingTheLastDay(LocalDate closed, LocalDate engaged, boolean reReferral) {
        Intervention earlier = intervention("I-1", closed.minusMonths(9), closed);
        Intervention later = intervention("I-2", engaged, null);

        ReReferral found = ReReferral.of(later, List.of(earlier, later));

        assertThat(found != null).isEqualTo(reReferral);
        if (reReferral) {
            assertThat(found.earlierInterventionId()).isEqualTo("I-1");
            assertThat(found.earlierClosedOn()).isEqualTo(closed);
            assertThat(found.lastDayCounted()).isEqualTo(closed.plusMonths(6));
        }
    }

    @Test
    void theLastDayCountedFollowsTheCalendar() {
        assertThat(ReReferral.lastDayCounted(LocalDate.of(2018, 8, 31))).isEqualTo(LocalDate.of(2019, 2, 28));
        assertThat(ReReferral.lastDayCounted(LocalDate.of(2019, 8, 31))).isEqualTo(LocalDate.of(2020, 2, 29));
        assertThat(ReReferral.lastDayCounted(LocalDate.of(2018, 12, 31))).isEqualTo(LocalDate.of(2019, 6, 30));
        assertThat(ReReferral.lastDayCounted(LocalDate.of(2018, 1, 1))).isEqualTo(LocalDate.of(2018, 7, 1));
    }

    @Test
    void theLatestClosureBeforeTheEngagementIsTheOneCounted() {
        Intervention first = intervention("I-1", d("2016-01-01"), d("2016-06-30"));
        Intervention second = intervention("I-2", d("2017-01-01"), d("2018-01-31"));
        Intervention third = intervention("I-3", d("2018-05-01"), null);

        ReReferral found = ReReferral.of(third, List.of(first, second, third));

        assertThat(found.earlierInterventionId()).isEqualTo("I-2");
        assertThat(found.earlierClosedOn()).isEqualTo(d("2018-01-31"));
        assertThat(found.lastDayCounted()).isEqualTo(d("2018-07-31"));
    }

    @Test
    void anEngagementWhileAnotherCaseIsStillOpenIsNotAReReferral() {
        Intervention closed = intervention("I-1", d("2016-01-01"), d("2016-06-30"));
        Intervention stillOpen = intervention("I-2", d("2016-07-01"), null);
        Intervention alongside = intervention("I-3", d("2016-09-01"), null);

        assertThat(ReReferral.of(alongside, List.of(closed, stillOpen, alongside))).isNull();
        assertThat(ReReferral.of(stillOpen, List.of(closed, stillOpen, alongside))).isNotNull();
    }

    @Test
    void aFamilysFirstInterventionIsNoReReferral() {
        Intervention only = intervention("I-1", d("2016-01-01"), d("2016-06-30"));

        assertThat(ReReferral.of(only, List.of(only))).isNull();
    }

    static Intervention intervention(String id, LocalDate engaged, LocalDate closed) {
        return new Intervention(id, "F-1", engaged, "KW01", "Early Help Service", Tier.TARGETED_EARLY_HELP, List.of(),
                closed, closed == null ? null : "outcomes achieved");
    }

    static LocalDate d(String day) {
        return LocalDate.parse(day);
    }
}
