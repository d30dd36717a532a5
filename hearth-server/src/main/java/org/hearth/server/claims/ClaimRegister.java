package org.hearth.server.claims;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Every claim batch and every claim ever made, as stored: read only here, with nothing of who may see them (that is
 * {@link ClaimViews}'s). A claim's evidence is read on its own ({@link #evidence}), as lists never need it.
 */
@Repository
public class ClaimRegister {
    /** A claim's columns but its evidence, with its batch's period and submission, its plan, and the latest sample. */
    private static final String CLAIMS = """
            select k.id, k.batch_id, k.family_id, k.family_reference, k.phase, b.period_from, b.period_to, k.discretionary,
                   k.route, k.explanation, k.organisation, k.problems, k.progress_on, k.outcomes_met, k.evaluation_run_id,
                   k.plan_version_id, p.plan_id, p.version as plan_version, k.plan_sha256, k.as_of, k.evidence_sha256,
                   k.prepared_by, k.prepared_at, k.discretion_reason, k.approved_by, k.state, k.audit_decision,
                   k.decided_by, k.decided_at, k.decision_reason, k.withdrawn_by, k.withdrawn_at, k.withdrawal_reason,
                   exists (select 1 from claim_sample_member m where m.claim_id = k.id and m.sample_id =
                           (select max(s.id) from claim_sample s where s.batch_id = k.batch_id)) as sampled,
                   b.submitted_at
            from claim k join claim_batch b on b.id = k.batch_id join plan_version p on p.id = k.plan_version_id
            """;

    private final JdbcTemplate jdbc;

    ClaimRegister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A sample drawn for spot checks: its seed, how many of how many claims, and the claims drawn, in draw order. */
    public record Sample(long id, long batchId, long seed, int size, int drawnFrom, String drawnBy, Instant drawnAt,
                         List<Long> claimIds) {
    }

    /** Every batch, newest first. */
    public List<ClaimBatch> batches() {
        return jdbc.query("select * from claim_batch order by id desc", ClaimRegister::batch);
    }

    /** The batch, or null when there is none with the id. */
    public ClaimBatch batch(long id) {
        List<ClaimBatch> found = jdbc.query("select * from claim_batch where id = ?", ClaimRegister::batch, id);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Every claim ever made, by batch and id. */
    public List<Claim> all() {
        return jdbc.query(CLAIMS + " order by k.batch_id, k.id", ClaimRegister::claim);
    }

    /** The batch's claims, by id. */
    public List<Claim> of(long batchId) {
        return jdbc.query(CLAIMS + " where k.batch_id = ? order by k.id", ClaimRegister::claim, batchId);
    }

    /** The claim, or null when there is none with the id. */
    public Claim claim(long id) {
        List<Claim> found = jdbc.query(CLAIMS + " where k.id = ?", ClaimRegister::claim, id);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The claims of the family, newest first. */
    public List<Claim> ofFamily(String familyId) {
        return jdbc.query(CLAIMS + " where k.family_id = ? order by k.id desc", ClaimRegister::claim, familyId);
    }

    /** What the claim rests on, frozen when it was prepared: the exact text its evidence SHA-256 was made from. */
    public String evidence(long claimId) {
        return jdbc.queryForObject("select evidence from claim where id = ?", String.class, claimId);
    }

    /** The latest sample drawn from the batch, or null when none has been. */
    public Sample latestSample(long batchId) {
        List<Sample> found = jdbc.query("select * from claim_sample where batch_id = ? order by id desc limit 1",
                (row, n) -> new Sample(row.getLong("id"), row.getLong("batch_id"), row.getLong("seed"), row.getInt("size"),
                        row.getInt("drawn_from"), row.getString("drawn_by"), instant(row.getTimestamp("drawn_at")),
                        jdbc.queryForList("select claim_id from claim_sample_member where sample_id = ? order by position",
                                Long.class, row.getLong("id"))), batchId);
        return found.isEmpty() ? null : found.get(0);
    }

    private static ClaimBatch batch(ResultSet row, int number) throws SQLException {
        return new ClaimBatch(row.getLong("id"), row.getString("phase"), row.getObject("period_from", LocalDate.class),
                row.getObject("period_to", LocalDate.class), row.getString("organisation"),
                "submitted".equals(row.getString("state")), row.getString("prepared_by"),
                instant(row.getTimestamp("prepared_at")), row.getString("submitted_by"),
                instant(row.getTimestamp("submitted_at")));
    }

    private static Claim claim(ResultSet row, int number) throws SQLException {
        return new Claim(row.getLong("id"), row.getLong("batch_id"), row.getString("family_id"),
                row.getString("family_reference"), row.getString("phase"), row.getObject("period_from", LocalDate.class),
                row.getObject("period_to", LocalDate.class), row.getBoolean("discretionary"), row.getString("route"),
                row.getString("explanation"), row.getString("organisation"), strings(row.getArray("problems")),
                strings(row.getArray("progress_on")), strings(row.getArray("outcomes_met")),
                row.getLong("evaluation_run_id"), row.getLong("plan_version_id"), row.getString("plan_id"),
                row.getString("plan_version"), row.getString("plan_sha256"), row.getObject("as_of", LocalDate.class),
                row.getString("evidence_sha256"), row.getString("prepared_by"), instant(row.getTimestamp("prepared_at")),
                row.getString("discretion_reason"), row.getString("approved_by"), ClaimState.ofCode(row.getString("state")),
                row.getString("audit_decision"), row.getString("decided_by"), instant(row.getTimestamp("decided_at")),
                row.getString("decision_reason"), row.getString("withdrawn_by"), instant(row.getTimestamp("withdrawn_at")),
                row.getString("withdrawal_reason"), row.getBoolean("sampled"), instant(row.getTimestamp("submitted_at")));
    }

    private static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
