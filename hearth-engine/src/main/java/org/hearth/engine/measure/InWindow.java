package org.hearth.engine.measure;

import java.util.ArrayList;
import java.util.List;

import org.hearth.engine.timeline.TimelineRecord;

/** Picks the records of a selection that fall in a range of days, shared by the counting measures. */
final class InWindow {
    private InWindow() {
    }

    /** The selected records about the people over the range that fall in (or, for spells, overlap) it. */
    static List<TimelineRecord> select(MeasureContext context, RecordSelection selection, People people,
                                       DateRange range) {
        return select(context, selection, people, range, range);
    }

    /** As {@link #select(MeasureContext, RecordSelection, People, DateRange)}, the group taken over {@code over}. */
    static List<TimelineRecord> select(MeasureContext context, RecordSelection selection, People people,
                                       DateRange over, DateRange range) {
        List<TimelineRecord> found = new ArrayList<>();
        for (TimelineRecord record : context.records(selection, people, over)) {
            if (range.overlaps(record)) {
                found.add(record);
            }
        }
        return found;
    }
}
