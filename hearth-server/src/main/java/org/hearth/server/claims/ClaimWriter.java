package org.hearth.server.claims;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.hearth.engine.HearthException;
import org.hearth.server.ingest.Locks;
import org.hearth.server.plan.PlanVersions;
import org.hearth.server.security.Access;
import org.hearth.server.security.CurrentUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a coordinator's changes to claims share ({@link ClaimBatches}, {@link DiscretionaryClaims}), in the caller's
 * transaction: the checks that the user prepares claims and that a batch is open and theirs, a family's evidence frozen
 * under the data lock, and a claim written with its evidence and the evidence's SHA-256.
 */
@Component
class ClaimWriter {
    private final JdbcTemplate jdbc;
    private final Access access;
    private final EvidenceFreezer freezer;
    private final ClaimRegister register;

    ClaimWriter(JdbcTemplate jdbc, Access access, EvidenceFreezer freezer, ClaimRegister register) {
        this.jdbc = jdbc;
        this.access = access;
        this.freezer = freezer;
        this.register = register;
    }

    /** @throws NotYoursException unless the user prepares claims (a coordinator) */
    static void mayPrepare(CurrentUser user) {
        if (!user.role().preparesClaims()) {
            throw new NotYoursException("only a coordinator prepares, withdraws and submits claims");
        }
    }

    /**
     * Takes the data lock (so no import or evaluation is part-way through) and freezes the family's current decision;
     * the lock is held to the end of the transaction.
     */
    ClaimEvidence freeze(String familyId) {
        jdbc.execute("select pg_advisory_xact_lock(" + Locks.DATA + ")");
        return freezer.freeze(familyId);
    }

    /** The batch, checked to be open and the coordinator's organisation's (any, for the authority's own). */
    ClaimBatch openBatch(CurrentUser coordinator, long batchId) {
        ClaimBatch batch = register.batch(batchId);
        if (batch == null) {
            throw new NotYoursException("there is no claim batch " + batchId);
        }
        if (coordinator.organisation() != null && !coordinator.organisation().equals(batch.organisation())) {
            throw new NotYoursException("batch " + batchId + " is not your organisation's");
        }
        if (batch.submitted()) {
            throw new HearthException("Batch " + batchId + " has been submitted, and a submitted batch is read-only");
        }
        return batch;
    }

    /** The claim, checked to be one the user may see. */
    Claim visibleClaim(CurrentUser user, long claimId) {
        Claim claim = register.claim(claimId);
        if (claim == null || !access.canSeeClaim(user, claim.familyId(), claim.organisation())) {
            throw new NotYoursException("there is no claim " + claimId + " you may see");
        }
        return claim;
    }

    /**
     * Writes a claim, awaiting audit, resting on the evidence.
     *
     * @param discretionReason why a discretionary claim is made, and {@code approver} who approved it; both null for a
     *        claim the plan's decision makes
     * @return the claim's id
     * @throws InvalidClaimException when a claim of the family already counts in the phase (the database's rule)
     */
    long insert(long batchId, ProgrammePhase phase, ClaimEvidence evidence, String route, CurrentUser by,
                String discretionReason, String approver) {
        String json = evidence.json();
        List<String> progressOn = evidence.problems().stream().filter(ClaimEvidence.ProblemEvidence::progressMet)
                .map(ClaimEvidence.ProblemEvidence::id).toList();
        try {
            return jdbc.queryForObject("""
                    insert into claim (batch_id, phase, family_id, family_reference, discretionary, route, explanation,
                                       organisation, problems, progress_on, outcomes_met, evaluation_run_id, plan_version_id,
                                       plan_sha256, as_of, evidence, evidence_sha256, prepared_by, discretion_reason, approved_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class,
                    batchId, phase.code(), evidence.familyId(),
                    evidence.family() == null ? null : evidence.family().fields().get("reference"), discretionReason != null,
                    route, evidence.claim().explanation(), evidence.organisation(),
                    evidence.problems().stream().map(ClaimEvidence.ProblemEvidence::id).toArray(String[]::new),
                    progressOn.toArray(String[]::new), evidence.outcomesMet().toArray(String[]::new), evidence.evaluationRun(),
                    evidence.plan().versionId(), evidence.plan().sha256(), LocalDate.parse(evidence.asOf()), json,
                    PlanVersions.sha256(json.getBytes(StandardCharsets.UTF_8)), by.username(), discretionReason, approver);
        } catch (DuplicateKeyException e) {
            throw new InvalidClaimException(Map.of("families", evidence.familyId() + " already has a claim awaiting audit, "
                    + "accepted or submitted in " + phase.name()));
        }
    }
}
