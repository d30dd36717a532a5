package org.hearth.engine.timeline;

import java.time.LocalDate;

/**
 * A child's attendance over one school term, in half-day sessions, as the school census reports it.
 *
 * @param possibleSessions sessions the child could have attended
 * @param authorisedAbsence sessions missed with the school's permission
 * @param unauthorisedAbsence sessions missed without it
 */
public record TermAttendance(String recordId, String personId, SchoolTerm term, int possibleSessions,
                             int authorisedAbsence, int unauthorisedAbsence, String schoolUrn, String source)
        implements TimelineRecord {

    public TermAttendance {
        Require.text(recordId, "record_id");
        Require.text(personId, "person_id");
        Require.present(term, "term");
        if (possibleSessions < 0 || authorisedAbsence < 0 || unauthorisedAbsence < 0) {
            throw new IllegalArgumentException("session counts must not be negative");
        }
        if (authorisedAbsence + unauthorisedAbsence > possibleSessions) {
            throw new IllegalArgumentException("absences (" + (authorisedAbsence + unauthorisedAbsence)
                    + ") exceed possible_sessions (" + possibleSessions + ")");
        }
    }

    /** Sessions attended: possible sessions less every absence. */
    public int attendedSessions() {
        return possibleSessions - authorisedAbsence - unauthorisedAbsence;
    }

    @Override
    public LocalDate start() {
        return term.start();
    }

    @Override
    public LocalDate end() {
        return term.end();
    }

    @Override
    public RecordKind<TermAttendance> kind() {
        return RecordKind.ATTENDANCE;
    }
}
