package org.hearth.server.claims;

import java.nio.charset.StandardCharsets;
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
import org.hearth.server.plan.PlanVersions;
import org.hearth.server.security.Access;
import org.hearth.server.security.CurrentUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A coordinator's work on claims (docs/claims.md): preparing a batch for a period from the families claimable now,
 * adding a discretionary claim to it, withdrawing a claim, and submitting the batch once every claim in it is decided.
 * Each change is one transaction, audited. A claim freezes what it rests on ({@link EvidenceFreezer}) while the data
 * lock is held, so no import or evaluation is half-way through it. A partner organisation's coordinator works on their
 * organisation's batches only.
 */
@Service
public class ClaimBatches {
    static final int LONGEST_REASON = 10_000;
    private static final int MOST_FAMILIES_NAMED = 10;

    private final JdbcTemplate jdbc;
    private final Access access;
    private final ProgrammePhases phases;
    private final EvidenceFreezer freezer;
    private final ClaimRegister register;
    private final AuditLog audit;

    ClaimBatches(JdbcTemplate jdbc, Access access, ProgrammePhases phases, EvidenceFreezer freezer, ClaimRegister register,
                 AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.phases = phases;
        this.freezer = freezer;
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
        mayPrepare(coordinator);
        Map<String, String> problems = new LinkedHashMap<>();
        ProgrammePhase phase = phaseOf(from, to, problems);
        if (familyIds == null || familyIds.isEmpty()) {
            problems.put("families", "Choose the families to claim for");
        }
        if (!problems.isEmpty()) {
            throw new InvalidClaimException(problems);
        }
        jdbc.execute("select pg_advisory_xact_lock(" + Locks.DATA + ")");
        Map<String, Candidate> candidates = candidates(coordinator).stream()
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
            ClaimEvidence evidence = freezer.freeze(familyId);
            insert(batch, phase, evidence, evidence.claim().route(), coordinator, null, null);
        }
        audit.record(coordinator.username(), "claim batch prepared", "batch " + batch, phase.code() + ", " + from + " to "
                + to + ", " + new LinkedHashSet<>(familyIds).size() + " claims");
        return batch;
    }

    /**
     * Adds a discretionary claim to an open batch: for a family the plan's decision does not make claimable, with the
     * route claimed, the coordinator's reason and the approver (an enabled coordinator or manager, not the preparer).
     *
     * @return the claim's id
     * @throws InvalidClaimException naming every problem; nothing is added
     */
    @Transactional
    public long addDiscretionary(CurrentUser coordinator, long batchId, String familyId, String route, String reason,
                                 String approver) {
        mayPrepare(coordinator);
        ClaimBatch batch = openBatch(coordinator, batchId);
        Map<String, String> problems = new LinkedHashMap<>();
        boolean visible = familyId != null && !familyId.isBlank() && access.canSeeFamily(coordinator, familyId.strip());
        if (!visible) {
            problems.put("familyId", "Enter the id of a family you may claim for");
        }
        if (route == null || !List.of("significant_and_sustained_progress", "continuous_employment").contains(route)) {
            problems.put("route", "Choose the route the family is claimed under");
        }
        if (reason == null || reason.isBlank() || reason.length() > LONGEST_REASON) {
            problems.put("reason", "Enter why the family is claimed at the programme's discretion, up to 10,000 characters");
        }
        if (approver == null || approver.equals(coordinator.username()) || !Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from app_user where username = ? and enabled and role in ('coordinator', 'manager'))""",
                Boolean.class, approver))) {
            problems.put("approver", "Choose who approved the claim: a coordinator or manager other than you");
        }
        ClaimEvidence evidence = null;
        if (visible) {
            jdbc.execute("select pg_advisory_xact_lock(" + Locks.DATA + ")");
            evidence = freezer.freeze(familyId.strip());
            LocalDate asOf = LocalDate.parse(evidence.asOf());
            if (evidence.claim().claimable()) {
                problems.put("familyId", familyId.strip() + " is claimable under the plan: claim for it in a batch of its own");
            } else if (asOf.isBefore(batch.periodFrom()) || asOf.isAfter(batch.periodTo())) {
                problems.put("familyId", familyId.strip() + "'s decision is as at " + asOf + ", outside the batch's period");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidClaimException(problems);
        }
        long claim = insert(batchId, phases.get(batch.phase()), evidence, route, coordinator, reason.strip(), approver);
        audit.record(coordinator.username(), "discretionary claim prepared", evidence.familyId(), "claim " + claim
                + " in batch " + batchId + ", " + route + ", approved by " + approver + ": " + reason.strip());
        return claim;
    }

    /** Takes a claim of an open batch out, with the reason: it is no longer the family's claim. */
    @Transactional
    public void withdraw(CurrentUser coordinator, long claimId, String reason) {
        mayPrepare(coordinator);
        Claim claim = visibleClaim(coordinator, claimId);
        openBatch(coordinator, claim.batchId());
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
        mayPrepare(coordinator);
        jdbc.queryForObject("select id from claim_batch where id = ? for update", Long.class, batchId);
        openBatch(coordinator, batchId);
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

    private long insert(long batchId, ProgrammePhase phase, ClaimEvidence evidence, String route, CurrentUser by,
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

    /** The batch, checked to be open and the coordinator's organisation's (or any, for the authority's own). */
    private ClaimBatch openBatch(CurrentUser coordinator, long batchId) {
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

    private Claim visibleClaim(CurrentUser user, long claimId) {
        Claim claim = register.claim(claimId);
        if (claim == null || !access.canSeeClaim(user, claim.familyId(), claim.organisation())) {
            throw new NotYoursException("there is no claim " + claimId + " you may see");
        }
        return claim;
    }

    private static void mayPrepare(CurrentUser user) {
        if (!user.role().preparesClaims()) {
            throw new NotYoursException("only a coordinator prepares, withdraws and submits claims");
        }
    }

    private static String named(List<String> refused) {
        return String.join("; ", refused.subList(0, Math.min(MOST_FAMILIES_NAMED, refused.size())))
                + (refused.size() > MOST_FAMILIES_NAMED ? "; and " + (refused.size() - MOST_FAMILIES_NAMED) + " more" : "");
    }
}
