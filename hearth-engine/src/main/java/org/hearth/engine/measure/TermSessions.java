package org.hearth.engine.measure;

import java.util.ArrayList;
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
        List<TermAttendance> all = context.records(RecordKind.ATTENDANCE, child);
        List<TermAttendance> found = new ArrayList<>();
        SchoolTerm[] wanted = terms.toArray(new SchoolTerm[0]);
        boolean[] recorded = new boolean[wanted.length];
        long possible = 0;
        long absent = 0;
        // Each record read once: the child's records are in date order, so also in the terms' order.
        for (int r = 0; r < all.size(); r++) {
            TermAttendance record = all.get(r);
            for (int t = 0; t < wanted.length; t++) {
                if (sameTerm(record.term(), wanted[t])) {
                    recorded[t] = true;
                    found.add(record);
                    possible += record.possibleSessions();
                    absent += record.unauthorisedAbsence()
                            + (counted == AttendanceOverTerms.AbsenceCounted.ALL ? record.authorisedAbsence() : 0);
                    break;
                }
            }
        }
        List<SchoolTerm> missing = new ArrayList<>();
        for (int t = 0; t < wanted.length; t++) {
            if (!recorded[t]) {
                missing.add(wanted[t]);
            }
        }
        return new TermSessions(found, missing, possible, absent);
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
