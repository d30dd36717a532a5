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
 * @param records the attendance records found for the terms, to cite
 * @param missing the terms with no attendance record for the child
 * @param possible sessions the child could have attended
 * @param absent sessions missed that count against attendance (every absence, or unauthorised only)
 */
record TermSessions(List<TermAttendance> records, List<SchoolTerm> missing, long possible, long absent) {

    TermSessions {
        records = List.copyOf(records);
        missing = List.copyOf(missing);
    }

    /** The child's sessions over the terms, counting absences as the plan says. */
    static TermSessions of(MeasureContext context, Person child, List<SchoolTerm> terms,
                           AttendanceOverTerms.AbsenceCounted counted) {
        List<TermAttendance> found = new ArrayList<>();
        List<SchoolTerm> missing = new ArrayList<>();
        Sums sums = new Sums(terms, counted);
        sums.add(context, child, found, missing);
        return new TermSessions(found, missing, sums.possible(), sums.absent());
    }

    /**
     * The same sums without the records or the missing terms, for a decision: made once for a run of
     * terms and filled child by child, so that deciding for a family makes no lists.
     */
    static final class Sums {
        private final SchoolTerm[] wanted;
        /** The wanted terms as {@link TermFigures#key}s. */
        private final long[] keys;
        private final boolean[] recorded;
        private final boolean allAbsence;
        private long possible;
        private long absent;
        private boolean complete;

        Sums(List<SchoolTerm> terms, AttendanceOverTerms.AbsenceCounted counted) {
            this.wanted = terms.toArray(new SchoolTerm[0]);
            this.keys = new long[wanted.length];
            for (int t = 0; t < wanted.length; t++) {
                keys[t] = TermFigures.key(wanted[t]);
            }
            this.recorded = new boolean[wanted.length];
            this.allAbsence = counted == AttendanceOverTerms.AbsenceCounted.ALL;
        }

        /** Sums the child's sessions over the terms, in place of the last child's. */
        Sums of(MeasureContext context, Person child) {
            add(context, child, null, null);
            return this;
        }

        /**
         * Sums the child's records, each read once from the figures kept beside them (records name
         * their term by academic year and term). The records found and the terms missing are added to
         * the lists when they are given.
         */
        private void add(MeasureContext context, Person child, List<TermAttendance> found, List<SchoolTerm> missing) {
            TermFigures figures = context.family().attendanceFigures(child);
            Arrays.fill(recorded, false);
            possible = 0;
            absent = 0;
            for (int r = 0; r < figures.size(); r++) {
                long term = figures.term(r);
                for (int t = 0; t < keys.length; t++) {
                    if (term == keys[t]) {
                        recorded[t] = true;
                        if (found != null) {
                            found.add(figures.records().get(r));
                        }
                        possible += figures.possibleSessions(r);
                        absent += figures.unauthorisedAbsence(r) + (allAbsence ? figures.authorisedAbsence(r) : 0);
                        break;
                    }
                }
            }
            complete = true;
            for (int t = 0; t < wanted.length; t++) {
                complete &= recorded[t];
                if (!recorded[t] && missing != null) {
                    missing.add(wanted[t]);
                }
            }
        }

        long possible() {
            return possible;
        }

        long absent() {
            return absent;
        }

        long attended() {
            return possible - absent;
        }

        /** True when every term has a record. */
        boolean complete() {
            return complete;
        }
    }

    /** Possible sessions less the absences counted. */
    long attended() {
        return possible - absent;
    }

    /** The missing terms with their dates: "spring 2015/16 (2016-01-01 to 2016-03-31)". */
    FullTerms.Labels missingTerms() {
        return new FullTerms.Labels(missing, true);
    }
}
