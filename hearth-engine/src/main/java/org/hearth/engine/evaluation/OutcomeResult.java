package org.hearth.engine.evaluation;

import org.hearth.engine.explain.Explanation;
import org.hearth.engine.measure.Status;

/**
 * Whether one outcome was achieved by the review date, and why.
 *
 * @param relevant the outcome applies to this family: its problem was identified by an indicator it
 *                 names, or it names none
 */
public record OutcomeResult(String outcomeId, boolean relevant, Status status, Explanation explanation) {

    public boolean met() {
        return status == Status.MET;
    }
}
