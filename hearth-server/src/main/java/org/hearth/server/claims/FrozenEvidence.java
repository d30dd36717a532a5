package org.hearth.server.claims;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hearth.engine.plan.Plan;
import org.hearth.server.casework.Answer;
import org.hearth.server.evidence.Standing;
import org.hearth.server.evidence.StoredEvidence;
import org.hearth.server.family.HeldRecord;

/**
 * A claim's frozen evidence ({@link ClaimEvidence}) as the evidence pack reads evidence ({@link StoredEvidence}), so
 * that the pack of a claim is made from what the claim froze, never from the family's decision now: the decision JSON,
 * the memberships and every cited record as they stood, the signed-off answers with their evidence.
 */
final class FrozenEvidence {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private FrozenEvidence() {
    }

    /**
     * @param plan        the plan version the claim names ({@link ClaimEvidence.PlanUsed#versionId})
     * @param evaluatedAt when the claim's evaluation run was made
     * @param bornOn      the members' dates of birth as they stood after the claim's import, by person id
     */
    static StoredEvidence of(Claim claim, ClaimEvidence frozen, Plan plan, Instant evaluatedAt, Map<String, LocalDate> bornOn) {
        ClaimEvidence.PlanUsed used = frozen.plan();
        Standing standing = new Standing(frozen.evaluationRun(), LocalDate.parse(frozen.asOf()), evaluatedAt,
                frozen.dataImport(), used.id(), used.version(), used.title(), used.sha256());
        List<StoredEvidence.Membership> memberships = frozen.members().stream()
                .map(member -> new StoredEvidence.Membership(member.fields().get("person_id"), member.fields().get("role"),
                        day(member.fields().get("start_date")), day(member.fields().get("end_date")),
                        bornOn.get(member.fields().get("person_id"))))
                .toList();
        List<Answer> answers = frozen.answers().stream().filter(answer -> answer.answerId() != null)
                .map(answer -> answer(frozen, answer)).toList();
        String reference = frozen.family() == null ? null : blankAsNull(frozen.family().fields().get("reference"));
        return new StoredEvidence(frozen.familyId(), reference, standing, plan, frozen.decision().toString(), memberships,
                frozen.records(), answers, "claim " + claim.id() + " (batch " + claim.batchId() + "), prepared on "
                        + DAY.format(claim.preparedAt()) + " by " + claim.preparedBy());
    }

    /** A signed-off answer recorded in Hearth, as the case record it was when the claim froze it. */
    private static Answer answer(ClaimEvidence frozen, ClaimEvidence.SignedOffAnswer answer) {
        HeldRecord row = frozen.records().getOrDefault("worker_assessments.csv", List.of()).stream()
                .filter(one -> one.recordId().equals(answer.recordId())).findFirst().orElse(null);
        return new Answer(answer.answerId(), frozen.familyId(), row == null ? null : row.fields().get("person_id"),
                frozen.plan().id(), answer.question(), Boolean.parseBoolean(answer.answer()), answer.evidence(),
                day(answer.assessedOn()), answer.assessedBy(), null, Answer.State.SIGNED_OFF, answer.signedOffBy(),
                answer.signedOffAt() == null ? null : Instant.parse(answer.signedOffAt()), null, null);
    }

    private static LocalDate day(String text) {
        return text == null || text.isEmpty() ? null : LocalDate.parse(text);
    }

    private static String blankAsNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
