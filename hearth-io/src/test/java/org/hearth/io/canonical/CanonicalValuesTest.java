package org.hearth.io.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;

import org.hearth.engine.timeline.EarningsPeriod;
import org.hearth.engine.timeline.FinancialReading;
import org.hearth.engine.timeline.Person;
import org.hearth.io.Population;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The spelling of values in the format, both ways: money in pounds held exactly in pence, real
 * calendar days only, plain decimals, academic years.
 */
class CanonicalValuesTest {
    private final FileScope scope = new FileScope(new ReadContext(false));

    @TempDir
    Path temp;

    @ParameterizedTest(name = "£{0} is {1}p")
    @CsvSource({"338.00, 33800", "0.01, 1", "338, 33800", "338.5, 33850", "541.99, 54199", "0, 0", "0.10, 10",
            "-5.05, -505", "9999999999999.99, 999999999999999"})
    void readsPoundsAsExactPence(String text, long pence) throws BadCell {
        assertThat(CellTypes.PENCE.parse(text, scope)).isEqualTo(pence);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"338.001", "£338", "338.", ".50", "1e3", "3,380", "-", "12.3.4", " 338", "33 8", "0x10",
            "10000000000000.00"})
    void rejectsAnyOtherSpellingOfMoney(String text) {
        assertThatThrownBy(() -> CellTypes.PENCE.parse(text, scope)).isInstanceOf(BadCell.class)
                .hasMessage("'" + text + "' is not an amount in pounds with at most 2 decimals, like 338.00");
    }

    @ParameterizedTest(name = "{0}p is written {1}")
    @CsvSource({"33800, 338.00", "1, 0.01", "0, 0.00", "-505, -5.05", "10, 0.10", "54199, 541.99"})
    void writesPenceAsPoundsWithTwoDecimals(long pence, String text) {
        assertThat(CellTypes.PENCE.format(pence)).isEqualTo(text);
    }

    @Test
    void readsMoneyInFilesToThePenny() {
        Path folder = DataFolderFixture.in(temp.resolve("data"))
                .with("earnings.csv", """
                        record_id,person_id,start_date,end_date,amount_gbp,claim_type,source
                        EA-1,P-1,2016-01-01,2016-01-31,338.00,single,DWP
                        EA-2,P-1,2016-02-01,2016-02-29,0.01,single,DWP
                        """)
                .with("finances.csv", """
                        record_id,person_id,family_id,date,debt,balance_gbp,sanction
                        FI-1,,F-1,2016-03-01,rent_arrears,500.01,warning
                        """)
                .write();

        Population population = CanonicalReader.read(folder);

        assertThat(population.records()).filteredOn(EarningsPeriod.class::isInstance)
                .extracting(r -> ((EarningsPeriod) r).amountPence()).containsExactly(33_800L, 1L);
        assertThat(population.records()).filteredOn(FinancialReading.class::isInstance)
                .extracting(r -> ((FinancialReading) r).balancePence()).containsExactly(50_001L);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2016-02-29, 2016, 2, 29", "2000-02-29, 2000, 2, 29", "2015-12-31, 2015, 12, 31", "2015-01-01, 2015, 1, 1"})
    void readsRealDays(String text, int year, int month, int day) throws BadCell {
        assertThat(CellTypes.DATE.parse(text, scope)).isEqualTo(LocalDate.of(year, month, day));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2015-02-29 | '2015-02-29' is not a real date: February 2015 has 28 days",
            "1900-02-29 | '1900-02-29' is not a real date: February 1900 has 28 days",
            "2015-04-31 | '2015-04-31' is not a real date: April 2015 has 30 days",
            "2015-01-00 | '2015-01-00' is not a real date: January 2015 has 31 days",
            "2015-00-10 | '2015-00-10' is not a real date: there is no month 0",
            "2015-1-10 | '2015-1-10' is not a date in the form YYYY-MM-DD",
            "20150110 | '20150110' is not a date in the form YYYY-MM-DD",
            "2015/01/10 | '2015/01/10' is not a date in the form YYYY-MM-DD",
            "2015-01-1x | '2015-01-1x' is not a date in the form YYYY-MM-DD"})
    void rejectsDaysTheCalendarDoesNotHave(String text, String message) {
        assertThatThrownBy(() -> CellTypes.DATE.parse(text, scope)).isInstanceOf(BadCell.class).hasMessage(message);
    }

    @Test
    void aChildBornOn29February2016IsValidAndOn29February2015IsNot() {
        Path leap = DataFolderFixture.in(temp.resolve("leap")).with("people.csv", """
                person_id,date_of_birth,sex,mother_id
                P-1,1985-04-02,female,
                P-2,2016-02-29,male,P-1
                P-3,1983-01-20,male,
                """).with("memberships.csv", """
                family_id,person_id,role,parenting_responsibility,start_date,end_date
                F-1,P-1,parent_carer,true,2014-01-01,
                F-1,P-2,child,false,2016-02-29,
                F-2,P-3,parent_carer,true,2014-01-01,
                """).write();
        Path notLeap = DataFolderFixture.in(temp.resolve("not-leap")).with("people.csv", """
                person_id,date_of_birth,sex,mother_id
                P-1,1985-04-02,female,
                P-2,2015-02-29,male,P-1
                P-3,1983-01-20,male,
                """).write();

        assertThat(CanonicalReader.read(leap).people()).extracting(Person::dateOfBirth).contains(LocalDate.of(2016, 2, 29));
        assertThatThrownBy(() -> CanonicalReader.read(notLeap)).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("people.csv:3:2: date_of_birth: '2015-02-29' is not a real date: February 2015 has 28 days");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2.5, 2.5", "0, 0", "16, 16", "0.25, 0.25", "-1.5, -1.5", "22.0, 22"})
    void readsAndWritesPlainDecimals(String text, String written) throws BadCell {
        Double value = CellTypes.DECIMAL.parse(text, scope);

        assertThat(value).isEqualTo(Double.parseDouble(text));
        assertThat(CellTypes.DECIMAL.format(value)).isEqualTo(written);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1e3", "NaN", "Infinity", "2d", "0x10", ".5", "5.", "+1", "1,5", "- 1"})
    void rejectsAnyOtherSpellingOfANumber(String text) {
        assertThatThrownBy(() -> CellTypes.DECIMAL.parse(text, scope)).isInstanceOf(BadCell.class)
                .hasMessage("'" + text + "' is not a number like 12 or 2.5");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2015/16, 2015", "1999/00, 1999", "2009/10, 2009"})
    void readsAndWritesAcademicYears(String text, int year) throws BadCell {
        assertThat(CellTypes.ACADEMIC_YEAR.parse(text, scope)).isEqualTo(year);
        assertThat(CellTypes.ACADEMIC_YEAR.format(year)).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2015/2016", "2015", "2015-16", "2015/15", "2015/17", "15/16"})
    void rejectsAnyOtherSpellingOfAnAcademicYear(String text) {
        assertThatThrownBy(() -> CellTypes.ACADEMIC_YEAR.parse(text, scope)).isInstanceOf(BadCell.class)
                .hasMessage("'" + text + "' is not an academic year like 2015/16");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"-1", "-140"})
    void aCountOfSessionsIsNeverNegative(String text) {
        assertThatThrownBy(() -> CellTypes.COUNT.parse(text, scope)).isInstanceOf(BadCell.class)
                .hasMessage("'" + text + "' is negative; a count is 0 or more");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"P-1 ", " P-1"})
    void anIdentifierWithSpacesAroundItIsRejected(String text) {
        assertThatThrownBy(() -> CellTypes.ID.parse(text, scope)).isInstanceOf(BadCell.class)
                .hasMessage("'" + text + "' has spaces at its start or end");
    }
}
