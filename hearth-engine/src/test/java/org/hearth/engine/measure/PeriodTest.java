package org.hearth.engine.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.engine.testing.FamilyFixture.d;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @ParameterizedTest(name = "the last {0} months to {1} run from {2}")
    @CsvSource({
        "6, 2016-03-31, 2015-10-01",
        "6, 2016-02-29, 2015-09-01",
        "6, 2015-02-28, 2014-09-01",
        "12, 2016-05-31, 2015-06-01",
        "6, 2016-08-30, 2016-02-29",
        "1, 2016-03-15, 2016-02-16"
    })
    void lastMonths(int months, String end, String start) {
        DateRange range = Period.ofMonths(months).endingOn(d(end));

        assertThat(range.start()).isEqualTo(d(start));
        assertThat(range.end()).isEqualTo(d(end));
    }

    @Test
    void weeksAreWholeWeeksEndingOnTheDay() {
        DateRange range = Period.ofWeeks(26).endingOn(d("2016-03-31"));

        assertThat(range.days()).isEqualTo(182);
        assertThat(range.start()).isEqualTo(d("2015-10-02"));
    }

    @ParameterizedTest(name = "identified {1}: a {0}-month window can first be measured to {2}")
    @CsvSource({
        "6, 2015-06-01, 2015-11-30",
        "6, 2015-08-31, 2016-02-29",
        "6, 2015-08-29, 2016-02-28",
        "1, 2015-03-31, 2015-04-30",
        "12, 2016-02-29, 2017-02-28"
    })
    void earliestEndIsTheFirstDayTheWindowStartsOnOrAfterIdentification(int months, String identified, String earliest) {
        Period period = Period.ofMonths(months);

        assertThat(period.earliestEndFrom(d(identified))).isEqualTo(d(earliest));
        assertThat(period.endingOn(d(earliest)).start()).isAfterOrEqualTo(d(identified));
        assertThat(period.endingOn(d(earliest).minusDays(1)).start()).isBefore(d(identified));
    }

    @Test
    void aPeriodIsMonthsOrWeeksNotBoth() {
        assertThatThrownBy(() -> new Period(6, 26)).hasMessageContaining("either months or weeks");
        assertThatThrownBy(() -> new Period(null, null)).hasMessageContaining("either months or weeks");
        assertThatThrownBy(() -> Period.ofMonths(0)).hasMessageContaining("at least 1 month");
    }
}
