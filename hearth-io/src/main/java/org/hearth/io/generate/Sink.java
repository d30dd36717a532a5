package org.hearth.io.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hearth.engine.timeline.TimelineRecord;

/** Collects one family's records, dropping any that would start after the end of the data. */
final class Sink {
    final List<TimelineRecord> records = new ArrayList<>();
    private final LocalDate dataEnd;

    Sink(LocalDate dataEnd) {
        this.dataEnd = dataEnd;
    }

    void add(TimelineRecord record) {
        if (!record.start().isAfter(dataEnd)) {
            records.add(record);
        }
    }

    /** The end date to record for a spell: null (still open) when it ends after the data does. */
    LocalDate end(LocalDate end) {
        return end == null || end.isAfter(dataEnd) ? null : end;
    }

    LocalDate dataEnd() {
        return dataEnd;
    }
}
