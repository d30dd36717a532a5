package org.hearth.server.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A target's families due by a day at an even pace: its share of the days from its start to the day, both counted,
 * rounded to the nearest family. Worcestershire's first target, just under 700 families from 1 January 2015 to 31 March
 * 2016 (456 days), and Southwark's 3,000 over the five years from 1 April 2015 (1,827 days).
 */
class ProgrammeTargetTest {
    private static final ProgrammeTarget WORCESTERSHIRE = target(700, "2015-01-01", "2016-03-31");
    private static final ProgrammeTarget SOUTHWARK = target(3000, "2015-04-01", "2020-03-31");

    @ParameterizedTest(name = "{1} of {0}: {2}")
    @CsvSource({
        "worcestershire, 2014-12-31, 0",
        "worcestershire, 2015-01-01, 2",
        "worcestershire, 2015-01-31, 48",
        "worcestershire, 2016-03-30, 698",
        "worcestershire, 2016-03-31, 700",
        "worcestershire, 2016-04-01, 700",
        "southwark, 2015-04-30, 49",
        "southwark, 2019-03-31, 2399",
        "southwark, 2020-03-31, 3000"
    })
    void dueByADay(String which, LocalDate day, long due) {
        ProgrammeTarget target = which.equals("southwark") ? SOUTHWARK : WORCESTERSHIRE;

        assertThat(target.dueBy(day)).isEqualTo(due);
    }

    private static ProgrammeTarget target(int families, String from, String to) {
        return new ProgrammeTarget(1, "plan", families, LocalDate.parse(from), LocalDate.parse(to), "test", "test",
                Instant.EPOCH);
    }
}
