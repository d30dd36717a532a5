package org.hearth.server.protection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.hearth.server.family.FamilyDecision;

/**
 * Everything Hearth holds about one person (docs/data-protection.md, Subject access): for the authority's information
 * governance team to review, redact what is about other people, and give to the person. Written as JSON and as a PDF.
 *
 * @param person   the person's own rows (people.csv), as held now and before
 * @param records  the rows about them alone, in every file, with where each came from
 * @param families the families they belong or belonged to, each with what Hearth holds about the family
 * @param audit    every entry of the audit log about them or their families: who viewed or changed what, and when
 */
public record SubjectAccessPack(String personId, LocalDate asOf, Instant producedAt, String producedBy,
                                List<HeldRow> person, List<HeldRow> records, List<Family> families, List<AuditLine> audit) {

    /**
     * A row as an import brought it, and where it came from: the file, its line, the source that sent it, the import
     * and when it ran; {@code endedBy} the import that replaced or withdrew it, and why, for a row no longer current.
     */
    public record HeldRow(String file, Map<String, String> values, String source, long importId, long line,
                          Instant importedAt, Long endedBy, String endReason) {
        public boolean current() {
            return endedBy == null;
        }
    }

    /**
     * One of the person's families: the rows about the family as a whole, its current decision with its explanations
     * ({@code citing}: the outcomes whose explanations cite the person's records), how many evaluations Hearth holds
     * of it, key workers' answers about it, its claims, and the requests to correct or erase its records (with the
     * values they asked for, and why).
     */
    public record Family(String familyId, List<HeldRow> rows, FamilyDecision decision, List<String> citing,
                         long evaluations, List<Map<String, Object>> answers, List<Map<String, Object>> claims,
                         List<Map<String, Object>> corrections) {
    }

    /** An audit entry: when, who, what, to what. */
    public record AuditLine(long id, Instant at, String username, String action, String subject, String detail) {
    }
}
