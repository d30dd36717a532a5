package org.hearth.engine.measure;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A length of time counted back from a day: {@code {months: 6}} or {@code {weeks: 26}}.
 *
 * <p>"The last six months" to a review date R are the days from (R + 1 day) minus six months to R:
 * to 31 March 2016 they are 1 October 2015 to 31 March 2016; to 29 February 2016, 1 September 2015
 * to 29 February 2016. Weeks are whole weeks of seven days ending on R.
 */
public record Period(Integer months, Integer weeks) {

    public Period {
        if ((months == null) == (weeks == null)) {
            throw new IllegalArgumentException("give either months or weeks");
        }
        if ((months != null && months < 1) || (weeks != null && weeks < 1)) {
            throw new IllegalArgumentException("a period is at least 1 month or 1 week");
        }
    }

    /**
     * The period: for the usual lengths (up to 60 months, 104 weeks) one object made when this class is
     * loaded, so that a family's windows, worked out once a day, are mostly found by identity
     * ({@link MeasureContext#last}); any other is a new value, found by equality.
     */
    @JsonCreator
    public static Period of(@JsonProperty("months") Integer months, @JsonProperty("weeks") Integer weeks) {
        if (months != null && weeks == null && months > 0 && months < MONTHS.length) {
            return MONTHS[months];
        }
        if (weeks != null && months == null && weeks > 0 && weeks < WEEKS.length) {
            return WEEKS[weeks];
        }
        return new Period(months, weeks);
    }

    /** The usual lengths, made once; never changed after. */
    private static final Period[] MONTHS = new Period[61];
    private static final Period[] WEEKS = new Period[105];

    static {
        for (int n = 1; n < MONTHS.length; n++) {
            MONTHS[n] = new Period(n, null);
        }
        for (int n = 1; n < WEEKS.length; n++) {
            WEEKS[n] = new Period(null, n);
        }
    }

    public static Period ofMonths(int months) {
        return of(months, null);
    }

    public static Period ofWeeks(int weeks) {
        return of(null, weeks);
    }

    /** The days of this period that end on (and include) the given day. */
    public DateRange endingOn(LocalDate day) {
        LocalDate start = months != null ? day.plusDays(1).minusMonths(months) : day.minusDays(7L * weeks - 1);
        return new DateRange(start, day);
    }

    /** The days of this period that end the day before the given day: "the N months before". */
    public DateRange before(LocalDate day) {
        return endingOn(day.minusDays(1));
    }

    /**
     * The first day on which a period ending that day would start on or after {@code from}. Month
     * arithmetic clamps at month ends (31 August less six months is 28 or 29 February), so the first
     * guess is moved on until the window really starts on or after {@code from}.
     */
    public LocalDate earliestEndFrom(LocalDate from) {
        if (weeks != null) {
            return from.plusDays(7L * weeks - 1);
        }
        LocalDate end = from.plusMonths(months).minusDays(1);
        while (endingOn(end).start().isBefore(from)) {
            end = end.plusDays(1);
        }
        return end;
    }

    /** "6 months", "26 weeks". */
    @Override
    public String toString() {
        return months != null ? months + (months == 1 ? " month" : " months") : weeks + (weeks == 1 ? " week" : " weeks");
    }
}
