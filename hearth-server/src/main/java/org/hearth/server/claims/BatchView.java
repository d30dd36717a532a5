package org.hearth.server.claims;

import java.util.List;

/**
 * A batch as one user sees it: the claims in it they may see, and the latest sample drawn from it.
 *
 * @param sample the latest sample for spot checks, or null when none has been drawn
 */
public record BatchView(ClaimBatch batch, List<Claim> claims, ClaimRegister.Sample sample) {

    /** How many of the claims are in the state. */
    public long count(ClaimState state) {
        return claims.stream().filter(claim -> claim.state() == state).count();
    }

    public long awaitingAudit() {
        return count(ClaimState.AWAITING_AUDIT);
    }

    /** How many the auditor accepted, submitted or not yet. */
    public long accepted() {
        return count(ClaimState.ACCEPTED) + count(ClaimState.SUBMITTED);
    }

    public long rejected() {
        return count(ClaimState.REJECTED);
    }

    public long withdrawn() {
        return count(ClaimState.WITHDRAWN);
    }

    public long discretionary() {
        return claims.stream().filter(Claim::discretionary).count();
    }

    /** The claims the plan's decisions make; {@link #discretionaryClaims} are kept apart. */
    public List<Claim> planClaims() {
        return claims.stream().filter(claim -> !claim.discretionary()).toList();
    }

    public List<Claim> discretionaryClaims() {
        return claims.stream().filter(Claim::discretionary).toList();
    }

    /** Where the batch stands, in words: submitted, awaiting audit, or ready to submit. */
    public String stateWords() {
        return batch.submitted() ? "submitted" : awaitingAudit() > 0 ? "awaiting audit" : "ready to submit";
    }

    /** The claim the auditor's work-through comes to next: the first sampled, then the first by id, awaiting audit. */
    public Claim nextToAudit() {
        List<Claim> awaiting = claims.stream().filter(claim -> claim.state() == ClaimState.AWAITING_AUDIT).toList();
        return awaiting.stream().filter(Claim::sampled).findFirst().orElse(awaiting.isEmpty() ? null : awaiting.get(0));
    }
}
