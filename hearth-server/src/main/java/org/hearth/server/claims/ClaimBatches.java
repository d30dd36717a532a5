package org.hearth.server.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hearth.engine.HearthException;
import org.hearth.server.audit.AuditLog;
import org.hearth.server.ingest.Locks;
import org.hearth.server.security.Access;
import org.hearth.server.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A coordinator's work on claims (docs/claims.md): preparing a batch for a period from the families claimable now,
 * withdrawing a claim, and submitting the batch once every claim in it is decided (a discretionary claim is
 * {@link DiscretionaryClaims}'). Each change is one transaction, audited. A claim freezes what it rests on
 * ({@link EvidenceFreezer}) while the data lock is held, so no import or evaluation is half-way through it. A partner
 * organisation's coordinator works on their organisation's batches only.
 */
@Service
public class ClaimBatches {
    static final int LONGEST_REASON = 10_000;
    private static final int MOST_FAMILIES_NAMED = 10;

    private final JdbcTemplate jdbc;
    private final Access access;
    private final ProgrammePhases phases;
    private final ClaimWriter writer;
    private final ClaimRegister register;
    private final AuditLog audit;

    ClaimBatches(JdbcTemplate jdbc, Access access, ProgrammePhases phases, ClaimWriter writer, ClaimRegister register,
                 AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.phases = phases;
        this.writer = writer;
        this.register = register;
        this.audit = audit;
    }

    /**
     * A family that could be claimed for now: claimable under its current decision, visible to the user, and with no
     * claim awaiting audit, accepted or submitted in the phase of its decision's review date.
     */
    public record Candidate(String familyId, String route, String organisation, LocalDate asOf, String phase) {

        public String routeWords() {
            return route.replace('_', ' ');
        }
    }

    /** The families the user could claim for now, in id order. */
    public List<Candidate> candidates(CurrentUser user) {
        Access.VisibleFamilies visible = access.familiesVisibleTo(user);
        return jdbc.query("""
                select c.family_id, c.route, c.lead_organisation, r.as_of, ph.code as phase
                from current_decision c join evaluation_run r on r.id = c.run_id
                join programme_phase ph on daterange(ph.starts_on, ph.ends_on, '[]') @> r.as_of
                where c.claimable and not exists (select 1 from claim k where k.family_id = c.family_id
                                                  and k.phase = ph.code and k.state in""" + ClaimState.COUNTING + """
                ) order by c.family_id""", (row, n) -> new Candidate(row.getString("family_id"), row.getString("route"),
                row.getString("lead_organisation"), row.getObject("as_of", LocalDate.class), row.getString("phase")))
                .stream().filter(candidate -> visible.includes(candidate.familyId())).toList();
    }

    /**
     * Prepares a batch of claims for the period, one for each family named, each freezing the family's current
     * decision.
     *
     * @return the batch's id
     * @throws InvalidClaimException naming every problem (the period; families that cannot be claimed for); nothing
     *         is prepared
     */
    @Transactional
    public long prepare(CurrentUser coordinator, LocalDate from, LocalDate to, List<String> familyIds) {
        return prepare(coordinator, from, to, candidates -> familyIds == null ? List.of() : familyIds);
    }

    /**
     * Prepares a batch of claims for the period, one for each candidate the choice gives ({@link CandidateChoice}),
     * found as the batch is made.
     *
     * @return the batch's id
     * @throws InvalidClaimException as {@link #prepare(CurrentUser, LocalDate, LocalDate, List)} does
     */
    @Transactional
    public long prepare(CurrentUser coordinator, LocalDate from, LocalDate to, CandidateChoice choice) {
        return prepare(coordinator, from, to, candidates -> choice.from(candidates).stream().map(Candidate::familyId)
                .toList());
    }

    /** The batch of the families {@code chosen} names among the candidates, read with the claims under the lock. */
    private long prepare(CurrentUser coordinator, LocalDate from, LocalDate to,
                         Function<List<Candidate>, List<String>> chosen) {
        ClaimWriter.mayPrepare(coordinator);
        Map<String, String> problems = new LinkedHashMap<>();
        ProgrammePhase phase = phaseOf(from, to, problems);
        jdbc.execute("select pg_advisory_xact_lock(" + Locks.DATA + ")"); // the candidates and the claims, as one
        List<Candidate> claimable = candidates(coordinator);
        List<String> familyIds = chosen.apply(claimable);
        if (familyIds.isEmpty()) {
            problems.put("families", "Choose the families to claim for");
        }
        if (!problems.isEmpty()) {
            throw new InvalidClaimException(problems);
        }
        Map<String, Candidate> candidates = claimable.stream()
                .collect(Collectors.toMap(Candidate::familyId, Function.identity()));
        List<String> refused = new ArrayList<>();
        for (String familyId : new LinkedHashSet<>(familyIds)) {
            Candidate candidate = candidates.get(familyId);
            if (candidate == null) {
                refused.add(familyId + " is not claimable now, is already claimed in its phase, or is not yours to claim");
            } else if (candidate.asOf().isBefore(from) || candidate.asOf().isAfter(to)) {
                refused.add(familyId + "'s decision is as at " + candidate.asOf() + ", outside the period");
            }
        }
        if (!refused.isEmpty()) {
            throw new InvalidClaimException(Map.of("families", named(refused)));
        }
        long batch = jdbc.queryForObject("""
                insert into claim_batch (phase, period_from, period_to, organisation, prepared_by) values (?, ?, ?, ?, ?)
                returning id""", Long.class, phase.code(), from, to, coordinator.organisation(), coordinator.username());
        for (String familyId : new LinkedHashSet<>(familyIds)) {
            ClaimEvidence evidence = writer.freeze(familyId);
            long claim = writer.insert(batch, phase, evidence, evidence.claim().route(), coordinator, null, null);
            audit.record(coordinator.username(), "claim prepared", familyId, "claim " + claim + " in batch " + batch + ", "
                    + evidence.claim().route() + ", evidence SHA-256 " + register.claim(claim).evidenceSha256());
        }
        audit.record(coordinator.username(), "claim batch prepared", "batch " + batch, phase.code() + ", " + from + " to "
                + to + ", " + new LinkedHashSet<>(familyIds).size() + " claims");
        return batch;
    }

    /** Takes a claim of an open batch out, with the reason: it is no longer the family's claim. */
    @Transactional
    public void withdraw(CurrentUser coordinator, long claimId, String reason) {
        ClaimWriter.mayPrepare(coordinator);
        Claim claim = writer.visibleClaim(coordinator, claimId);
        writer.openBatch(coordinator, claim.batchId());
        if (reason == null || reason.isBlank() || reason.length() > LONGEST_REASON) {
            throw new InvalidClaimException(Map.of("withdrawalReason", "Enter why the claim is withdrawn, up to 10,000 characters"));
        }
        if (jdbc.update("""
                update claim set state = 'withdrawn', withdrawn_by = ?, withdrawn_at = now(), withdrawal_reason = ?
                where id = ? and state in ('awaiting_audit', 'accepted', 'rejected')""", coordinator.username(),
                reason.strip(), claimId) == 0) {
            throw new HearthException("claim " + claimId + " is already " + claim.state().words());
        }
        audit.record(coordinator.username(), "claim withdrawn", claim.familyId(), "claim " + claimId + " in batch "
                + claim.batchId() + ": " + reason.strip());
    }

    /**
     * Submits the batch: its accepted claims become submitted, and the batch and every claim in it read-only.
     *
     * @throws InvalidClaimException when a claim awaits audit, or none is accepted: the batch cannot be submitted as it
     *         stands
     */
    @Transactional
    public void submit(CurrentUser coordinator, long batchId) {
        ClaimWriter.mayPrepare(coordinator);
        jdbc.queryForObject("select id from claim_batch where id = ? for update", Long.class, batchId);
        writer.openBatch(coordinator, batchId);
        List<Claim> claims = register.of(batchId);
        long awaiting = claims.stream().filter(claim -> !claim.state().decided()).count();
        if (awaiting > 0) {
            throw new InvalidClaimException(Map.of("submit", "Batch " + batchId + " cannot be submitted: " + awaiting
                    + (awaiting == 1 ? " claim awaits" : " claims await")
                    + " audit, and a batch is submitted only when every claim in it is decided"));
        }
        long accepted = claims.stream().filter(claim -> claim.state() == ClaimState.ACCEPTED).count();
        if (accepted == 0) {
            throw new InvalidClaimException(Map.of("submit", "Batch " + batchId + " cannot be submitted: no claim in it is accepted"));
        }
        jdbc.update("update claim set state = 'submitted' where batch_id = ? and state = 'accepted'", batchId);
        jdbc.update("update claim_batch set state = 'submitted', submitted_by = ?, submitted_at = now() where id = ?",
                coordinator.username(), batchId);
        audit.record(coordinator.username(), "claim batch submitted", "batch " + batchId, accepted + " accepted claims");
    }

    /** The period's phase, or null with the problem named: the days must be real and in order, in one phase. */
    private ProgrammePhase phaseOf(LocalDate from, LocalDate to, Map<String, String> problems) {
        if (from == null || to == null) {
            problems.put(from == null ? "periodFrom" : "periodTo", "Enter the period the claims are for");
            return null;
        }
        if (to.isBefore(from)) {
            problems.put("periodTo", "The period must end on or after the day it starts, " + from);
            return null;
        }
        ProgrammePhase phase = phases.on(from);
        if (phase == null || !phase.includes(to)) {
            problems.put("periodTo", "The period must lie within one phase of the programme"
                    + (phase == null ? "" : ": " + phase.name() + (phase.endsOn() == null ? " from " + phase.startsOn()
                    : ", " + phase.startsOn() + " to " + phase.endsOn())));
            return null;
        }
        return phase;
    }

    private static String named(List<String> refused) {
        return String.join("; ", refused.subList(0, Math.min(MOST_FAMILIES_NAMED, refused.size())))
                + (refused.size() > MOST_FAMILIES_NAMED ? "; and " + (refused.size() - MOST_FAMILIES_NAMED) + " more" : "");
    }
}
