package org.hearth.engine.measure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.hearth.engine.timeline.Person;
import org.hearth.engine.timeline.RecordKind;
import org.hearth.engine.timeline.SchoolTerm;
import org.hearth.engine.timeline.TermAttendance;

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
        private final boolean[] recorded;
        private final AttendanceOverTerms.AbsenceCounted counted;
        private long possible;
        private long absent;
        private boolean complete;

        Sums(List<SchoolTerm> terms, AttendanceOverTerms.AbsenceCounted counted) {
            this.wanted = terms.toArray(new SchoolTerm[0]);
            this.recorded = new boolean[wanted.length];
            this.counted = counted;
        }

        /** Sums the child's sessions over the terms, in place of the last child's. */
        Sums of(MeasureContext context, Person child) {
            add(context, child, null, null);
            return this;
        }

        /**
         * Sums the child's records, each read once: they are in date order, so also in the terms'
         * order. The records found and the terms missing are added to the lists when they are given.
         */
        private void add(MeasureContext context, Person child, List<TermAttendance> found, List<SchoolTerm> missing) {
            List<TermAttendance> all = context.records(RecordKind.ATTENDANCE, child);
            Arrays.fill(recorded, false);
            possible = 0;
            absent = 0;
            for (int r = 0; r < all.size(); r++) {
                TermAttendance record = all.get(r);
                for (int t = 0; t < wanted.length; t++) {
                    if (sameTerm(record.term(), wanted[t])) {
                        recorded[t] = true;
                        if (found != null) {
                            found.add(record);
                        }
                        possible += record.possibleSessions();
                        absent += record.unauthorisedAbsence()
                                + (counted == AttendanceOverTerms.AbsenceCounted.ALL ? record.authorisedAbsence() : 0);
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

    // Records name their term by academic year and term; their dates come from the same calendar.
    private static boolean sameTerm(SchoolTerm a, SchoolTerm b) {
        return a.academicYear() == b.academicYear() && a.term() == b.term();
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
