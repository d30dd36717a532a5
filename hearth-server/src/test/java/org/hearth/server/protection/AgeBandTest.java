package org.hearth.server.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Age bands at their edges: a birthday on the day itself, and one on 29 February. */
class AgeBandTest {
    private static final LocalDate REVIEW = LocalDate.of(2019, 3, 31);

    @Test
    void anEighteenthBirthdayOnTheReviewDateIsAnAdult() {
        assertThat(AgeBand.of(LocalDate.of(2001, 3, 31), REVIEW)).isEqualTo(AgeBand.AGE_18_TO_24);
        assertThat(AgeBand.of(LocalDate.of(2001, 4, 1), REVIEW)).isEqualTo(AgeBand.AGE_16_TO_17);
        assertThat(AgeBand.AGE_18_TO_24.adult()).isTrue();
        assertThat(AgeBand.AGE_16_TO_17.child()).isTrue();
    }

    @Test
    void eachBandStartsOnItsBirthday() {
        assertThat(AgeBand.of(LocalDate.of(2014, 4, 1), REVIEW).words()).isEqualTo("0-4");
        assertThat(AgeBand.of(LocalDate.of(2014, 3, 31), REVIEW).words()).isEqualTo("5-10");
        assertThat(AgeBand.of(LocalDate.of(2008, 3, 31), REVIEW).words()).isEqualTo("11-15");
        assertThat(AgeBand.of(LocalDate.of(2003, 3, 31), REVIEW).words()).isEqualTo("16-17");
        assertThat(AgeBand.of(LocalDate.of(1994, 3, 31), REVIEW).words()).isEqualTo("25-34");
        assertThat(AgeBand.of(LocalDate.of(1984, 3, 31), REVIEW).words()).isEqualTo("35-49");
        assertThat(AgeBand.of(LocalDate.of(1969, 3, 31), REVIEW).words()).isEqualTo("50-64");
        assertThat(AgeBand.of(LocalDate.of(1954, 3, 31), REVIEW).words()).isEqualTo("65+");
        assertThat(AgeBand.of(LocalDate.of(1954, 4, 1), REVIEW).words()).isEqualTo("50-64");
    }

    @Test
    void someoneBornOn29FebruaryIsEighteenOn1MarchInAYearWithoutOne() {
        LocalDate leapDay = LocalDate.of(2004, 2, 29);
        assertThat(AgeBand.of(leapDay, LocalDate.of(2022, 2, 28))).isEqualTo(AgeBand.AGE_16_TO_17);
        assertThat(AgeBand.of(leapDay, LocalDate.of(2022, 3, 1))).isEqualTo(AgeBand.AGE_18_TO_24);
    }

    @Test
    void noDateOfBirthOrOneAfterTheDayIsUnknownAndNeitherAdultNorChild() {
        assertThat(AgeBand.of(null, REVIEW)).isEqualTo(AgeBand.UNKNOWN);
        assertThat(AgeBand.of(REVIEW.plusDays(1), REVIEW)).isEqualTo(AgeBand.UNKNOWN);
        assertThat(AgeBand.UNKNOWN.adult()).isFalse();
        assertThat(AgeBand.UNKNOWN.child()).isFalse();
    }
}
