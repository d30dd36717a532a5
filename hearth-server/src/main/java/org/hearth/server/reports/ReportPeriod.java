package org.hearth.server.reports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.hearth.server.web.DateInput;

/**
 * The period a report counts movements over: the days from {@code from} to {@code to}, both included, ending on or
 * before the review date (nothing later is known), at most ten years long. Unless asked for another, the twelve
 * months to the review date.
 */
record ReportPeriod(LocalDate from, LocalDate to) {
    static final int LONGEST_YEARS = 10;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** The twelve months to the review date: 1 April 2018 to 31 March 2019. */
    static ReportPeriod yearTo(LocalDate reviewDate) {
        return new ReportPeriod(reviewDate.minusMonths(12).plusDays(1), reviewDate);
    }

    /**
     * The period the two dates give, or the year to the review date when both are blank; the problems found, by
     * field ({@code from}, {@code to}), go into {@code problems}, and then the year to the review date is returned.
     */
    static ReportPeriod of(DateInput from, DateInput to, LocalDate reviewDate, Map<String, String> problems) {
        if (blank(from) && blank(to)) {
            return yearTo(reviewDate);
        }
        Map<String, String> found = new LinkedHashMap<>();
        if (from.problem() != null) {
            found.put("from", from.problem());
        }
        if (to.problem() != null) {
            found.put("to", to.problem());
        }
        if (found.isEmpty()) {
            found.putAll(check(from.date(), to.date(), reviewDate));
        }
        problems.putAll(found);
        return found.isEmpty() ? new ReportPeriod(from.date(), to.date()) : yearTo(reviewDate);
    }

    /** What is wrong with a period of two real dates, by field; empty when nothing is. */
    static Map<String, String> check(LocalDate from, LocalDate to, LocalDate reviewDate) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (to.isAfter(reviewDate)) {
            problems.put("to", "The end of the period must be on or before the review date, " + DAY.format(reviewDate));
        } else if (from.isAfter(to)) {
            problems.put("from", "The start of the period must be on or before its end, " + DAY.format(to));
        } else if (from.isBefore(to.minusYears(LONGEST_YEARS))) {
            problems.put("from", "The period must be at most " + LONGEST_YEARS + " years long");
        }
        return problems;
    }

    /** The period as the page's form asks for it: {@code from-day=1&from-month=4&…}. */
    String query() {
        return "from-day=" + from.getDayOfMonth() + "&from-month=" + from.getMonthValue() + "&from-year=" + from.getYear()
                + "&to-day=" + to.getDayOfMonth() + "&to-month=" + to.getMonthValue() + "&to-year=" + to.getYear();
    }

    /** For the audit log: "2018-04-01 to 2019-03-31". */
    String asked() {
        return from + " to " + to;
    }

    private static boolean blank(DateInput date) {
        return date.day().isBlank() && date.month().isBlank() && date.year().isBlank();
    }
}
