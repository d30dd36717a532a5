package org.hearth.engine.measure;

import java.util.ArrayList;
import java.util.List;

import org.hearth.engine.timeline.TimelineRecord;

/** Picks the records of a selection that fall in a range of days, shared by the counting measures. */
final class InWindow {
    private InWindow() {
    }

    /** The selected records about the people that fall in (or, for spells, overlap) the range. */
    static List<TimelineRecord> select(MeasureContext context, RecordSelection selection, People people,
                                       DateRange range) {
        List<TimelineRecord> found = new ArrayList<>();
        for (TimelineRecord record : context.records(selection, people)) {
            if (range.overlaps(record)) {
                found.add(record);
            }
        }
        return found;
    }
}
