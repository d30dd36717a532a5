package org.hearth.engine.timeline;

import java.time.LocalDate;

/**
 * One school term of an academic year, with its dates in the authority's calendar.
 *
 * @param academicYear the calendar year the academic year starts in (2015 for 2015/16)
 */
public record SchoolTerm(int academicYear, Term term, LocalDate start, LocalDate end) implements Comparable<SchoolTerm> {

    public SchoolTerm {
        Require.present(term, "term");
        Require.ordered(start, end, "start_date", "end_date");
        Require.present(end, "end_date");
    }

    /** The three terms of the English school year. */
    public enum Term { AUTUMN, SPRING, SUMMER }

    /** Reads "2015/16" (or "2015") as the year the academic year starts. */
    public static int parseAcademicYear(String text) {
        String head = text.trim();
        int slash = head.indexOf('/');
        int year = Integer.parseInt(slash < 0 ? head : head.substring(0, slash));
        if (slash >= 0) {
            int next = Integer.parseInt(head.substring(slash + 1));
            if (next % 100 != (year + 1) % 100) {
                throw new IllegalArgumentException("academic year '" + text + "' does not span consecutive years");
            }
        }
        return year;
    }

    /** "autumn 2015/16". */
    public String label() {
        return Vocabulary.code(term) + " " + academicYear + "/" + String.format("%02d", (academicYear + 1) % 100);
    }

    @Override
    public int compareTo(SchoolTerm other) {
        return start.compareTo(other.start);
    }

    @Override
    public String toString() {
        return label();
    }
}
