package org.hearth.server.claims;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.hearth.server.audit.AuditLog;
import org.hearth.server.evidence.EvidencePack;
import org.hearth.server.evidence.EvidencePackPdf;
import org.hearth.server.evidence.StoredEvidence;
import org.hearth.server.plan.PlansInUse;
import org.hearth.server.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The evidence packs of claims (docs/evidence-pack.md, A claim's pack): one claim's, and the packs of the spot-check
 * sample last drawn from a batch, in the order drawn, as the national team's spot checker asks for them. Each pack is
 * made from what its claim froze ({@link FrozenEvidence}), so it shows what was claimed, whatever has been imported or
 * signed off since. Who may see a claim is asked of {@link ClaimViews}, and every pack produced is in the audit log
 * under its family ({@code evidence pack produced}, naming the claim).
 */
@Service
class ClaimEvidencePacks {
    private final ClaimViews views;
    private final ClaimRegister register;
    private final EvidenceFreezer freezer;
    private final PlansInUse plans;
    private final JdbcTemplate jdbc;
    private final EvidencePackPdf pdf;
    private final AuditLog audit;
    /** A sample's entries in the audit log are written together or not at all. */
    private final TransactionTemplate recording;

    ClaimEvidencePacks(ClaimViews views, ClaimRegister register, EvidenceFreezer freezer, PlansInUse plans,
                       JdbcTemplate jdbc, EvidencePackPdf pdf, AuditLog audit, PlatformTransactionManager transactions) {
        this.views = views;
        this.register = register;
        this.freezer = freezer;
        this.plans = plans;
        this.jdbc = jdbc;
        this.pdf = pdf;
        this.audit = audit;
        this.recording = new TransactionTemplate(transactions);
    }

    /** The claim's pack as a PDF, or null when the user may not see the claim (or there is none with the id). */
    byte[] claim(CurrentUser user, long claimId) {
        Claim claim = views.claim(user, claimId);
        if (claim == null) {
            return null;
        }
        EvidencePack pack = pack(claim);
        byte[] made = pdf.family(pack, production(user));
        audit.record(user.username(), "evidence pack produced", claim.familyId(), "claim " + claim.id() + ", as frozen");
        return made;
    }

    /**
     * The packs of the claims in the sample last drawn from the batch, in the order drawn, after a cover page listing
     * them; null when the user may not see the batch or no sample has been drawn. A claim of the sample the user may
     * not see (a partner organisation's user is shown only its own) is left out, as the batch's page leaves it out.
     */
    byte[] sample(CurrentUser user, long batchId) {
        BatchView batch = views.unaudited(user, batchId);
        ClaimRegister.Sample sample = batch == null ? null : batch.sample();
        if (sample == null) {
            return null;
        }
        List<Claim> drawn = new ArrayList<>();
        for (long claimId : sample.claimIds()) {
            batch.claims().stream().filter(claim -> claim.id() == claimId).findFirst().ifPresent(drawn::add);
        }
        if (drawn.isEmpty()) {
            return null;
        }
        byte[] made = pdf.sample(drawn.stream().map(this::pack).toList(), production(user));
        recording.executeWithoutResult(status -> drawn.forEach(claim -> audit.record(user.username(),
                "evidence pack produced", claim.familyId(), "claim " + claim.id() + ", as frozen, in sample " + sample.id()
                        + " of batch " + batchId + " (seed " + sample.seed() + ")")));
        return made;
    }

    private EvidencePack pack(Claim claim) {
        ClaimEvidence frozen = ClaimEvidence.parse(register.evidence(claim.id()));
        Instant evaluatedAt = jdbc.queryForObject("select evaluated_at from evaluation_run where id = ?",
                Timestamp.class, frozen.evaluationRun()).toInstant();
        List<String> members = frozen.members().stream().map(member -> member.fields().get("person_id")).toList();
        StoredEvidence stored = FrozenEvidence.of(claim, frozen, plans.plan(frozen.plan().versionId()), evaluatedAt,
                freezer.bornOn(members, frozen.dataImport()));
        return EvidencePack.of(stored);
    }

    private static EvidencePackPdf.Production production(CurrentUser user) {
        return new EvidencePackPdf.Production(user.displayName(), user.username(), Instant.now());
    }
}
