package org.hearth.server.protection;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.hearth.server.audit.AuditLog;
import org.hearth.server.family.FamilyDecision;
import org.hearth.server.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an approved correction or erasure flags for review ({@code correction_review}, V26): each claim (not withdrawn)
 * whose evidence rested on the record, and each family's decision that did, as they stood before the change. A
 * decision rests on its family's core rows (who the family and its members are) and on every record it cites; an
 * erasure touches every decision and claim of the person's families. A coordinator or an auditor reviews each flag
 * once, with a note: whether the claim should be withdrawn, whether the decision that followed is right.
 */
@Service
public class CorrectionReviews {
    /** Files every decision and claim of a family rests on without citing their rows by id. */
    private static final Set<String> CORE = Set.of("people.csv", "families.csv", "memberships.csv");

    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    CorrectionReviews(JdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** A decision (claim null) or a claim that rested on a corrected or erased record. */
    record Flag(String familyId, Long claimId, long evaluationRun) {
    }

    /** A flag as the pages show it, with its request and, once reviewed, who reviewed it and what they found. */
    public record Review(long id, long requestId, String kind, String familyId, Long claimId, long evaluationRun,
                         String reviewedBy, Instant reviewedAt, String note) {
        public boolean reviewed() {
            return reviewedBy != null;
        }
    }

    /** What the request, about to be applied, flags among the families' current decisions and their claims. */
    List<Flag> find(CorrectionRequest request, List<String> families) {
        boolean whole = request.kind() == CorrectionRequest.Kind.ERASURE || CORE.contains(request.file());
        String[] ids = families.toArray(String[]::new);
        List<Flag> flags = new ArrayList<>();
        jdbc.query("""
                select d.family_id, d.run_id, e.result::text from current_decision d
                join family_evaluation e on e.run_id = d.run_id and e.family_id = d.family_id
                where d.family_id = any(?) order by d.family_id""", row -> {
            if (whole || cites(FamilyDecision.parse(row.getString(3)), request.recordId())) {
                flags.add(new Flag(row.getString(1), null, row.getLong(2)));
            }
        }, (Object) ids);
        String holds = whole ? "true" : """
                jsonb_path_exists(evidence::jsonb -> 'records' -> ?, '$[*] ? (@.record_id == $id)', jsonb_build_object('id', ?))""";
        Object[] arguments = whole ? new Object[] {ids} : new Object[] {ids, request.file(), request.recordId()};
        jdbc.query("select family_id, id, evaluation_run_id from claim where family_id = any(?) and state <> 'withdrawn' and "
                + holds + " order by id", row -> {
            flags.add(new Flag(row.getString(1), row.getLong(2), row.getLong(3)));
        }, arguments);
        return flags;
    }

    /** Whether an outcome's explanation or the claim's own test cites the record ({@code KIND/record id}). */
    private static boolean cites(FamilyDecision decision, String recordId) {
        List<String> cited = new ArrayList<>(decision.claim().cited() == null ? List.of() : decision.claim().cited());
        decision.problems().forEach(problem -> problem.outcomes().forEach(outcome -> cited.addAll(
                outcome.cited() == null ? List.of() : outcome.cited())));
        return cited.stream().anyMatch(one -> one.substring(one.indexOf('/') + 1).equals(recordId));
    }

    void store(long requestId, List<Flag> flags) {
        jdbc.batchUpdate("insert into correction_review (request_id, family_id, claim_id, evaluation_run_id) values (?, ?, ?, ?)",
                flags.stream().map(flag -> new Object[] {requestId, flag.familyId(), flag.claimId(), flag.evaluationRun()})
                        .toList());
    }

    /** The family's flags, its decisions' and its claims', newest first. */
    public List<Review> ofFamily(String familyId) {
        return reviews("r.family_id = ?", familyId);
    }

    /** The claim's flags, newest first. */
    public List<Review> ofClaim(long claimId) {
        return reviews("r.claim_id = ?", claimId);
    }

    /** Every flag not yet reviewed, oldest first. */
    public List<Review> awaiting() {
        List<Review> awaiting = new ArrayList<>(reviews("r.reviewed_by is null"));
        java.util.Collections.reverse(awaiting);
        return awaiting;
    }

    /**
     * Records the review of a flag of the family, audited as "correction reviewed".
     *
     * @throws InvalidCorrectionException when the note is blank, or the flag is not the family's or already reviewed
     */
    @Transactional
    public void review(CurrentUser by, String familyId, long reviewId, String note) {
        String written = note == null ? "" : note.strip();
        if (written.isEmpty() || written.length() > 2000) {
            throw new InvalidCorrectionException("note", "Say what the review found, in up to 2,000 characters");
        }
        int reviewed = jdbc.update("""
                update correction_review set reviewed_by = ?, reviewed_at = now(), review_note = ?
                where id = ? and family_id = ? and reviewed_by is null""", by.username(), written, reviewId, familyId);
        if (reviewed != 1) {
            throw new InvalidCorrectionException("note", "This flag is not awaiting review: someone may have reviewed it");
        }
        audit.record(by.username(), "correction reviewed", familyId, "flag " + reviewId + ": " + written);
    }

    private List<Review> reviews(String where, Object... arguments) {
        return jdbc.query("""
                select r.id, r.request_id, q.kind, r.family_id, r.claim_id, r.evaluation_run_id, r.reviewed_by, r.reviewed_at,
                       r.review_note
                from correction_review r join correction_request q on q.id = r.request_id
                """ + " where " + where + " order by r.id desc", (row, number) -> new Review(row.getLong(1), row.getLong(2),
                row.getString(3), row.getString(4), row.getObject(5, Long.class), row.getLong(6), row.getString(7),
                instant(row.getObject(8, OffsetDateTime.class)), row.getString(9)), arguments);
    }

    static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
