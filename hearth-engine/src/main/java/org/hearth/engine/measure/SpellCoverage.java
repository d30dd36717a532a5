package org.hearth.engine.measure;

import java.time.LocalDate;
import java.util.List;

import org.hearth.engine.timeline.TimelineRecord;

/**
 * How far a person's spells (benefit claims, custody, school rolls) cover the days from a given day
 * on, taken together: spells that overlap or follow on the next day make one unbroken run.
 */
final class SpellCoverage {
    private SpellCoverage() {
    }

    /**
     * The last day of the unbroken run of cover that begins on {@code from}: the day before
     * {@code from} when that day is not covered, and null when the run has no end (a spell is open).
     *
     * @param spells earliest start first, as a timeline keeps them
     */
    static LocalDate coveredThrough(List<? extends TimelineRecord> spells, LocalDate from) {
        LocalDate through = from.minusDays(1);
        for (TimelineRecord spell : spells) {
            if (spell.start().isAfter(through.plusDays(1))) {
                break;
            }
            if (spell.end() == null) {
                return null;
            }
            if (spell.end().isAfter(through)) {
                through = spell.end();
            }
        }
        return through;
    }

    /** The first day of the range not covered, or null when every day is. */
    static LocalDate firstGap(List<? extends TimelineRecord> spells, DateRange range) {
        LocalDate through = coveredThrough(spells, range.start());
        return through == null || !through.isBefore(range.end()) ? null : through.plusDays(1);
    }
}
