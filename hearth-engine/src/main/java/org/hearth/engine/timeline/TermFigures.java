package org.hearth.engine.timeline;

import java.util.List;

/**
 * One child's attendance records as numbers, kept beside the records when the timeline is built: each
 * record's term as a {@link #key}, its possible sessions and its absences. Summing a child's sessions
 * over some terms then reads these numbers, which lie together, rather than each record object.
 */
public final class TermFigures {
    static final TermFigures NONE = new TermFigures(List.of());

    private final List<TermAttendance> records;
    private final int[] terms;
    /** Per record, three numbers: possible sessions, authorised absence, unauthorised absence. */
    private final int[] sessions;

    TermFigures(List<TermAttendance> records) {
        this.records = records;
        this.terms = new int[records.size()];
        this.sessions = new int[3 * records.size()];
        for (int i = 0; i < terms.length; i++) {
            TermAttendance record = records.get(i);
            terms[i] = key(record.term());
            sessions[3 * i] = record.possibleSessions();
            sessions[3 * i + 1] = record.authorisedAbsence();
            sessions[3 * i + 2] = record.unauthorisedAbsence();
        }
    }

    /**
     * The term as one number: the same for two terms of the same academic year and term of the year,
     * whatever their dates, as records name their term by year and term.
     */
    public static int key(SchoolTerm term) {
        return term.academicYear() << 2 | term.term().ordinal();
    }

    /** How many attendance records the child has. */
    public int size() {
        return terms.length;
    }

    /** The records, earliest first, in the order the figures are numbered. */
    public List<TermAttendance> records() {
        return records;
    }

    /** The {@link #key} of the term of the record at this place. */
    public int term(int record) {
        return terms[record];
    }

    public int possibleSessions(int record) {
        return sessions[3 * record];
    }

    public int authorisedAbsence(int record) {
        return sessions[3 * record + 1];
    }

    public int unauthorisedAbsence(int record) {
        return sessions[3 * record + 2];
    }
}
