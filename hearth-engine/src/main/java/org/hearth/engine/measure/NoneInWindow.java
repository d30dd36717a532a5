package org.hearth.engine.measure;

import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.hearth.engine.timeline.FamilyTimeline;

/**
 * No records in the period up to the review date: "no offending in the last 6 months" (Sunderland),
 * "no recorded domestic violence incidents for a 6 month period". Spells count when any of their
 * days falls in the period. Without a window, the test is of the review date alone: "no NEET
 * registration" means no NEET spell covering that day.
 *
 * <pre>
 * type: none_in_window
 * records: police_callouts
 * where: {domestic: true, supports_civil_injunction: false}
 * window: {months: 6}
 * </pre>
 */
public record NoneInWindow(RecordSelection selection, People people, Period window) implements DataMeasure {

    public NoneInWindow {
        people = people == null ? People.FAMILY : people;
    }

    @JsonCreator
    static NoneInWindow fromPlan(@JsonProperty("records") String records, @JsonProperty("where") Map<String, Object> where,
                                 @JsonProperty("people") People people, @JsonProperty("window") Period window) {
        return new NoneInWindow(new RecordSelection(records, where), people, window);
    }

    @Override
    public Status test(MeasureContext context, Witness witness) {
        DateRange range = range(context);
        if (window != null && context.tooEarly(range)) {
            return context.tooEarly(range, window.earliestEndFrom(context.identifiedOn()), witness);
        }
        int found = context.count(selection, people, range, witness.enough(1));
        witness.says("%s for %s %s %s: %d found, none allowed", selection, people, window == null ? "on" : "in",
                window == null ? range.start() : range, found);
        witness.cites(() -> InWindow.select(context, selection, people, range));
        return found == 0 ? Status.MET : Status.NOT_MET;
    }

    private DateRange range(MeasureContext context) {
        return window == null ? context.theDay() : context.last(window);
    }

    /**
     * Data first: any record of its selection about its people up to the reference day, for a count is
     * data when none fall in its window: the source reports on the family.
     */
    @Override
    public boolean holdsData(MeasureContext context) {
        return context.holdsRecords(selection, people);
    }

    @Override
    public MeetableDays meetableDays(FamilyTimeline family, String outcomeId) {
        return MeetableDays.EVERY_DAY;
    }

    @Override
    public Set<String> reads() {
        return Set.of(selection.records());
    }

    @Override
    public boolean metByMemberOnlyIfByFamily() {
        return false;
    }
}
