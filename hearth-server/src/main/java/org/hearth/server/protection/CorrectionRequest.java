package org.hearth.server.protection;

import java.time.Instant;
import java.util.Map;

/**
 * A request to correct one record (a rectification) or to erase everything held about a person (an erasure), as
 * {@code correction_request} keeps it (V26): made by one user, approved or refused by another.
 *
 * @param file a rectification's file ({@code people.csv}); null for an erasure
 * @param recordId a rectification's record: the row's key in its file
 * @param personId an erasure's person; a rectification's record's person, when it is about one
 * @param corrections a rectification's proposed values, by column, those it changes only; empty once an erasure of
 *                    the person cleared them, and for an erasure
 * @param importId the import under which an approved request's change was made
 */
public record CorrectionRequest(long id, Kind kind, String familyId, String file, String recordId, String personId,
                                Map<String, String> corrections, String reason, String requestedBy, Instant requestedAt,
                                State state, String decidedBy, Instant decidedAt, String decisionReason, Long importId) {
    public enum Kind {
        RECTIFICATION, ERASURE;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Kind ofCode(String code) {
            return valueOf(code.toUpperCase(java.util.Locale.ROOT));
        }
    }

    public enum State {
        AWAITING_APPROVAL, APPROVED, REFUSED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** As a person reads it: "awaiting approval". */
        public String words() {
            return code().replace('_', ' ');
        }

        static State ofCode(String code) {
            return valueOf(code.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** What the request is about, as the pages and the audit log name it: "people.csv P000001-1", "person P000001-1". */
    public String subject() {
        return kind == Kind.RECTIFICATION ? file + " " + recordId : "person " + personId;
    }

    /** What the audit log names the request's entries under: an erasure's person, a rectification's family. */
    String auditSubject() {
        return kind == Kind.ERASURE ? personId : familyId;
    }

    public boolean awaiting() {
        return state == State.AWAITING_APPROVAL;
    }
}
