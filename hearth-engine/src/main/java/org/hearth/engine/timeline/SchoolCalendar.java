package org.hearth.engine.timeline;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The authority's school terms. An authority supplies its own term dates (the canonical folder's
 * school_terms.csv); where it does not, {@link #standard(int, int)} gives the plain pattern used in
 * the docs: autumn 1 September to 31 December, spring 1 January to 31 March, summer 1 April to 31 July.
 */
public final class SchoolCalendar {
    private final List<SchoolTerm> terms;
    /** Each term's last day in days since 1970, in the terms' order (which is also the order of these days). */
    private final long[] lastDays;
    private final Map<Long, SchoolTerm> byYearAndTerm = new HashMap<>();

    public SchoolCalendar(List<SchoolTerm> terms) {
        List<SchoolTerm> sorted = new ArrayList<>(terms);
        sorted.sort(null);
        for (int i = 1; i < sorted.size(); i++) {
            if (!sorted.get(i).start().isAfter(sorted.get(i - 1).end())) {
                throw new IllegalArgumentException("terms " + sorted.get(i - 1) + " and " + sorted.get(i) + " overlap");
            }
        }
        this.terms = List.copyOf(sorted);
        this.lastDays = sorted.stream().mapToLong(term -> term.end().toEpochDay()).toArray();
        for (SchoolTerm term : sorted) {
            if (byYearAndTerm.put(key(term.academicYear(), term.term()), term) != null) {
                throw new IllegalArgumentException("term " + term + " is given twice");
            }
        }
    }

    /** The standard pattern for the academic years starting in {@code firstYear} to {@code lastYear}. */
    public static SchoolCalendar standard(int firstYear, int lastYear) {
        List<SchoolTerm> terms = new ArrayList<>();
        for (int year = firstYear; year <= lastYear; year++) {
            terms.add(new SchoolTerm(year, SchoolTerm.Term.AUTUMN, LocalDate.of(year, Month.SEPTEMBER, 1),
                    LocalDate.of(year, Month.DECEMBER, 31)));
            terms.add(new SchoolTerm(year, SchoolTerm.Term.SPRING, LocalDate.of(year + 1, Month.JANUARY, 1),
                    LocalDate.of(year + 1, Month.MARCH, 31)));
            terms.add(new SchoolTerm(year, SchoolTerm.Term.SUMMER, LocalDate.of(year + 1, Month.APRIL, 1),
                    LocalDate.of(year + 1, Month.JULY, 31)));
        }
        return new SchoolCalendar(terms);
    }

    /**
     * True when the calendar can answer for the day: it falls no later than the 31 August after the
     * last term (the summer holiday still belongs to the last academic year). Term measures on a later
     * day would silently look at stale terms, so evaluation refuses such a day.
     */
    public boolean covers(LocalDate day) {
        return !terms.isEmpty() && !day.isAfter(lastCoveredDay());
    }

    /** The last day {@link #covers(LocalDate)} accepts. */
    public LocalDate lastCoveredDay() {
        LocalDate last = terms.get(terms.size() - 1).end();
        return LocalDate.of(last.getMonthValue() > 8 ? last.getYear() + 1 : last.getYear(), 8, 31);
    }

    /** Every term, earliest first. */
    public List<SchoolTerm> terms() {
        return terms;
    }

    /** The term of an academic year, or null when the calendar does not have it. */
    public SchoolTerm term(int academicYear, SchoolTerm.Term term) {
        return byYearAndTerm.get(key(academicYear, term));
    }

    /**
     * The last {@code count} full terms: those that ended on or before {@code day}, earliest first.
     * Fewer are returned when the calendar starts later.
     */
    public List<SchoolTerm> lastFullTerms(LocalDate day, int count) {
        int after = endedBy(day);
        return terms.subList(Math.max(0, after - count), after);
    }

    /**
     * The last day of the {@code nth} term (1: the first) to end after {@code day}, or null when the
     * calendar does not reach it.
     */
    public LocalDate endOfTermAfter(LocalDate day, int nth) {
        int at = endedBy(day) + nth - 1;
        return at < terms.size() ? terms.get(at).end() : null;
    }

    /** The number of terms that ended on or before the day, found by halving. */
    private int endedBy(LocalDate day) {
        long epochDay = day.toEpochDay();
        int after = 0;
        int to = lastDays.length;
        while (after < to) {
            int middle = (after + to) >>> 1;
            if (lastDays[middle] <= epochDay) {
                after = middle + 1;
            } else {
                to = middle;
            }
        }
        return after;
    }

    /**
     * The {@code count} full terms before the calendar quarter that contains {@code day}: Southampton's
     * baseline, "the three full terms prior to the quarter in which the intervention started".
     */
    public List<SchoolTerm> fullTermsBeforeQuarterOf(LocalDate day, int count) {
        LocalDate quarterStart = CalendarQuarter.startOf(day);
        return lastFullTerms(quarterStart.minusDays(1), count);
    }

    private static long key(int academicYear, SchoolTerm.Term term) {
        return academicYear * 4L + term.ordinal();
    }
}
