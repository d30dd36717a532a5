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
 */
final class DayMemory {
    private static final int ROOM = 16;
    /**
     * Pairs of a group and its {@link Members}, a class of its own, so that neither keeping nor
     * reading one checks a list against an interface: on Java 17 such checks of the JDK's immutable
     * lists are slow, and slower still on several cores at once (JDK-8180450).
     */
    private Object[] groups;
    private Object[] periods;
    private Object[] narrowed;
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
        for (int i = 0; narrowed != null && i < narrowed.length && narrowed[i] != null; i += 2) {
            if (narrowed[i].equals(personId)) {
                return (DayMemory) narrowed[i + 1];
            }
        }
        DayMemory theirs = new DayMemory();
        narrowed = keep(narrowed, personId, theirs);
        return theirs;
    }

    /** The group's members if worked out already; equal groups have equal members. */
    List<Person> group(Object group) {
        Members kept = members(group);
        return kept == null ? null : kept.people();
    }

    /** Kept by the group: a {@link People} on the day, or a {@link GroupDuring} a period. */
    Members members(Object group) {
        return (Members) find(groups, group);
    }

    void group(Object group, List<Person> members) {
        groups = keep(groups, group, new Members(members));
    }

    DateRange period(Period period) {
        return (DateRange) find(periods, period);
    }

    void period(Period period, DateRange range) {
        periods = keep(periods, period, range);
    }

    /**
     * Looked up by equality, tried by identity first: a plan's groups and periods are mostly the
     * same few objects ({@link Period#of}), and keys made elsewhere are still found.
     */
    private static Object find(Object[] pairs, Object key) {
        for (int i = 0; pairs != null && i < pairs.length && pairs[i] != null; i += 2) {
            if (pairs[i] == key || pairs[i].equals(key)) {
                return pairs[i + 1];
            }
        }
        return null;
    }

    /** The pairs with this one added while there is room; made small on first use and grown. */
    private static Object[] keep(Object[] pairs, Object key, Object value) {
        Object[] into = pairs != null ? pairs : new Object[4];
        int free = 0;
        while (free < into.length && into[free] != null) {
            free += 2;
        }
        if (free == into.length) {
            if (into.length >= 2 * ROOM) {
                return into;
            }
            into = Arrays.copyOf(into, into.length * 2);
        }
        into[free] = key;
        into[free + 1] = value;
        return into;
    }

    /** A group's members on a day, as the memory keeps them, and the same as the timeline counts them once asked for. */
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
