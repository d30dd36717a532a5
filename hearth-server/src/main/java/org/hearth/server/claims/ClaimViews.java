package org.hearth.server.claims;

import java.util.List;

import org.hearth.server.audit.AuditLog;
import org.hearth.server.security.Access;
import org.hearth.server.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Who may see which claims and batches, and who looked: every page, API answer and export showing claims asks
 * {@link Access} here, and each view of a claim's or batch's contents, or an export, is recorded in the audit log. A
 * batch is seen by someone who sees every claim, or who sees a claim in it, or whose partner organisation prepared it;
 * they see only the claims in it they may.
 */
@Component
public class ClaimViews {
    private final ClaimRegister register;
    private final Access access;
    private final AuditLog audit;

    ClaimViews(ClaimRegister register, Access access, AuditLog audit) {
        this.register = register;
        this.access = access;
        this.audit = audit;
    }

    /** The batches the user may see, newest first, each with the claims in it they may see. */
    public List<BatchView> batches(CurrentUser user) {
        Access.VisibleClaims visible = access.claimsVisibleTo(user);
        List<Claim> claims = register.all().stream().filter(claim -> visible.includes(claim.familyId(), claim.organisation()))
                .toList();
        return register.batches().stream()
                .map(batch -> new BatchView(batch, claims.stream().filter(claim -> claim.batchId() == batch.id()).toList(),
                        register.latestSample(batch.id())))
                .filter(view -> visible(user, visible, view)).toList();
    }

    /** The batch with the claims in it the user may see; null when they may not see it. The view is audited. */
    public BatchView batch(CurrentUser user, long batchId) {
        BatchView view = unaudited(user, batchId);
        if (view != null) {
            audit.record(user.username(), "claim batch viewed", "batch " + batchId, view.claims().size() + " claims");
        }
        return view;
    }

    /** The batch as {@link #batch} gives it, for the user's own next step (the auditor's work-through): not audited. */
    BatchView unaudited(CurrentUser user, long batchId) {
        ClaimBatch batch = register.batch(batchId);
        if (batch == null || !user.role().readsClaims()) {
            return null;
        }
        Access.VisibleClaims visible = access.claimsVisibleTo(user);
        BatchView view = new BatchView(batch, register.of(batchId).stream()
                .filter(claim -> visible.includes(claim.familyId(), claim.organisation())).toList(), register.latestSample(batchId));
        return visible(user, visible, view) ? view : null;
    }

    /**
     * The claim, or null when the user may not see it (to be answered as no claim is). The view, or the refusal, is
     * audited under the family.
     */
    public Claim claim(CurrentUser user, long claimId) {
        Claim claim = register.claim(claimId);
        if (claim == null) {
            return null;
        }
        boolean allowed = access.canSeeClaim(user, claim.familyId(), claim.organisation());
        audit.record(user.username(), allowed ? "claim viewed" : "claim refused", claim.familyId(), "claim " + claimId);
        return allowed ? claim : null;
    }

    /**
     * The family's claims the user may see, newest first, for the family page's Claims section (its template asks this
     * bean, as {@code claimViews}); null for a user who reads no claims. Not audited apart: the family page's view is.
     */
    public List<Claim> ofFamily(CurrentUser user, String familyId) {
        if (!user.role().readsClaims()) {
            return null;
        }
        Access.VisibleClaims visible = access.claimsVisibleTo(user);
        return register.ofFamily(familyId).stream().filter(claim -> visible.includes(claim.familyId(), claim.organisation()))
                .toList();
    }

    /** What a claim the user has been shown ({@link #claim}) rests on, frozen. */
    public ClaimEvidence evidence(Claim claim) {
        return ClaimEvidence.parse(register.evidence(claim.id()));
    }

    /** Every claim the user may see, by batch and id: the claims register. The export is audited. */
    public List<Claim> register(CurrentUser user, String format) {
        Access.VisibleClaims visible = access.claimsVisibleTo(user);
        List<Claim> claims = register.all().stream().filter(claim -> visible.includes(claim.familyId(), claim.organisation()))
                .toList();
        audit.record(user.username(), "claims register exported", "claims register", format + ", " + claims.size() + " claims");
        return claims;
    }

    /** The batch's claims the user may see, for an export, audited; null when they may not see the batch. */
    public BatchView exported(CurrentUser user, long batchId, String format) {
        BatchView view = unaudited(user, batchId);
        if (view != null) {
            audit.record(user.username(), "claim batch exported", "batch " + batchId, format + ", " + view.claims().size()
                    + " claims");
        }
        return view;
    }

    private static boolean visible(CurrentUser user, Access.VisibleClaims visible, BatchView view) {
        return user.role().readsClaims() && (visible.families().everyFamily() && visible.organisation() == null
                || !view.claims().isEmpty()
                || visible.organisation() != null && visible.organisation().equals(view.batch().organisation()));
    }
}
