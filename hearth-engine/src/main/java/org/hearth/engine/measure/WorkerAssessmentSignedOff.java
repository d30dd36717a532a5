package org.hearth.engine.measure;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.RecordKind;
import org.hearth.engine.timeline.WorkerAssessment;

/**
 * A key worker's "yes" to the plan's question for this outcome, signed off by a named professional
 * on or before the review date. The latest signed-off answer made since the problem was identified
 * decides: a later "no" withdraws an earlier "yes". Unsigned answers do not count.
 *
 * <p>As an indicator ("nominated by professionals") there is no earlier identification to count
 * from: answers made and signed off by the identification day count, within the {@code within}
 * period when given.
 *
 * <pre>
 * type: worker_assessment
 * question: family_progress   # optional; the outcome's own id when not given
 * within: {months: 6}          # optional; the answer must have been given in this period
 * </pre>
 */
public record WorkerAssessmentSignedOff(String question, Period within) implements Measure {

    @Override
    public Status test(MeasureContext context, Witness witness) {
        String asked = asked(context);
        LocalDate review = context.referenceDay();
        LocalDate from = from(context);
        WorkerAssessment latest = latest(context, asked, from);
        if (latest == null) {
            if (from == null) {
                witness.says("no signed-off key worker assessment of '%s' made by %s", asked, review);
            } else {
                witness.says("no signed-off key worker assessment of '%s' made from %s to %s", asked, from, review);
            }
            return Status.NOT_MET;
        }
        witness.says("key worker %s answered %s to '%s' on %s, signed off by %s (%s) on %s",
                latest.assessedBy(), latest.answer() ? "yes" : "no", asked, latest.assessedOn(), latest.signedOffBy(),
                latest.signedOffRole() == null ? "role not recorded" : latest.signedOffRole(), latest.signedOffOn());
        witness.cites(() -> List.of(latest));
        return latest.answer() ? Status.MET : Status.NOT_MET;
    }

    private String asked(MeasureContext context) {
        String asked = question != null ? question : context.question();
        if (asked == null) {
            throw new IllegalStateException("worker_assessment has no question and is not inside an outcome");
        }
        return asked;
    }

    /** The latest answer to the question signed off by the reference day and made since {@code from}. */
    private static WorkerAssessment latest(MeasureContext context, String asked, LocalDate from) {
        LocalDate review = context.referenceDay();
        WorkerAssessment latest = null;
        List<WorkerAssessment> answers = context.family().answersTo(asked);
        for (int i = 0; i < answers.size(); i++) {
            WorkerAssessment answer = answers.get(i);
            if (answer.answers(asked, context.planId()) && answer.signedOffBy(review)
                    && (from == null || !answer.assessedOn().isBefore(from))
                    && !answer.assessedOn().isAfter(review)
                    && (context.onlyPerson() == null || context.onlyPerson().equals(answer.personId()))) {
                latest = answer;
            }
        }
        return latest;
    }

    /** The first day an answer may have been made on; null when there is none. */
    private LocalDate from(MeasureContext context) {
        LocalDate windowStart = within == null ? null : context.last(within).start();
        if (context.purpose() == MeasureContext.Purpose.IDENTIFICATION) {
            return windowStart;
        }
        return windowStart == null ? context.identifiedOn() : later(context.identifiedOn(), windowStart);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** A key worker's answer is not data. */
    @Override
    public boolean holdsData(MeasureContext context) {
        return false;
    }

    @Override
    public boolean keyWorkersAnswer() {
        return true;
    }

    @Override
    public boolean needsKeyWorkersAnswer() {
        return true;
    }

    @Override
    public List<Measure> parts() {
        return List.of();
    }

    /** The question it names, or the outcome's own. */
    @Override
    public List<String> questions(String outcomeId) {
        String asked = question != null ? question : outcomeId;
        return asked == null ? List.of() : List.of(asked);
    }

    /** Met only once a yes is signed off: from the first yes to the question it asks signed off, for ever. */
    @Override
    public MeetableDays meetableDays(FamilyTimeline family, String outcomeId) {
        return MeetableDays.afterFirstSignedOffYes(family, question != null ? question : outcomeId);
    }

    @Override
    public Set<String> reads() {
        return Set.of(RecordKind.WORKER_ASSESSMENTS.name());
    }

    @Override
    public boolean metByMemberOnlyIfByFamily() {
        return false;
    }
}
