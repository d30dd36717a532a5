package org.hearth.engine.measure;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.hearth.engine.timeline.CalendarQuarter;

/**
 * The period a count is compared against: {@code {months: 12}} (the 12 months before the problem was
 * identified), {@code {full_quarters: 4}} (Southampton: the four full calendar quarters before the
 * quarter in which the intervention started), or with {@code before: review_window} the months just
 * before the review period (Southwark 3.3: "compared with the previous 6 month period").
 *
 * <p>The N months before a day D are the days from D − N months to D − 1: before 2015-06-01, 12
 * months are 2014-06-01 to 2015-05-31. Quarters are calendar quarters (January, April, July and
 * October): engaged on 2018-05-10, the four full quarters before are 2017-04-01 to 2018-03-31.
 */
public record Baseline(Integer months, Integer fullQuarters, Anchor before) {

    public Baseline {
        if ((months == null) == (fullQuarters == null)) {
            throw new IllegalArgumentException("give either months or full_quarters");
        }
        if ((months != null && months < 1) || (fullQuarters != null && fullQuarters < 1)) {
            throw new IllegalArgumentException("a baseline is at least 1 month or 1 quarter");
        }
        before = before == null ? Anchor.IDENTIFICATION : before;
        if (fullQuarters != null && before != Anchor.IDENTIFICATION) {
            throw new IllegalArgumentException("full_quarters are counted before identification only");
        }
    }

    @JsonCreator
    static Baseline fromPlan(@JsonProperty("months") Integer months, @JsonProperty("full_quarters") Integer fullQuarters,
                             @JsonProperty("before") Anchor before) {
        return new Baseline(months, fullQuarters, before);
    }

    public static Baseline monthsBeforeIdentification(int months) {
        return new Baseline(months, null, Anchor.IDENTIFICATION);
    }

    public static Baseline monthsBeforeReviewWindow(int months) {
        return new Baseline(months, null, Anchor.REVIEW_WINDOW);
    }

    public static Baseline fullQuartersBeforeIdentification(int quarters) {
        return new Baseline(null, quarters, Anchor.IDENTIFICATION);
    }

    /** What the baseline is counted back from. */
    public enum Anchor { IDENTIFICATION, REVIEW_WINDOW }

    /** The baseline's length in months, for pro rata comparison. */
    public int lengthInMonths() {
        return months != null ? months : fullQuarters * 3;
    }

    /**
     * The baseline's days, given the identification day and the start of the review window.
     */
    public DateRange range(LocalDate identifiedOn, LocalDate reviewStart) {
        if (fullQuarters != null) {
            LocalDate quarterStart = CalendarQuarter.startOf(identifiedOn);
            return new DateRange(quarterStart.minusMonths(3L * fullQuarters), quarterStart.minusDays(1));
        }
        LocalDate end = before == Anchor.IDENTIFICATION ? identifiedOn : reviewStart;
        return new DateRange(end.minusMonths(months), end.minusDays(1));
    }

    /** "the 12 months before identification on 2015-06-01", for explanations. */
    public String describe(LocalDate identifiedOn) {
        return before == Anchor.REVIEW_WINDOW ? toString() : toString() + " on " + identifiedOn;
    }

    @Override
    public String toString() {
        if (fullQuarters != null) {
            return "the " + fullQuarters + " full quarters before the quarter of identification";
        }
        return "the " + months + " months before " + (before == Anchor.IDENTIFICATION ? "identification" : "the review period");
    }
}
