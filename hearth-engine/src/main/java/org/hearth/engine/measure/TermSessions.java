package org.hearth.engine.measure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.hearth.engine.timeline.Person;
import org.hearth.engine.timeline.SchoolTerm;
import org.hearth.engine.timeline.TermAttendance;
import org.hearth.engine.timeline.TermFigures;

/**
 * One child's school sessions over a run of terms, summed: the figures attendance measures compare.
 * A term with two records (a change of school within it) counts both, as the school census does.
 *
 * <p>Made once for a run of terms and filled child by child ({@link #of}), so that deciding for a
 * family makes no lists: the records found and the terms missing, which only explanations quote, are
 * gathered only for a witness that keeps what it is told.
 */
final class TermSessions {
    private final SchoolTerm[] wanted;
    /** The wanted terms as {@link TermFigures#key}s. */
    private final int[] keys;
    private final boolean[] recorded;
    /** Whether the child belonged to the group in each term (school age that year), worked out per child. */
    private final boolean[] counted;
    private final People people;
    private final boolean allAbsence;
    private final boolean gathering;
    private long possible;
    private long absent;
    private boolean complete;
    private List<TermAttendance> records = List.of();
    private List<SchoolTerm> missing = List.of();

    /**
     * Sums over the terms in which each child belonged to the group, counting absences as the plan says,
     * for a measure telling the witness.
     */
    TermSessions(List<SchoolTerm> terms, People people, AttendanceOverTerms.AbsenceCounted counted, Witness witness) {
        this.wanted = terms.toArray(new SchoolTerm[0]);
        this.keys = new int[wanted.length];
        for (int t = 0; t < wanted.length; t++) {
            keys[t] = TermFigures.key(wanted[t]);
        }
        this.recorded = new boolean[wanted.length];
        this.counted = new boolean[wanted.length];
        this.people = people;
        this.allAbsence = counted == AttendanceOverTerms.AbsenceCounted.ALL;
        this.gathering = !witness.decisionOnly();
    }

    /**
     * Sums the child's sessions over the terms in which they belonged to the group (a Year 11 leaver's
     * last school year counts; the terms after it do not), in place of the last child's: each record read
     * once from the figures kept beside them (records name their term by academic year and term).
     */
    TermSessions of(MeasureContext context, Person child) {
        boolean parent = context.parentOrCarer(child);
        for (int t = 0; t < wanted.length; t++) {
            counted[t] = people.includes(child, parent, wanted[t].start()) || people.includes(child, parent, wanted[t].end());
        }
        TermFigures figures = context.family().attendanceFigures(child);
        List<TermAttendance> found = gathering ? new ArrayList<>() : null;
        Arrays.fill(recorded, false);
        possible = 0;
        absent = 0;
        for (int r = 0; r < figures.size(); r++) {
            int term = figures.term(r);
            for (int t = 0; t < keys.length; t++) {
                if (term == keys[t] && counted[t]) {
                    recorded[t] = true;
                    if (gathering) {
                        found.add(figures.records().get(r));
                    }
                    possible += figures.possibleSessions(r);
                    absent += figures.unauthorisedAbsence(r) + (allAbsence ? figures.authorisedAbsence(r) : 0);
                    break;
                }
            }
        }
        List<SchoolTerm> without = gathering ? new ArrayList<>() : null;
        complete = true;
        for (int t = 0; t < wanted.length; t++) {
            complete &= recorded[t] || !counted[t];
            if (!recorded[t] && counted[t] && gathering) {
                without.add(wanted[t]);
            }
        }
        if (gathering) {
            records = found;
            missing = without;
        }
        return this;
    }

    long possible() {
        return possible;
    }

    long absent() {
        return absent;
    }

    /** Possible sessions less the absences counted. */
    long attended() {
        return possible - absent;
    }

    /** True when every term has a record. */
    boolean complete() {
        return complete;
    }

    /** The child's records for the terms, to cite; gathered only for a witness that keeps them. */
    List<TermAttendance> records() {
        return records;
    }

    /**
     * The terms with no record for the child, with their dates: "spring 2015/16 (2016-01-01 to
     * 2016-03-31)"; gathered only for a witness that keeps them.
     */
    FullTerms.Labels missingTerms() {
        return new FullTerms.Labels(missing, true);
    }
}
