package org.hearth.server.pathway;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The days a pathway report covers, both included. The pathway is read as it stood on the review date, so a period
 * ends on it or before; by default it is the financial year to the review date (1 April to the review date), the
 * year an authority reports in.
 */
record PathwayPeriod(LocalDate from, LocalDate to) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** The financial year to the review date. */
    static PathwayPeriod yearTo(LocalDate reviewDate) {
        int year = reviewDate.getMonthValue() >= Month.APRIL.getValue() ? reviewDate.getYear() : reviewDate.getYear() - 1;
        return new PathwayPeriod(LocalDate.of(year, Month.APRIL, 1), reviewDate);
    }

    /** What is wrong with the period, or null when nothing is. */
    String problem(LocalDate reviewDate) {
        return endProblem(reviewDate) != null ? endProblem(reviewDate) : orderProblem();
    }

    /** Why the period may not end when it does, or null. */
    String endProblem(LocalDate reviewDate) {
        return to.isAfter(reviewDate) ? "The end of the period must be on or before the review date, " + DAY.format(reviewDate)
                : null;
    }

    /** Why the period may not start when it does, or null. */
    String orderProblem() {
        return from.isAfter(to) ? "The start of the period must be on or before its end" : null;
    }
}
