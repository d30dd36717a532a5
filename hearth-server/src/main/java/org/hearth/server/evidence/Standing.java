package org.hearth.server.evidence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * What a decision stands on, so that a checker can find the exact plan and data again: the evaluation run, the
 * review date it decided as at, when it was made, the import whose data it read, and the plan version with the
 * SHA-256 of its file.
 *
 * @param importId the import whose data the run read (for a run after a sign-off, the sign-off's own import)
 */
public record Standing(long runId, LocalDate asOf, Instant evaluatedAt, long importId, String planId,
                       String planVersion, String planTitle, String planSha256) {

    /** From a run as org.hearth.server.family.FamilyDirectory describes it ({@code runOf}). */
    public static Standing ofRun(Map<String, Object> run) {
        Object evaluatedAt = run.get("evaluated_at");
        return new Standing(((Number) run.get("id")).longValue(), (LocalDate) run.get("as_of"),
                evaluatedAt instanceof Timestamp timestamp ? timestamp.toInstant() : ((OffsetDateTime) evaluatedAt).toInstant(),
                ((Number) run.get("data_import_id")).longValue(), (String) run.get("plan_id"),
                (String) run.get("plan_version"), (String) run.get("plan_title"), (String) run.get("plan_sha256"));
    }
}
