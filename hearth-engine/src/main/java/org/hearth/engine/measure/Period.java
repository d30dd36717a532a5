package org.hearth.engine.measure;

import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

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

    /** Every period made so far by {@link #of}, so that each is one object. */
    private static final ConcurrentMap<Period, Period> KNOWN = new ConcurrentHashMap<>();

    public Period {
        if ((months == null) == (weeks == null)) {
            throw new IllegalArgumentException("give either months or weeks");
        }
        if ((months != null && months < 1) || (weeks != null && weeks < 1)) {
            throw new IllegalArgumentException("a period is at least 1 month or 1 week");
        }
    }

    /**
     * The period, as the one object every plan shares for it: a family's windows are worked out once a
     * day and looked up by identity ({@link MeasureContext#last}). Plans name few lengths of time, so
     * the set stays small.
     */
    @JsonCreator
    public static Period of(@JsonProperty("months") Integer months, @JsonProperty("weeks") Integer weeks) {
        Period period = new Period(months, weeks);
        Period known = KNOWN.putIfAbsent(period, period);
        return known != null ? known : period;
    }


    /** The usual lengths, looked up without hashing by measures that make their period as they test. */
    private static final Period[] MONTHS = new Period[61];
    private static final Period[] WEEKS = new Period[105];

    static {
        for (int n = 1; n < MONTHS.length; n++) {
            MONTHS[n] = of(n, null);
        }
        for (int n = 1; n < WEEKS.length; n++) {
            WEEKS[n] = of(null, n);
        }
    }

    public static Period ofMonths(int months) {
        return months > 0 && months < MONTHS.length ? MONTHS[months] : of(months, null);
    }

    public static Period ofWeeks(int weeks) {
        return weeks > 0 && weeks < WEEKS.length ? WEEKS[weeks] : of(null, weeks);
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
