package org.hearth.engine.timeline;

import java.time.LocalDate;

/**
 * A key worker's yes-or-no answer to one of a plan's questions (an outcome's id, or a programme
 * question such as Worcestershire's lead-worker judgement), and its sign-off by a manager. An
 * answer counts only once signed off.
 *
 * @param planId the plan whose question this answers; null answers the question of that id in any plan
 *               (an authority with one plan need not say)
 */
public record WorkerAssessment(RecordId id, String familyId, String personId, String question, boolean answer,
                               LocalDate assessedOn, String assessedBy, LocalDate signedOffOn, String signedOffBy,
                               String signedOffRole, String source, String planId) implements TimelineRecord {

    /** An answer not tied to a plan. */
    public WorkerAssessment(String recordId, String familyId, String personId, String question, boolean answer,
                            LocalDate assessedOn, String assessedBy, LocalDate signedOffOn, String signedOffBy,
                            String signedOffRole, String source) {
        this(recordId, familyId, personId, question, answer, assessedOn, assessedBy, signedOffOn, signedOffBy,
                signedOffRole, source, null);
    }

    /** The record with its source's identifier as text. */
    public WorkerAssessment(String recordId, String familyId, String personId, String question, boolean answer,
                            LocalDate assessedOn, String assessedBy, LocalDate signedOffOn, String signedOffBy,
                            String signedOffRole, String source, String planId) {
        this(RecordId.of(recordId), familyId, personId, question, answer, assessedOn, assessedBy, signedOffOn,
                signedOffBy, signedOffRole, source, planId);
    }

    public WorkerAssessment {
        Require.present(id, "record_id");
        Require.text(familyId, "family_id");
        Require.text(question, "question");
        Require.present(assessedOn, "assessed_on");
        Require.text(assessedBy, "assessed_by");
        if (signedOffOn != null) {
            Require.text(signedOffBy, "signed_off_by");
            if (signedOffOn.isBefore(assessedOn)) {
                throw new IllegalArgumentException("signed_off_on " + signedOffOn + " is before assessed_on " + assessedOn);
            }
        }
    }

    /** True when this answers the question of that id in the given plan. */
    public boolean answers(String planQuestion, String plan) {
        return question.equals(planQuestion) && (planId == null || plan == null || planId.equals(plan));
    }

    /** True when a named professional signed the answer off on or before the given day. */
    public boolean signedOffBy(LocalDate day) {
        return signedOffOn != null && !signedOffOn.isAfter(day);
    }

    @Override
    public LocalDate start() {
        return assessedOn;
    }

    @Override
    public LocalDate end() {
        return assessedOn;
    }

    /**
     * An answer given after the day does not exist yet; one signed off after the day is known
     * unsigned (and so counts for nothing yet).
     */
    @Override
    public WorkerAssessment asKnownOn(LocalDate day) {
        if (assessedOn.isAfter(day)) {
            return null;
        }
        return signedOffOn == null || !signedOffOn.isAfter(day) ? this
                : new WorkerAssessment(id, familyId, personId, question, answer, assessedOn, assessedBy,
                        null, null, null, source, planId);
    }

    /** Its sign-off, when it has one, is learnt after the answer. */
    @Override
    public LocalDate settledOn() {
        return signedOffOn == null ? assessedOn : signedOffOn;
    }

    @Override
    public RecordKind<WorkerAssessment> kind() {
        return RecordKind.WORKER_ASSESSMENTS;
    }
}
