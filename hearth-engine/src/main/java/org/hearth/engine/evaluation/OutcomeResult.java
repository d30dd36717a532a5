package org.hearth.engine.evaluation;

import java.util.Objects;

import org.hearth.engine.explain.Explanation;
import org.hearth.engine.measure.MeasureResult;
import org.hearth.engine.measure.Status;

/**
 * Whether one outcome was achieved by the review date, and why. An outcome decided by one measure
 * takes its explanation from the measure's result when it is read, so deciding costs no words.
 */
public final class OutcomeResult {
    private final String outcomeId;
    private final boolean relevant;
    private final Status status;
    private final Explanation explanation;
    private final MeasureResult result;

    /**
     * @param relevant the outcome applies to this family: its problem was identified by an indicator it
     *                 names, or it names none
     */
    public OutcomeResult(String outcomeId, boolean relevant, Status status, Explanation explanation) {
        this(outcomeId, relevant, status, Objects.requireNonNull(explanation, "explanation"), null);
    }

    private OutcomeResult(String outcomeId, boolean relevant, Status status, Explanation explanation,
                          MeasureResult result) {
        this.outcomeId = outcomeId;
        this.relevant = relevant;
        this.status = status;
        this.explanation = explanation;
        this.result = result;
    }

    /** A relevant outcome decided by one measure, with that measure's result and explanation. */
    static OutcomeResult of(String outcomeId, MeasureResult result) {
        return new OutcomeResult(outcomeId, true, result.status(), null, result);
    }

    public String outcomeId() {
        return outcomeId;
    }

    public boolean relevant() {
        return relevant;
    }

    public Status status() {
        return status;
    }

    public Explanation explanation() {
        return explanation != null ? explanation : result.explanation();
    }

    public boolean met() {
        return status == Status.MET;
    }

    @Override
    public String toString() {
        return outcomeId + " " + status;
    }
}
