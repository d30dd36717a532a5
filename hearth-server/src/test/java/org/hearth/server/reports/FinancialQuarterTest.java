package org.hearth.server.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Quarters of the financial year, which begins on 1 April: each day in its quarter, either side of every boundary. */
class FinancialQuarterTest {

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource({
        "2019-03-31, 2018/19 Q4, January to March 2019",
        "2019-04-01, 2019/20 Q1, April to June 2019",
        "2019-06-30, 2019/20 Q1, April to June 2019",
        "2019-07-01, 2019/20 Q2, July to September 2019",
        "2019-09-30, 2019/20 Q2, July to September 2019",
        "2019-10-01, 2019/20 Q3, October to December 2019",
        "2019-12-31, 2019/20 Q3, October to December 2019",
        "2020-01-01, 2019/20 Q4, January to March 2020",
        "2020-02-29, 2019/20 Q4, January to March 2020",
        "1999-12-31, 1999/00 Q3, October to December 1999"
    })
    void eachDayInItsQuarter(LocalDate day, String code, String months) {
        FinancialQuarter quarter = FinancialQuarter.of(day);

        assertThat(quarter.code()).isEqualTo(code);
        assertThat(quarter.months()).isEqualTo(months);
        assertThat(day).isBetween(quarter.firstDay(), quarter.lastDay());
        assertThat(FinancialQuarter.parse(quarter.param())).isEqualTo(quarter);
    }

    @ParameterizedTest
    @CsvSource({"2018, 4, 2019, 1", "2019, 1, 2019, 2", "2019, 3, 2019, 4"})
    void next(int year, int number, int nextYear, int nextNumber) {
        assertThat(new FinancialQuarter(year, number).next()).isEqualTo(new FinancialQuarter(nextYear, nextNumber));
        assertThat(new FinancialQuarter(year, number).next().firstDay())
                .isEqualTo(new FinancialQuarter(year, number).lastDay().plusDays(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019-Q5", "2019Q1", "19-Q1", "2019-q1", "", "2019-Q1 "})
    void refusesAQuarterNotSoWritten(String text) {
        assertThatThrownBy(() -> FinancialQuarter.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2019-Q1");
    }
}
