package org.hearth.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cells a spreadsheet would read as a formula get an apostrophe in front (OWASP, CSV injection); others stay. */
class SpreadsheetCellTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = " -> ", quoteCharacter = '~', value = {
        "=1+2 -> '=1+2",
        "+cmd|' /C calc'!A0 -> ~'+cmd|' /C calc'!A0~",
        "-2+3 -> '-2+3",
        "@SUM(A1) -> '@SUM(A1)",
        "F000001 -> F000001",
        "1A;1B -> 1A;1B",
        "a=b -> a=b",
    })
    void neutralisesOnlyACellThatBeginsAFormula(String value, String written) {
        assertThat(SpreadsheetCell.safe(value)).isEqualTo(written);
    }

    @ParameterizedTest(name = "a cell beginning with character {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"\t", "\r"})
    void neutralisesATabOrCarriageReturnAtTheStart(String first) {
        assertThat(SpreadsheetCell.safe(first + "=1+2")).isEqualTo("'" + first + "=1+2");
    }
}
