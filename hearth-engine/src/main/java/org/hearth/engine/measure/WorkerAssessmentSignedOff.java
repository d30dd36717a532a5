package org.hearth.engine.measure;

import java.time.LocalDate;
import java.util.List;

import org.hearth.engine.explain.Explanation;
import org.hearth.engine.timeline.RecordKind;
import org.hearth.engine.timeline.WorkerAssessment;

/**
 * A key worker's "yes" to the plan's question for this outcome, signed off by a named professional
 * on or before the review date. The latest signed-off answer made since the problem was identified
 * decides: a later "no" withdraws an earlier "yes". Unsigned answers do not count.
 *
 * <pre>
 * type: worker_assessment
 * question: family_progress   # optional; the outcome's own id when not given
 * within: {months: 6}          # optional; the answer must have been given in this period
 * </pre>
 */
public record WorkerAssessmentSignedOff(String question, Period within) implements Measure {

    @Override
    public MeasureResult evaluate(MeasureContext context) {
        String asked = question != null ? question : context.question();
        if (asked == null) {
            throw new IllegalStateException("worker_assessment has no question and is not inside an outcome");
        }
        LocalDate review = context.referenceDay();
        LocalDate from = within == null ? context.identifiedOn() : later(context.identifiedOn(), context.last(within).start());
        WorkerAssessment latest = null;
        for (WorkerAssessment answer : context.family().records(RecordKind.WORKER_ASSESSMENTS)) {
            if (answer.question().equals(asked) && answer.signedOffBy(review) && !answer.assessedOn().isBefore(from)
                    && !answer.assessedOn().isAfter(review)
                    && (context.onlyPerson() == null || context.onlyPerson().equals(answer.personId()))) {
                latest = answer;
            }
        }
        if (latest == null) {
            return MeasureResult.notMet(Explanation.of(
                    "no signed-off key worker assessment of '%s' made from %s to %s", asked, from, review));
        }
        return MeasureResult.of(latest.answer(), Explanation.of(
                "key worker %s answered %s to '%s' on %s, signed off by %s (%s) on %s",
                latest.assessedBy(), latest.answer() ? "yes" : "no", asked, latest.assessedOn(), latest.signedOffBy(),
                latest.signedOffRole() == null ? "role not recorded" : latest.signedOffRole(), latest.signedOffOn())
                .citing(List.of(latest)));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
