package org.hearth.server.reports;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The families counted against a target by the end of a month of its period (or by the review date, in the month
 * it falls in), each from the start of the period: cumulative figures.
 *
 * @param countedTo  the month's last day, or the review date or the period's end when earlier
 * @param identified families first identified with a problem in the period by then
 * @param engaged    families engaged in the period by then
 * @param eligible   of those, the eligible ones (the families a programme's payments rest on)
 * @param dueByThen  the target's families due by then at an even pace ({@link ProgrammeTarget#dueBy})
 */
public record MonthCounts(YearMonth month, LocalDate countedTo, long identified, long engaged, long eligible,
                          long dueByThen) {
}
