package org.hearth.server.claims;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.hearth.server.security.CurrentUser;
import org.hearth.server.security.Role;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Claims made on the demo's programme for the tests that request claims' routes as each caller (the access matrix):
 * for a family, a claim awaiting audit made for one request alone, in a batch of the family's own; and the families a
 * coordinator's request may claim for, plainly or at discretion. Made as the demo's coordinator through
 * {@link ClaimBatches}, as a coordinator's pages would make them.
 */
public final class ClaimsOfFamilies {
    private static final String APPROVER = "manager.north";

    private final ClaimBatches batches;
    private final DiscretionaryClaims discretionary;
    private final ClaimRegister register;
    private final JdbcTemplate jdbc;
    private final InternalAudit audit;
    private final CurrentUser coordinator = new CurrentUser("coordinator", "Cory Coordinator", Role.COORDINATOR, null);
    private final CurrentUser auditor = new CurrentUser("auditor", "Audrey Auditor", Role.AUDITOR, null);
    /** The batch holding each family's claims when the family is not claimable under the plan. */
    private final Map<String, Long> batchOf = new HashMap<>();
    private final Map<String, Long> latest = new HashMap<>();

    public ClaimsOfFamilies(ConfigurableApplicationContext server) {
        batches = server.getBean(ClaimBatches.class);
        discretionary = server.getBean(DiscretionaryClaims.class);
        register = server.getBean(ClaimRegister.class);
        audit = server.getBean(InternalAudit.class);
        jdbc = server.getBean(JdbcTemplate.class);
    }

    /**
     * A new claim for the family, awaiting audit: any claim of it that counts is withdrawn first; a family claimable
     * under the plan is claimed in a batch of its own, any other at discretion in a batch made for it (of one family
     * claimable, of the same organisation and allocated to nobody, so that the batch shows nobody else's family).
     */
    public long freshClaim(String familyId) {
        register.ofFamily(familyId).stream().filter(claim -> claim.state() == ClaimState.AWAITING_AUDIT
                        || claim.state() == ClaimState.ACCEPTED)
                .forEach(claim -> batches.withdraw(coordinator, claim.id(), "Made again for the access matrix"));
        long claim;
        if (candidates().stream().anyMatch(candidate -> candidate.familyId().equals(familyId))) {
            claim = register.of(prepare(familyId)).get(0).id();
        } else {
            long batch = batchOf.computeIfAbsent(familyId, family -> prepare(unallocatedCandidateLike(family)));
            claim = discretionary.add(coordinator, batch, familyId, "significant_and_sustained_progress",
                    "Made for the access matrix", APPROVER);
        }
        latest.put(familyId, claim);
        return claim;
    }

    /** The batch of the family's latest claim (made now if it has none). */
    public long batchOf(String familyId) {
        Long claim = latest.get(familyId);
        return register.claim(claim == null ? freshClaim(familyId) : claim).batchId();
    }

    /**
     * The batch of a new claim for the family ({@link #freshClaim}), with a spot-check sample drawn by the auditor of
     * every claim in it not withdrawn, so that the family's claim is in the sample.
     */
    public long sampledBatchOf(String familyId) {
        long batch = register.claim(freshClaim(familyId)).batchId();
        audit.drawSample(auditor, batch, (int) register.of(batch).stream()
                .filter(claim -> claim.state() != ClaimState.WITHDRAWN).count(), 1L);
        return batch;
    }

    /** A family claimable now and not yet claimed, allocated to nobody. */
    public String candidate() {
        return unallocatedCandidateLike(null);
    }

    /** An eligible family the plan does not make claimable, never claimed, allocated to nobody. */
    public String discretionaryFamily() {
        return jdbc.queryForObject("""
                select min(c.family_id) from current_decision c where c.eligible and not c.claimable
                and not exists (select 1 from claim k where k.family_id = c.family_id)
                and not exists (select 1 from family_allocation a where a.family_id = c.family_id)""", String.class);
    }

    private long prepare(String familyId) {
        ClaimBatches.Candidate candidate = candidates().stream().filter(one -> one.familyId().equals(familyId))
                .findFirst().orElseThrow();
        ClaimPeriod quarter = ClaimPeriod.quarterOf(candidate.asOf());
        return batches.prepare(coordinator, quarter.from(), quarter.to(), List.of(familyId));
    }

    /** A candidate allocated to nobody, of the organisation leading the family's intervention when it has one. */
    private String unallocatedCandidateLike(String familyId) {
        List<String> allocated = jdbc.queryForList("select family_id from family_allocation where ended_at is null",
                String.class);
        String organisation = familyId == null ? null : jdbc.queryForList(
                "select lead_organisation from current_decision where family_id = ?", String.class, familyId).stream()
                .filter(Objects::nonNull).findFirst().orElse(null);
        return candidates().stream().filter(candidate -> !allocated.contains(candidate.familyId()))
                .filter(candidate -> organisation == null || organisation.equals(candidate.organisation()))
                .map(ClaimBatches.Candidate::familyId).findFirst()
                .orElseThrow(() -> new AssertionError("no family left to claim for in the demo's programme"));
    }

    private List<ClaimBatches.Candidate> candidates() {
        return batches.candidates(coordinator);
    }
}
