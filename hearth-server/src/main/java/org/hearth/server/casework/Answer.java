package org.hearth.server.casework;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A key worker's answer to one of the plan's questions about a family, with the evidence for it, and what
 * the manager decided: awaiting sign-off, signed off (then it counts, as a row of worker_assessments.csv
 * brought in by the sign-off's import), or returned with a reason.
 */
public record Answer(long id, String familyId, String personId, String planId, String question, boolean answer,
                     String evidence, LocalDate assessedOn, String assessedBy, Instant recordedAt, State state,
                     String decidedBy, Instant decidedAt, String returnReason, Long importId) {

    /** The id of the worker_assessments record its sign-off makes of it: {@code HEARTH-WA-12}. */
    public String recordId() {
        return "HEARTH-WA-" + id;
    }

    public enum State {
        AWAITING_SIGN_OFF, SIGNED_OFF, RETURNED;

        String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** As a person reads it: "awaiting sign off". */
        public String words() {
            return code().replace('_', ' ');
        }
    }
}
