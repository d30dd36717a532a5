package org.hearth.io.canonical;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.hearth.engine.timeline.SchoolCalendar;
import org.hearth.engine.timeline.SchoolTerm;
import org.hearth.engine.timeline.Vocabulary;

/**
 * Finds the term an attendance row names by academic year and term. With school_terms.csv only its
 * terms exist; without it every term of the standard pattern ({@link SchoolCalendar#standard}) does,
 * made as the data asks for it, and the population's calendar spans the years the data needs.
 */
final class TermLookup {
    private final SchoolCalendar given;
    private final ConcurrentHashMap<Integer, SchoolTerm> made = new ConcurrentHashMap<>();

    private TermLookup(SchoolCalendar given) {
        this.given = given;
    }

    /** The authority's own calendar, from school_terms.csv. */
    static TermLookup of(SchoolCalendar calendar) {
        return new TermLookup(calendar);
    }

    /** The standard pattern, for a folder without school_terms.csv. */
    static TermLookup standard() {
        return new TermLookup(null);
    }

    SchoolTerm term(Column<?, Integer> yearColumn, int year, SchoolTerm.Term term) throws BadCell {
        if (given == null) {
            return made.computeIfAbsent(year * 3 + term.ordinal(), k -> SchoolCalendar.standard(year, year).term(year, term));
        }
        SchoolTerm found = given.term(year, term);
        if (found == null) {
            throw new BadCell(yearColumn, CoreLayouts.SCHOOL_TERMS_FILE + " has no " + Vocabulary.code(term)
                    + " term in " + CellTypes.academicYear(year));
        }
        return found;
    }

    /**
     * The population's calendar: the given one, or the standard pattern from the academic year before
     * the earliest day in the data (or term in attendance.csv) to the year after the latest, so that a
     * baseline looking back and a review looking forward both find their terms.
     *
     * @param data the span of the data's days, worked out only when the standard pattern is used
     */
    SchoolCalendar calendar(Supplier<DataSpan> data) {
        if (given != null) {
            return given;
        }
        DataSpan span = data.get();
        int first = span.earliest() == null ? Integer.MAX_VALUE : academicYearOf(span.earliest());
        int last = span.latest() == null ? Integer.MIN_VALUE : academicYearOf(span.latest());
        for (SchoolTerm term : made.values()) {
            first = Math.min(first, term.academicYear());
            last = Math.max(last, term.academicYear());
        }
        return first > last ? new SchoolCalendar(List.of()) : SchoolCalendar.standard(first - 1, last + 1);
    }

    /** The academic year of a day in the standard pattern, whose years begin on 1 September. */
    private static int academicYearOf(LocalDate day) {
        return day.getMonthValue() >= Month.SEPTEMBER.getValue() ? day.getYear() : day.getYear() - 1;
    }
}
