package org.hearth.engine.measure;

import java.time.LocalDate;
import java.util.List;

import org.hearth.engine.timeline.TimelineRecord;

/**
 * How far a person's spells (benefit claims, custody, school rolls) cover the days from a given day
 * on, taken together: spells that overlap or follow on the next day make one unbroken run.
 */
final class SpellCoverage {
    /** A run with no end: a spell still open. */
    private static final long OPEN = Long.MAX_VALUE;

    private SpellCoverage() {
    }

    /**
     * The last day of the unbroken run of cover that begins on {@code from}: the day before
     * {@code from} when that day is not covered, and null when the run has no end (a spell is open).
     *
     * @param spells earliest start first, as a timeline keeps them
     */
    static LocalDate coveredThrough(List<? extends TimelineRecord> spells, LocalDate from) {
        long through = coveredThrough(spells, from.toEpochDay());
        return through == OPEN ? null : LocalDate.ofEpochDay(through);
    }

    /** The first day of the range not covered, or null when every day is. */
    static LocalDate firstGap(List<? extends TimelineRecord> spells, DateRange range) {
        long through = coveredThrough(spells, range.start().toEpochDay());
        return through == OPEN || through >= range.end().toEpochDay() ? null : LocalDate.ofEpochDay(through + 1);
    }

    // Counted in days since 1970, as this is asked of every spell of every member many times over.
    private static long coveredThrough(List<? extends TimelineRecord> spells, long from) {
        long through = from - 1;
        for (int i = 0; i < spells.size(); i++) {
            TimelineRecord spell = spells.get(i);
            if (spell.start().toEpochDay() > through + 1) {
                break;
            }
            if (spell.end() == null) {
                return OPEN;
            }
            through = Math.max(through, spell.end().toEpochDay());
        }
        return through;
    }
}
