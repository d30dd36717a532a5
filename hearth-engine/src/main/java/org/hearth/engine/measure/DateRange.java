package org.hearth.engine.measure;

import java.time.LocalDate;

import org.hearth.engine.timeline.TimelineRecord;

/** A run of days, both ends included. */
public record DateRange(LocalDate start, LocalDate end) {

    public DateRange {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("range ends " + end + " before it starts " + start);
        }
    }

    /** True when the two are the same days: equal, compared without a call through {@code Object.equals}. */
    static boolean same(DateRange one, DateRange other) {
        return one == other || (one.start.equals(other.start) && one.end.equals(other.end));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** True when the record (an event's day, or any day of a spell) falls in this range. */
    public boolean overlaps(TimelineRecord record) {
        return !record.start().isAfter(end) && (record.end() == null || !record.end().isBefore(start));
    }

    /** Days in the range. */
    public long days() {
        return end.toEpochDay() - start.toEpochDay() + 1;
    }

    @Override
    public String toString() {
        return start + " to " + end;
    }
}
