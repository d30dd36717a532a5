package org.hearth.engine.measure;

import java.util.Arrays;
import java.util.List;

import org.hearth.engine.timeline.Group;
import org.hearth.engine.timeline.Person;

/**
 * What has been worked out on this context's day, shared by the contexts derived from it for other
 * questions and problems: an indicator or outcome asks for "children" or "the last 6 months" again
 * and again, and the answer for one family on one day does not change. A context and those derived
 * from it are used on one thread at a time.
 *
 * <p>Each kind of key is kept in arrays of its own type and compared field by field (identity first):
 * these look-ups run for every measure of every family, and a comparison through {@code Object.equals}
 * across several key types cannot be inlined. At most {@value #ROOM} of each are kept; more are only
 * worked out again.
 */
final class DayMemory {
    private static final int ROOM = 32;

    private People[] groupKeys;
    private Members[] groups;
    private int groupCount;
    private People[] duringKeys;
    private DateRange[] duringPeriods;
    private Members[] during;
    private int duringCount;
    private Period[] periodKeys;
    private DateRange[] periods;
    private int periodCount;
    private String[] narrowedKeys;
    private DayMemory[] narrowed;
    private int narrowedCount;
    /** Term measures' answers kept across days, or null when this day is not one of a run. */
    private final TermResults termResults;

    DayMemory() {
        this(null);
    }

    DayMemory(TermResults termResults) {
        this.termResults = termResults;
    }

    TermResults termResults() {
        return termResults;
    }

    /** What is remembered for the same day narrowed to one person: their groups. */
    DayMemory narrowedTo(String personId) {
        for (int i = 0; i < narrowedCount; i++) {
            if (narrowedKeys[i].equals(personId)) {
                return narrowed[i];
            }
        }
        DayMemory theirs = new DayMemory();
        if (narrowedCount < ROOM) {
            if (narrowedKeys == null || narrowedCount == narrowedKeys.length) {
                narrowedKeys = Arrays.copyOf(narrowedKeys == null ? new String[0] : narrowedKeys, room(narrowedCount));
                narrowed = Arrays.copyOf(narrowed == null ? new DayMemory[0] : narrowed, narrowedKeys.length);
            }
            narrowedKeys[narrowedCount] = personId;
            narrowed[narrowedCount++] = theirs;
        }
        return theirs;
    }

    /** The group's members on the day, if worked out already; equal groups have equal members. */
    Members members(People people) {
        for (int i = 0; i < groupCount; i++) {
            if (People.same(groupKeys[i], people)) {
                return groups[i];
            }
        }
        return null;
    }

    void keep(People people, List<Person> members) {
        if (groupCount < ROOM) {
            if (groupKeys == null || groupCount == groupKeys.length) {
                groupKeys = Arrays.copyOf(groupKeys == null ? new People[0] : groupKeys, room(groupCount));
                groups = Arrays.copyOf(groups == null ? new Members[0] : groups, groupKeys.length);
            }
            groupKeys[groupCount] = people;
            groups[groupCount++] = new Members(members);
        }
    }

    /** The group's members over a period, if worked out already. */
    Members members(People people, DateRange period) {
        for (int i = 0; i < duringCount; i++) {
            if (People.same(duringKeys[i], people) && DateRange.same(duringPeriods[i], period)) {
                return during[i];
            }
        }
        return null;
    }

    void keep(People people, DateRange period, List<Person> members) {
        if (duringCount < ROOM) {
            if (duringKeys == null || duringCount == duringKeys.length) {
                duringKeys = Arrays.copyOf(duringKeys == null ? new People[0] : duringKeys, room(duringCount));
                duringPeriods = Arrays.copyOf(duringPeriods == null ? new DateRange[0] : duringPeriods, duringKeys.length);
                during = Arrays.copyOf(during == null ? new Members[0] : during, duringKeys.length);
            }
            duringKeys[duringCount] = people;
            duringPeriods[duringCount] = period;
            during[duringCount++] = new Members(members);
        }
    }

    DateRange period(Period period) {
        for (int i = 0; i < periodCount; i++) {
            if (periodKeys[i] == period || periodKeys[i].equals(period)) {
                return periods[i];
            }
        }
        return null;
    }

    void keep(Period period, DateRange range) {
        if (periodCount < ROOM) {
            if (periodKeys == null || periodCount == periodKeys.length) {
                periodKeys = Arrays.copyOf(periodKeys == null ? new Period[0] : periodKeys, room(periodCount));
                periods = Arrays.copyOf(periods == null ? new DateRange[0] : periods, periodKeys.length);
            }
            periodKeys[periodCount] = period;
            periods[periodCount++] = range;
        }
    }

    /** The next size of an array holding {@code count}: small on first use, doubled after. */
    private static int room(int count) {
        return count == 0 ? 4 : Math.min(2 * count, ROOM);
    }

    /**
     * A group's members, as the memory keeps them, and the same as the timeline counts them once asked
     * for. A class of its own, so that neither keeping nor reading one checks a list against an
     * interface: on Java 17 such checks of the JDK's immutable lists are slow, and slower still on
     * several cores at once (JDK-8180450).
     */
    static final class Members {
        private final List<Person> people;
        /** Made when first counted with ({@link MeasureContext}); null until then. */
        Group group;

        Members(List<Person> people) {
            this.people = people;
        }

        List<Person> people() {
            return people;
        }
    }
}
