package org.hearth.engine.measure;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.RecordKind;
import org.hearth.engine.timeline.TimelineRecord;
import org.hearth.engine.timeline.WorkerAssessment;

/**
 * The days on which a family may meet a measure, given its records: lets the search for an emerging
 * problem (docs/evaluation.md §4) test an indicator only on the monthly anniversaries when it could
 * hold, without changing which day, if any, one first holds. A family with no such day cannot meet
 * the measure at all, and the indicator is left out of the search.
 *
 * <p>Each measure says its own days ({@link Measure#meetableDays}), deliberately generously: a day is
 * ruled out only where the measure's rule makes that certain, and every day is kept by a measure that
 * knows of none to rule out. The measures that rule days out:
 * <ul>
 * <li>A count needs a selected record in its window, and a window reaches back no further than its
 * length (a month counted as 31 days, a quarter as 93, the days back to the start of the day's quarter
 * as 92): a record may count from its first day until its last day plus that reach.
 * <li>A status must be held by someone: a selected spell must cover the day, or every day of a period
 * ending on it, or the days of the last full terms ended by it (for terms only the spell's first day
 * is used, since a calendar may have gaps).
 * <li>Motherhood needs a birth in the months before the day (a month counted as 31 days), or, where a
 * pregnancy counts, a pregnancy on the day.
 * <li>At least some exclusions need an exclusion dated on or before the day; attendance over terms
 * needs attendance records (a child with none for a term fails).
 * <li>A key worker's answer needs a yes to its question signed off on or before the day.
 * <li>Taking part needs an episode begun by the day; continuous employment a job; a score's improvement or
 * crossing an assessment with its tool; earnings over the threshold an assessment period ended within the
 * month before the day; a status ended and sustained a selected spell ended by the day.
 * <li>A fall against a baseline needs a baseline record.
 * <li>"Any of" needs a part met; so does "all of", whose parts are each met or not applicable, and which needs
 * met each part that needs a key worker's answer (never not applicable).
 * </ul>
 *
 * <p>An outlook (docs/evaluation.md §13) uses the same days to skip, for an outcome not yet met, the
 * days after the review date on which its measure cannot be met ({@link #firstFrom}).
 */
public final class MeetableDays {
    /** Every day: nothing is known that rules a day out. */
    public static final MeetableDays EVERY_DAY = new MeetableDays(new long[] {Long.MIN_VALUE}, new long[] {Long.MAX_VALUE});
    static final MeetableDays NO_DAY = new MeetableDays(new long[0], new long[0]);

    /** Ranges of days since 1970, both ends included, in no order; they may overlap. */
    private final long[] from;
    private final long[] to;

    private MeetableDays(long[] from, long[] to) {
        this.from = from;
        this.to = to;
    }

    /** The days on which any of the measures may be met: "any of", and "all of", met only when a part is. */
    static MeetableDays anyPart(List<Measure> parts, FamilyTimeline family, String outcomeId) {
        MeetableDays union = NO_DAY;
        for (Measure part : parts) {
            union = union.or(part.meetableDays(family, outcomeId));
        }
        return union;
    }

    /** From each date of birth for {@code reach} days after it. */
    static MeetableDays afterBirths(FamilyTimeline family, long reach) {
        long[] from = new long[family.people().size()];
        long[] to = new long[from.length];
        for (int i = 0; i < from.length; i++) {
            from[i] = family.people().get(i).dateOfBirth().toEpochDay();
            to[i] = from[i] + reach;
        }
        return new MeetableDays(from, to);
    }

    /**
     * From the first day a yes to the question was signed off, for ever: a key worker's answer is met only
     * once a yes is signed off. Any plan's answer is taken, and any question's when none is known.
     */
    static MeetableDays afterFirstSignedOffYes(FamilyTimeline family, String question) {
        long first = Long.MAX_VALUE;
        List<WorkerAssessment> answers = question == null ? family.records(RecordKind.WORKER_ASSESSMENTS)
                : family.answersTo(question);
        for (WorkerAssessment answer : answers) {
            if (answer.answer() && answer.signedOffOn() != null) {
                first = Math.min(first, answer.signedOffOn().toEpochDay());
            }
        }
        return onwardsFrom(first);
    }

