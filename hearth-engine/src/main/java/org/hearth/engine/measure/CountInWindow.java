package org.hearth.engine.measure;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.hearth.engine.timeline.CalendarQuarter;
import org.hearth.engine.timeline.FamilyTimeline;

/**
 * At least a number of records in the period up to the reference day: "a child who has committed a
 * proven offence in the previous 12 months" (Southwark 1A), "engages with the Children's Centre at
 * least twice in six months" (Sunderland 3.3); or in the full calendar quarters before the quarter of
 * the reference day: "proven offences in the four full quarters prior to intervention" (Southampton
 * strand 1).
 *
 * <pre>
 * type: count_in_window
 * records: offences
 * where: {proven: true}
 * people: children
 * window: {months: 12}       # or {weeks: 26}, or {full_quarters: 4}
 * at_least: 1
 * </pre>
 *
 * @param atLeast how many records are needed; 1 when not given
 */
public record CountInWindow(RecordSelection selection, People people, Window window, Integer atLeast)
        implements DataMeasure {

    public CountInWindow {
        if (window == null) {
            throw new IllegalArgumentException("count_in_window needs a window");
        }
        people = people == null ? People.FAMILY : people;
        atLeast = atLeast == null ? 1 : atLeast;
        if (atLeast < 1) {
            throw new IllegalArgumentException("at_least must be at least 1, or no record would be needed");
        }
    }

    /** A count over the period ending on the reference day. */
    public CountInWindow(RecordSelection selection, People people, Period window, Integer atLeast) {
        this(selection, people, Window.of(window), atLeast);
    }

    @JsonCreator
    static CountInWindow fromPlan(@JsonProperty("records") String records, @JsonProperty("where") Map<String, Object> where,
                                  @JsonProperty("people") People people, @JsonProperty("window") Window window,
                                  @JsonProperty("at_least") Integer atLeast) {
        return new CountInWindow(new RecordSelection(records, where), people, window, atLeast);
    }

    @Override
    public Status test(MeasureContext context, Witness witness) {
        DateRange range = range(context);
        if (context.tooEarly(range)) {
            return context.tooEarly(range, window.earliestEndFrom(context.identifiedOn()), witness);
        }
        int found = context.count(selection, people, range, witness.enough(atLeast));
        witness.says("%s for %s in %s%s: %d found, at least %d needed", selection, people, range,
                window.words(context.referenceDay()), found, atLeast);
        witness.cites(() -> InWindow.select(context, selection, people, range));
        return found >= atLeast ? Status.MET : Status.NOT_MET;
    }

    private DateRange range(MeasureContext context) {
        return window.period() != null ? context.last(window.period()) : window.endingOn(context.referenceDay());
    }

    /**
     * The days counted: a {@link Period} ending on the reference day ({@code {months: 12}},
     * {@code {weeks: 26}}), or whole calendar quarters (January, April, July and October) before the
     * quarter that contains the reference day ({@code {full_quarters: 4}}). Quarters are counted back
     * as {@code count_against_baseline} counts its baseline: for an indicator tested on 2018-05-10,
     * four full quarters are 2017-04-01 to 2018-03-31, so a record of 2018-04-01 is outside them.
     *
     * @param period the period ending on the reference day, or null
     * @param fullQuarters the number of full quarters, or null
     */
    public record Window(Period period, Integer fullQuarters) {

        public Window {
            if ((period == null) == (fullQuarters == null)) {
                throw new IllegalArgumentException("a window gives months, weeks or full_quarters");
            }
            if (fullQuarters != null && fullQuarters < 1) {
                throw new IllegalArgumentException("a window is at least 1 full quarter");
            }
        }

        @JsonCreator
        static Window fromPlan(@JsonProperty("months") Integer months, @JsonProperty("weeks") Integer weeks,
                               @JsonProperty("full_quarters") Integer fullQuarters) {
            if (fullQuarters == null) {
                return of(Period.of(months, weeks));
            }
            if (months != null || weeks != null) {
                throw new IllegalArgumentException("give one of months, weeks and full_quarters");
            }
            return ofFullQuarters(fullQuarters);
        }

        public static Window of(Period period) {
            return new Window(period, null);
        }

        public static Window ofFullQuarters(int quarters) {
            return new Window(null, quarters);
        }

        /** The days counted when the test is made on the given day. */
        public DateRange endingOn(LocalDate day) {
            if (period != null) {
                return period.endingOn(day);
            }
            LocalDate quarterStart = CalendarQuarter.startOf(day);
            return new DateRange(quarterStart.minusMonths(3L * fullQuarters), quarterStart.minusDays(1));
        }

        /** The first day on which the window would start on or after {@code from} (for "too early"). */
        public LocalDate earliestEndFrom(LocalDate from) {
            if (period != null) {
                return period.earliestEndFrom(from);
            }
            // The window starts 3N months before the quarter of the day: that quarter may start no
            // earlier than 3N months after from, and the first day of such a quarter is the answer.
            LocalDate earliestQuarter = from.plusMonths(3L * fullQuarters);
            LocalDate quarter = CalendarQuarter.startOf(earliestQuarter);
            return quarter.isBefore(earliestQuarter) ? quarter.plusMonths(3) : quarter;
        }

        /**
         * How many days after a record's last day a window ending on a later day can still hold it: its
         * length, a month counted as 31 days, a quarter as 93, and the days back to the start of the
         * day's quarter as 92.
         */
        long reach() {
            if (period == null) {
                return 92 + 93L * fullQuarters;
            }
            return period.months() != null ? 31L * period.months() : 7L * period.weeks();
        }

        /** Nothing for a period (the dates say it); for quarters, which quarters they are: written when read. */
        Words words(LocalDate day) {
            return new Words(fullQuarters, day);
        }

        /** " (the 4 full quarters before the quarter of 2018-05-10)", or nothing for a period. */
        record Words(Integer fullQuarters, LocalDate day) {
            @Override
            public String toString() {
                return fullQuarters == null ? "" : " (the " + fullQuarters + " full "
                        + (fullQuarters == 1 ? "quarter" : "quarters") + " before the quarter of " + day + ")";
            }
        }
    }

    /**
     * Data first: any record of its selection about its people up to the reference day, for a count is
     * data when none fall in its window: the source reports on the family.
     */
    @Override
    public boolean holdsData(MeasureContext context) {
        return context.holdsRecords(selection, people);
    }

    /** From each selected record's first day until its window has passed beyond its last. */
    @Override
    public MeetableDays meetableDays(FamilyTimeline family, String outcomeId) {
        return MeetableDays.selected(selection, family, window.reach());
    }

    /** A member's records are some of the family's: a count the family falls short of, no member reaches. */
    @Override
    public Set<String> reads() {
        return Set.of(selection.records());
    }

    @Override
    public boolean metByMemberOnlyIfByFamily() {
        return true;
    }
}
