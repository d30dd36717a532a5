package org.hearth.server.claims;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A claim as lists, pages and exports show it: what was claimed, on what (the frozen evaluation's run, plan version
 * and hash, review date; the evidence itself is {@link ClaimEvidence}), and where it stands. Docs/claims.md gives each
 * field as an export column.
 *
 * @param organisation the organisation the claim is attributed to (the intervention's lead organisation), or null
 * @param problems the problems identified; {@code progressOn} those with the plan's progress; {@code outcomesMet} the
 *        outcomes met
 * @param discretionReason why a discretionary claim is made, and {@code approvedBy} who approved it; null for a claim
 *        the plan's decision makes
 * @param auditDecision the internal auditor's decision, {@code accepted} or {@code rejected}, once made (it stays when
 *        the claim is withdrawn afterwards); else null
 * @param decisionReason the auditor's reason (a rejection's, or a note on an acceptance)
 * @param sampled whether the claim is in the latest sample drawn from its batch for spot checks
 */
public record Claim(long id, long batchId, String familyId, String familyReference, String phase, LocalDate periodFrom,
                    LocalDate periodTo, boolean discretionary, String route, String explanation, String organisation,
                    List<String> problems, List<String> progressOn, List<String> outcomesMet, long evaluationRun,
                    long planVersionId, String planId, String planVersion, String planSha256, LocalDate asOf,
                    String evidenceSha256, String preparedBy, Instant preparedAt, String discretionReason,
                    String approvedBy, ClaimState state, String auditDecision, String decidedBy, Instant decidedAt, String decisionReason,
                    String withdrawnBy, Instant withdrawnAt, String withdrawalReason, boolean sampled,
                    Instant submittedAt) {

    /** The route in words: "significant and sustained progress". */
    public String routeWords() {
        return route.replace('_', ' ');
    }
}
