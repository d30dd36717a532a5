package org.hearth.server.claims;

import java.time.LocalDate;

/** The first and last day of the period a batch of claims is for. */
public record ClaimPeriod(LocalDate from, LocalDate to) {

    /** The calendar quarter holding the day: the period a batch is offered for first, the review date's quarter. */
    public static ClaimPeriod quarterOf(LocalDate day) {
        LocalDate first = day.withMonth((day.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
        return new ClaimPeriod(first, first.plusMonths(3).minusDays(1));
    }
}
