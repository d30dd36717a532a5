package org.hearth.engine.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.hearth.engine.timeline.SchoolTerm.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchoolCalendarTest {
    private static final SchoolCalendar STANDARD = SchoolCalendar.standard(2014, 2019);

    /** A calendar with dates like a real authority's: terms end before the holidays, spring after Easter in 2018. */
    private static final SchoolCalendar AUTHORITY = new SchoolCalendar(List.of(
            term(2016, Term.AUTUMN, "2016-09-05", "2016-12-21"),
            term(2016, Term.SPRING, "2017-01-04", "2017-03-31"),
            term(2016, Term.SUMMER, "2017-04-18", "2017-07-21"),
            term(2017, Term.AUTUMN, "2017-09-06", "2017-12-20"),
            term(2017, Term.SPRING, "2018-01-04", "2018-04-03"),
            term(2017, Term.SUMMER, "2018-04-16", "2018-07-24")));

    private static SchoolTerm term(int year, Term term, String start, String end) {
        return new SchoolTerm(year, term, LocalDate.parse(start), LocalDate.parse(end));
    }

    private static List<String> labels(List<SchoolTerm> terms) {
        return terms.stream().map(SchoolTerm::label).toList();
    }

    private static List<String> split(String labels) {
        return Arrays.stream(labels.split(";")).map(String::trim).toList();
    }

    @Test
    void theStandardPatternIsAutumnToDecemberSpringToMarchSummerToJuly() {
        assertThat(STANDARD.term(2015, Term.AUTUMN)).isEqualTo(term(2015, Term.AUTUMN, "2015-09-01", "2015-12-31"));
        assertThat(STANDARD.term(2015, Term.SPRING)).isEqualTo(term(2015, Term.SPRING, "2016-01-01", "2016-03-31"));
        assertThat(STANDARD.term(2015, Term.SUMMER)).isEqualTo(term(2015, Term.SUMMER, "2016-04-01", "2016-07-31"));
        assertThat(STANDARD.term(2015, Term.SUMMER).label()).isEqualTo("summer 2015/16");
        assertThat(STANDARD.terms()).hasSize(18);
        assertThat(STANDARD.term(2020, Term.AUTUMN)).isNull();
    }

    @ParameterizedTest(name = "on {0}: {1}")
    @CsvSource({
        "2016-07-31, autumn 2015/16; spring 2015/16; summer 2015/16",
        "2016-07-30, summer 2014/15; autumn 2015/16; spring 2015/16",
        "2016-08-31, autumn 2015/16; spring 2015/16; summer 2015/16",
        "2016-01-01, spring 2014/15; summer 2014/15; autumn 2015/16",
        "2016-02-29, spring 2014/15; summer 2014/15; autumn 2015/16",
    })
    void theLastFullTermsAreThoseEndedOnOrBeforeTheDay(String day, String expected) {
        assertThat(labels(STANDARD.lastFullTerms(LocalDate.parse(day), 3))).isEqualTo(split(expected));
    }

    /**
     * The earliest review of a term outcome: the last day of the nth term to end after identification. A
     * term ending on the day of identification is not after it.
     */
    @ParameterizedTest(name = "after {0}, term {1} ends {2}")
    @CsvSource({
        "2016-07-30, 1, 2016-07-31",
        "2016-07-31, 1, 2016-12-31",
        "2016-07-31, 3, 2017-07-31",
        "2016-02-29, 3, 2016-12-31",
        "2020-03-31, 1, 2020-07-31",
        "2020-03-31, 2, ",
        "2020-07-31, 1, ",
    })
    void theNthTermToEndAfterADay(String day, int nth, String expected) {
        assertThat(STANDARD.endOfTermAfter(LocalDate.parse(day), nth))
                .isEqualTo(expected == null ? null : LocalDate.parse(expected));
    }

    @ParameterizedTest(name = "identified {0}: quarter from {1}: {2}")
    @CsvSource({
        "2018-05-10, 2018-04-01, summer 2016/17; autumn 2017/18; spring 2017/18",
        "2018-04-01, 2018-04-01, summer 2016/17; autumn 2017/18; spring 2017/18",
        "2018-06-30, 2018-04-01, summer 2016/17; autumn 2017/18; spring 2017/18",
        "2018-03-31, 2018-01-01, spring 2016/17; summer 2016/17; autumn 2017/18",
        "2018-07-01, 2018-07-01, summer 2016/17; autumn 2017/18; spring 2017/18",
        "2018-10-01, 2018-10-01, autumn 2017/18; spring 2017/18; summer 2017/18",
        "2019-01-01, 2019-01-01, spring 2017/18; summer 2017/18; autumn 2018/19",
    })
    void southamptonsBaselineIsTheFullTermsBeforeTheQuarterOfIdentification(String identified, String quarterStart,
                                                                          String expected) {
        LocalDate day = LocalDate.parse(identified);

        List<SchoolTerm> baseline = STANDARD.fullTermsBeforeQuarterOf(day, 3);

        assertThat(labels(baseline)).isEqualTo(split(expected));
        assertThat(baseline.get(2).end()).isBefore(LocalDate.parse(quarterStart));
        assertThat(baseline).isEqualTo(STANDARD.lastFullTerms(LocalDate.parse(quarterStart).minusDays(1), 3));
    }

    @Test
    void anAuthoritysCalendarCountsATermOnlyFromTheDayItEnds() {
        assertThat(labels(AUTHORITY.lastFullTerms(LocalDate.parse("2017-07-21"), 3)))
                .containsExactly("autumn 2016/17", "spring 2016/17", "summer 2016/17");
        assertThat(labels(AUTHORITY.lastFullTerms(LocalDate.parse("2017-07-20"), 2)))
                .containsExactly("autumn 2016/17", "spring 2016/17");
    }

    @Test
    void aSpringTermRunningPastTheQuarterIsNotInTheBaselineForTheNextQuarter() {
        // spring 2017/18 ends on 3 April 2018, after the quarter from 1 April began
        assertThat(labels(AUTHORITY.fullTermsBeforeQuarterOf(LocalDate.parse("2018-05-10"), 3)))
                .containsExactly("spring 2016/17", "summer 2016/17", "autumn 2017/18");
    }

    @Test
    void fewerTermsAreGivenWhenTheCalendarStartsLater() {
        assertThat(labels(AUTHORITY.lastFullTerms(LocalDate.parse("2017-04-01"), 3)))
                .containsExactly("autumn 2016/17", "spring 2016/17");
        assertThat(AUTHORITY.lastFullTerms(LocalDate.parse("2016-12-20"), 3)).isEmpty();
    }

    @Test
    void termsGivenInAnyOrderAreKeptInDateOrder() {
        SchoolCalendar shuffled = new SchoolCalendar(List.of(AUTHORITY.terms().get(2), AUTHORITY.terms().get(0),
                AUTHORITY.terms().get(1)));

        assertThat(labels(shuffled.terms())).containsExactly("autumn 2016/17", "spring 2016/17", "summer 2016/17");
        assertThat(shuffled.term(2016, Term.SPRING)).isEqualTo(AUTHORITY.terms().get(1));
    }

    @Test
    void overlappingTermsAndATermGivenTwiceAreRejected() {
        assertThatThrownBy(() -> new SchoolCalendar(List.of(
                term(2016, Term.AUTUMN, "2016-09-05", "2017-01-04"),
                term(2016, Term.SPRING, "2017-01-04", "2017-03-31"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlap");
        assertThatThrownBy(() -> new SchoolCalendar(List.of(
                term(2016, Term.AUTUMN, "2016-09-05", "2016-12-21"),
                term(2016, Term.AUTUMN, "2017-01-04", "2017-03-31"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("given twice");
    }

    @ParameterizedTest(name = "a calendar to summer 2016/17 covers {0}: {1}")
    @CsvSource({"2017-07-31, true", "2017-08-31, true", "2017-09-01, false", "2020-01-15, false"})
    void coversUpToTheEndOfTheLastAcademicYear(String day, boolean covered) {
        SchoolCalendar calendar = SchoolCalendar.standard(2014, 2016);

        assertThat(calendar.covers(LocalDate.parse(day))).isEqualTo(covered);
        assertThat(calendar.lastCoveredDay()).isEqualTo(LocalDate.parse("2017-08-31"));
    }
}
