package org.hearth.engine.measure;

import java.time.LocalDate;
import java.util.Arrays;

import org.hearth.engine.timeline.Group;
import org.hearth.engine.timeline.MembersOnDay;

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
    private Group[] groups;
    private int groupCount;
    private People[] duringKeys;
    private DateRange[] duringPeriods;
    private Group[] during;
    private int duringCount;
    private Period[] periodKeys;
    private DateRange[] periods;
    private int periodCount;
    private MembersOnDay membersOnDay;
    private DateRange theDay;
    private DateRange upToTheDay;
    private FullTerms[] fullTerms;
    private int fullTermsCount;
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

    /** The group on the day, if worked out already; equal groups have equal members. */
    Group group(People people) {
        for (int i = 0; i < groupCount; i++) {
            if (People.same(groupKeys[i], people)) {
                return groups[i];
            }
        }
        return null;
    }

    /** Keeps the group on the day, while there is room; the group, kept or not. */
    Group keep(People people, Group kept) {
        if (groupCount < ROOM) {
            if (groupKeys == null || groupCount == groupKeys.length) {
                groupKeys = Arrays.copyOf(groupKeys == null ? new People[0] : groupKeys, room(groupCount));
                groups = Arrays.copyOf(groups == null ? new Group[0] : groups, groupKeys.length);
            }
            groupKeys[groupCount] = people;
            groups[groupCount++] = kept;
        }
        return kept;
    }

    /** The group over a period, if worked out already. */
    Group group(People people, DateRange period) {
        for (int i = 0; i < duringCount; i++) {
            if (People.same(duringKeys[i], people) && DateRange.same(duringPeriods[i], period)) {
                return during[i];
            }
        }
        return null;
    }

    /** Keeps the group over the period, while there is room; the group, kept or not. */
    Group keep(People people, DateRange period, Group kept) {
        if (duringCount < ROOM) {
            if (duringKeys == null || duringCount == duringKeys.length) {
                duringKeys = Arrays.copyOf(duringKeys == null ? new People[0] : duringKeys, room(duringCount));
                duringPeriods = Arrays.copyOf(duringPeriods == null ? new DateRange[0] : duringPeriods, duringKeys.length);
                during = Arrays.copyOf(during == null ? new Group[0] : during, duringKeys.length);
            }
            duringKeys[duringCount] = people;
            duringPeriods[duringCount] = period;
            during[duringCount++] = kept;
        }
        return kept;
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

    /** The day alone, as a range, if made already. */
    DateRange theDay() {
        return theDay;
    }

    void keepTheDay(DateRange day) {
        theDay = day;
    }

    /** Every day up to and including the day, as a range, if made already. */
    DateRange upToTheDay() {
        return upToTheDay;
    }

    void keepUpToTheDay(DateRange days) {
        upToTheDay = days;
    }

    /** The family's members on the day, if worked out already. */
    MembersOnDay membersOnDay() {
        return membersOnDay;
    }

    void keep(MembersOnDay members) {
        membersOnDay = members;
    }

    /** The full terms of a term measure, ending as asked and counted from the day, if worked out already. */
    FullTerms fullTerms(TermsEnding ending, int count, LocalDate countedFrom) {
        for (int i = 0; i < fullTermsCount; i++) {
            FullTerms kept = fullTerms[i];
            if (kept.ending() == ending && kept.wanted() == count && kept.countedFrom().equals(countedFrom)) {
                return kept;
            }
        }
        return null;
    }

    void keep(FullTerms terms) {
        if (fullTermsCount < ROOM) {
            if (fullTerms == null || fullTermsCount == fullTerms.length) {
                fullTerms = Arrays.copyOf(fullTerms == null ? new FullTerms[0] : fullTerms, room(fullTermsCount));
            }
            fullTerms[fullTermsCount++] = terms;
        }
    }

    /** The next size of an array holding {@code count}: small on first use, doubled after. */
    private static int room(int count) {
        return count == 0 ? 8 : Math.min(2 * count, ROOM);
    }
}
