package org.hearth.engine.timeline;

import java.time.LocalDate;

/**
 * A child's attendance over one school term, in half-day sessions, as the school census reports it.
 *
 * @param possibleSessions sessions the child could have attended
 * @param authorisedAbsence sessions missed with the school's permission
 * @param unauthorisedAbsence sessions missed without it
 */
public record TermAttendance(RecordId id, String personId, SchoolTerm term, int possibleSessions,
                             int authorisedAbsence, int unauthorisedAbsence, String schoolUrn, String source)
        implements TimelineRecord {

    /** The record with its source's identifier as text. */
    public TermAttendance(String recordId, String personId, SchoolTerm term, int possibleSessions,
                          int authorisedAbsence, int unauthorisedAbsence, String schoolUrn, String source) {
        this(RecordId.of(recordId), personId, term, possibleSessions, authorisedAbsence, unauthorisedAbsence,
                schoolUrn, source);
    }

    public TermAttendance {
        Require.present(id, "record_id");
        Require.text(personId, "person_id");
        Require.present(term, "term");
        notNegative(possibleSessions, "possible_sessions");
        notNegative(authorisedAbsence, "authorised_absence");
        notNegative(unauthorisedAbsence, "unauthorised_absence");
        if (authorisedAbsence + unauthorisedAbsence > possibleSessions) {
            throw new IllegalArgumentException("absences (" + (authorisedAbsence + unauthorisedAbsence)
                    + ") exceed possible_sessions (" + possibleSessions + ")");
        }
    }

    private static void notNegative(int sessions, String field) {
        if (sessions < 0) {
            throw new IllegalArgumentException(field + " must not be negative");
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

    /**
     * A term's figures are the whole term's, reported when it ends: a term that ends after the day
     * has no figures yet, so its record is not known at all.
     */
    @Override
    public TermAttendance asKnownOn(LocalDate day) {
        return term.end().isAfter(day) ? null : this;
    }

    @Override
    public RecordKind<TermAttendance> kind() {
        return RecordKind.ATTENDANCE;
    }
}