    /** From the day (days since 1970) for ever; no day for the largest. */
    private static MeetableDays onwardsFrom(long first) {
        return first == Long.MAX_VALUE ? NO_DAY : new MeetableDays(new long[] {first}, new long[] {Long.MAX_VALUE});
    }

    /** True when no day exists on which the family meets the measure. */
    public boolean none() {
        return from.length == 0;
    }

    /** True when the measure may be met on the day. */
    public boolean includes(LocalDate day) {
        long epochDay = day.toEpochDay();
        for (int i = 0; i < from.length; i++) {
            if (from[i] <= epochDay && epochDay <= to[i]) {
                return true;
            }
        }
        return false;
    }

    /** The first day, on or after the given one, on which the measure may be met; null when there is none. */
    public LocalDate firstFrom(LocalDate day) {
        long epochDay = day.toEpochDay();
        long first = Long.MAX_VALUE;
        for (int i = 0; i < from.length; i++) {
            if (to[i] >= epochDay) {
                first = Math.min(first, Math.max(from[i], epochDay));
            }
        }
        return first == Long.MAX_VALUE ? null : LocalDate.ofEpochDay(first);
    }

    /** From each selected record's first day to its last day (open: for ever) and the reach after it. */
    static MeetableDays selected(RecordSelection selection, FamilyTimeline family, long reach) {
        int[] spans = selection.spans(family);
        if (spans.length == 0) {
            return NO_DAY;
        }
        long[] from = new long[spans.length / 2];
        long[] to = new long[from.length];
        for (int i = 0; i < from.length; i++) {
            from[i] = spans[2 * i];
            to[i] = lastDay(spans[2 * i + 1] == Integer.MAX_VALUE ? Long.MAX_VALUE : spans[2 * i + 1], reach);
        }
        return new MeetableDays(from, to);
    }

    /** From the first day a selected spell ends, for ever: spells still open rule every day out. */
    static MeetableDays afterFirstEnd(RecordSelection selection, FamilyTimeline family) {
        int[] spans = selection.spans(family);
        long first = Long.MAX_VALUE;
        for (int i = 1; i < spans.length; i += 2) {
            if (spans[i] != Integer.MAX_VALUE) {
                first = Math.min(first, spans[i]);
            }
        }
        return onwardsFrom(first);
    }

    /** The record's days and the reach after them. */
    static MeetableDays spell(TimelineRecord record, long reach) {
        return new MeetableDays(new long[] {record.start().toEpochDay()}, new long[] {lastDay(record, reach)});
    }

    /** The record's last day (open: for ever) and the reach after it. */
    private static long lastDay(TimelineRecord record, long reach) {
        return lastDay(record.end() == null ? Long.MAX_VALUE : record.end().toEpochDay(), reach);
    }

    /** The last day (days since 1970; open: the largest) and the reach after it. */
    private static long lastDay(long last, long reach) {
        return last > Long.MAX_VALUE - reach ? Long.MAX_VALUE : last + reach;
    }

    /** The days on which both may be met. */
    MeetableDays and(MeetableDays other) {
        long[] bothFrom = new long[from.length * other.from.length];
        long[] bothTo = new long[bothFrom.length];
        int both = 0;
        for (int i = 0; i < from.length; i++) {
            for (int j = 0; j < other.from.length; j++) {
                long first = Math.max(from[i], other.from[j]);
                long last = Math.min(to[i], other.to[j]);
                if (first <= last) {
                    bothFrom[both] = first;
                    bothTo[both++] = last;
                }
            }
        }
        return new MeetableDays(Arrays.copyOf(bothFrom, both), Arrays.copyOf(bothTo, both));
    }

    MeetableDays or(MeetableDays other) {
        if (this == EVERY_DAY || other == EVERY_DAY) {
            return EVERY_DAY;
        }
        long[] bothFrom = Arrays.copyOf(from, from.length + other.from.length);
        long[] bothTo = Arrays.copyOf(to, to.length + other.to.length);
        System.arraycopy(other.from, 0, bothFrom, from.length, other.from.length);
        System.arraycopy(other.to, 0, bothTo, to.length, other.to.length);
        return new MeetableDays(bothFrom, bothTo);
    }
}
