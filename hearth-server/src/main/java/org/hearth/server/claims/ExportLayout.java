package org.hearth.server.claims;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * The columns of a claims export, CSV or XLSX, one row per claim (docs/claims.md, Exports, lists them in this order
 * with what each holds): the same layout for a batch and for the claims register, so that a row means the same
 * wherever it is read.
 */
final class ExportLayout {
    /** One column: its name (the header) and its value for a claim; a value is text, a number, a day or an instant. */
    record Column(String name, Function<Claim, Object> value) {
    }

    static final List<Column> COLUMNS = List.of(
            new Column("claim_id", Claim::id),
            new Column("batch_id", Claim::batchId),
            new Column("family_id", Claim::familyId),
            new Column("family_reference", Claim::familyReference),
            new Column("claim_kind", claim -> claim.discretionary() ? "discretionary" : "plan"),
            new Column("route", Claim::route),
            new Column("phase", Claim::phase),
            new Column("period_from", Claim::periodFrom),
            new Column("period_to", Claim::periodTo),
            new Column("review_date", Claim::asOf),
            new Column("organisation", Claim::organisation),
            new Column("problems_identified", claim -> String.join(";", claim.problems())),
            new Column("problems_with_progress", claim -> String.join(";", claim.progressOn())),
            new Column("outcomes_met", claim -> String.join(";", claim.outcomesMet())),
            new Column("plan_id", Claim::planId),
            new Column("plan_version", Claim::planVersion),
            new Column("plan_sha256", Claim::planSha256),
            new Column("evaluation_run", Claim::evaluationRun),
            new Column("evidence_sha256", Claim::evidenceSha256),
            new Column("state", claim -> claim.state().code()),
            new Column("audit_decision", Claim::auditDecision),
            new Column("audit_reason", Claim::decisionReason),
            new Column("audited_by", Claim::decidedBy),
            new Column("audited_at", Claim::decidedAt),
            new Column("in_sample", claim -> claim.sampled() ? "yes" : "no"),
            new Column("discretion_reason", Claim::discretionReason),
            new Column("approved_by", Claim::approvedBy),
            new Column("prepared_by", Claim::preparedBy),
            new Column("prepared_at", Claim::preparedAt),
            new Column("withdrawn_by", Claim::withdrawnBy),
            new Column("withdrawal_reason", Claim::withdrawalReason),
            new Column("submitted_at", Claim::submittedAt),
            new Column("explanation", Claim::explanation));

    private ExportLayout() {
    }

    /** A value as CSV writes it: ISO-8601 days and instants (UTC), numbers as digits, nothing for null. */
    static String text(Object value) {
        return value == null ? "" : value instanceof Instant instant ? instant.toString() : value.toString();
    }
}
