package org.hearth.server.claims;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;

import org.hearth.engine.HearthException;
import org.hearth.server.audit.AuditLog;
import org.hearth.server.security.Access;
import org.hearth.server.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The internal auditor's work on claims (docs/claims.md, Internal audit): each claim of an open batch accepted, or
 * rejected with the reason, which goes back to the coordinator; and samples of a batch drawn at random for spot checks,
 * each with its seed recorded ({@link SpotCheckSample}). An auditor changes nothing a claim rests on: that is frozen.
 * Each change is one transaction, audited.
 */
@Service
public class InternalAudit {
    private final JdbcTemplate jdbc;
    private final Access access;
    private final ClaimRegister register;
    private final AuditLog audit;
    private final SecureRandom seeds = new SecureRandom();

    InternalAudit(JdbcTemplate jdbc, Access access, ClaimRegister register, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.register = register;
        this.audit = audit;
    }

    /** Accepts the claim, with a note if the auditor gives one. */
    @Transactional
    public void accept(CurrentUser auditor, long claimId, String note) {
        String noted = note == null || note.isBlank() ? null : note.strip();
        if (noted != null && noted.length() > ClaimBatches.LONGEST_REASON) {
            throw new InvalidClaimException(Map.of("reason", "Enter a note of up to 10,000 characters"));
        }
        decide(auditor, claimId, "accepted", noted);
    }

    /**
     * Rejects the claim: it goes back to the coordinator with the reason.
     *
     * @throws InvalidClaimException when no reason is given
     */
    @Transactional
    public void reject(CurrentUser auditor, long claimId, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > ClaimBatches.LONGEST_REASON) {
            throw new InvalidClaimException(Map.of("reason", "Enter why the claim is rejected, up to 10,000 characters"));
        }
        decide(auditor, claimId, "rejected", reason.strip());
    }

    /**
     * Draws a sample of the batch's claims that are not withdrawn, for spot checks, and records it with its seed.
     *
     * @param seed the seed to draw with (the same seed draws the same sample again), or null for a random one
     * @throws InvalidClaimException when the size is not 1 to the number of claims
     */
    @Transactional
    public ClaimRegister.Sample drawSample(CurrentUser auditor, long batchId, Integer size, Long seed) {
        mayAudit(auditor);
        ClaimBatch batch = register.batch(batchId);
        if (batch == null) {
            throw new NotYoursException("there is no claim batch " + batchId);
        }
        Access.VisibleClaims visible = access.claimsVisibleTo(auditor);
        List<Long> drawnFrom = register.of(batchId).stream()
                .filter(claim -> claim.state() != ClaimState.WITHDRAWN && visible.includes(claim.familyId(), claim.organisation()))
                .map(Claim::id).toList();
        if (size == null || size < 1 || size > drawnFrom.size()) {
            throw new InvalidClaimException(Map.of("size", drawnFrom.isEmpty() ? "The batch has no claims to draw from"
                    : "Enter how many claims to draw, from 1 to " + drawnFrom.size()));
        }
        long used = seed == null ? seeds.nextLong() : seed;
        List<Long> drawn = SpotCheckSample.draw(used, drawnFrom, size);
        long sample = jdbc.queryForObject("""
                insert into claim_sample (batch_id, seed, size, drawn_from, drawn_by) values (?, ?, ?, ?, ?) returning id""",
                Long.class, batchId, used, size, drawnFrom.size(), auditor.username());
        for (int position = 0; position < drawn.size(); position++) {
            jdbc.update("insert into claim_sample_member (sample_id, position, claim_id) values (?, ?, ?)", sample,
                    position + 1, drawn.get(position));
        }
        audit.record(auditor.username(), "claim sample drawn", "batch " + batchId, size + " of " + drawnFrom.size()
                + " claims with seed " + used + ": claims " + drawn);
        return register.latestSample(batchId);
    }

    private void decide(CurrentUser auditor, long claimId, String decision, String reason) {
        mayAudit(auditor);
        Claim claim = register.claim(claimId);
        if (claim == null || !access.canSeeClaim(auditor, claim.familyId(), claim.organisation())) {
            throw new NotYoursException("there is no claim " + claimId + " you may see");
        }
        if (register.batch(claim.batchId()).submitted()) {
            throw new HearthException("Claim " + claimId + " is in a submitted batch, which is read-only");
        }
        if (jdbc.update("""
                update claim set state = ?, audit_decision = ?, decided_by = ?, decided_at = now(), decision_reason = ?
                where id = ? and state = 'awaiting_audit'""", decision, decision, auditor.username(), reason, claimId) == 0) {
            throw new HearthException("Claim " + claimId + " is already " + claim.state().words());
        }
        audit.record(auditor.username(), "claim " + decision, claim.familyId(), "claim " + claimId + " in batch "
                + claim.batchId() + (reason == null ? "" : ": " + reason));
    }

    private static void mayAudit(CurrentUser user) {
        if (!user.role().auditsClaims()) {
            throw new NotYoursException("only an internal auditor accepts or rejects claims and draws samples");
        }
    }
}
