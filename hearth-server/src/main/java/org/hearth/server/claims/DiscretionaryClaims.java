package org.hearth.server.claims;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hearth.server.audit.AuditLog;
import org.hearth.server.security.Access;
import org.hearth.server.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A coordinator's claim at the programme's discretion (docs/claims.md, Discretionary claims): no seed plan provides
 * for one, so Hearth keeps it apart and marked, for a family the plan's decision does not make claimable, with the
 * route claimed, the coordinator's reason and a named approver who is not the coordinator. It freezes the family's
 * decision as every claim does, and is audited like any other.
 */
@Service
public class DiscretionaryClaims {
    private static final List<String> ROUTES = List.of("significant_and_sustained_progress", "continuous_employment");

    private final JdbcTemplate jdbc;
    private final Access access;
    private final ProgrammePhases phases;
    private final ClaimWriter writer;
    private final AuditLog audit;

    DiscretionaryClaims(JdbcTemplate jdbc, Access access, ProgrammePhases phases, ClaimWriter writer, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.phases = phases;
        this.writer = writer;
        this.audit = audit;
    }

    /**
     * Adds a discretionary claim to an open batch.
     *
     * @param approver an enabled coordinator or manager, not the coordinator adding the claim
     * @return the claim's id
     * @throws InvalidClaimException naming every problem; nothing is added
     */
    @Transactional
    public long add(CurrentUser coordinator, long batchId, String familyId, String route, String reason, String approver) {
        ClaimWriter.mayPrepare(coordinator);
        ClaimBatch batch = writer.openBatch(coordinator, batchId);
        Map<String, String> problems = new LinkedHashMap<>();
        String family = familyId == null ? "" : familyId.strip();
        boolean visible = !family.isEmpty() && access.canSeeFamily(coordinator, family);
        if (!visible) {
            problems.put("familyId", "Enter the id of a family you may claim for");
        }
        if (route == null || !ROUTES.contains(route)) {
            problems.put("route", "Choose the route the family is claimed under");
        }
        if (reason == null || reason.isBlank() || reason.length() > ClaimBatches.LONGEST_REASON) {
            problems.put("reason", "Enter why the family is claimed at the programme's discretion, up to 10,000 characters");
        }
        if (approver == null || approver.equals(coordinator.username()) || !Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from app_user where username = ? and enabled and role in ('coordinator', 'manager'))""",
                Boolean.class, approver))) {
            problems.put("approver", "Choose who approved the claim: a coordinator or manager other than you");
        }
        ClaimEvidence evidence = visible ? writer.freeze(family) : null;
        if (evidence != null) {
            LocalDate asOf = LocalDate.parse(evidence.asOf());
            if (evidence.claim().claimable()) {
                problems.put("familyId", family + " is claimable under the plan: claim for it in a batch of its own");
            } else if (asOf.isBefore(batch.periodFrom()) || asOf.isAfter(batch.periodTo())) {
                problems.put("familyId", family + "'s decision is as at " + asOf + ", outside the batch's period");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidClaimException(problems);
        }
        long claim = writer.insert(batchId, phases.get(batch.phase()), evidence, route, coordinator, reason.strip(), approver);
        audit.record(coordinator.username(), "discretionary claim prepared", family, "claim " + claim + " in batch "
                + batchId + ", " + route + ", approved by " + approver + ": " + reason.strip());
        return claim;
    }
}
