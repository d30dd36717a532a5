package org.hearth.engine.measure;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.hearth.engine.explain.Explanation;
import org.hearth.engine.timeline.TimelineRecord;

/**
 * At least a number of records in the period up to the reference day: "a child who has committed a
 * proven offence in the previous 12 months" (Southwark 1A), "engages with the Children's Centre at
 * least twice in six months" (Sunderland 3.3).
 *
 * <pre>
 * type: count_in_window
 * records: offences
 * where: {proven: true}
 * people: children
 * window: {months: 12}
 * at_least: 1
 * </pre>
 *
 * @param atLeast how many records are needed; 1 when not given
 */
public record CountInWindow(RecordSelection selection, People people, Period window, Integer atLeast)
        implements Measure {

    public CountInWindow {
        people = people == null ? People.FAMILY : people;
        atLeast = atLeast == null ? 1 : atLeast;
        if (atLeast < 1) {
            throw new IllegalArgumentException("at_least must be at least 1, or no record would be needed");
        }
    }

    @JsonCreator
    static CountInWindow fromPlan(@JsonProperty("records") String records, @JsonProperty("where") Map<String, Object> where,
                                  @JsonProperty("people") People people, @JsonProperty("window") Period window,
                                  @JsonProperty("at_least") Integer atLeast) {
        return new CountInWindow(new RecordSelection(records, where), people, window, atLeast);
    }

    @Override
    public MeasureResult evaluate(MeasureContext context) {
        DateRange range = context.last(window);
        if (context.tooEarly(range)) {
            return context.tooEarly(range, window.earliestEndFrom(context.identifiedOn()));
        }
        List<TimelineRecord> found = InWindow.select(context, selection, people, range);
        return MeasureResult.of(found.size() >= atLeast, Explanation.of(
                "%d of %s for %s in %s, at least %d needed", found.size(), selection.describe(), people, range,
                atLeast).citing(found));
    }
}
