package org.hearth.engine.evaluation;

import java.time.LocalDate;
import java.util.List;

import org.hearth.engine.explain.Explanation;

/**
 * One problem of the plan for one family: was it identified (and by which indicators, on which day,
 * at engagement or later), and has the family made significant and sustained progress on it.
 *
 * @param identifiedOn the day the problem was identified, or null when it was not
 * @param emerged the problem was identified after engagement (plans that follow emerging problems)
 * @param indicators the result of every indicator tested on the identification day
 * @param outcomes the outcomes of an identified problem (empty when the problem was not identified)
 */
public record ProblemEvaluation(String problemId, boolean identified, List<String> identifiedBy, LocalDate identifiedOn,
                                boolean emerged, List<IndicatorResult> indicators, List<OutcomeResult> outcomes,
                                boolean progressMet, Explanation progress) {

    public ProblemEvaluation {
        identifiedBy = List.copyOf(identifiedBy);
        indicators = List.copyOf(indicators);
        outcomes = List.copyOf(outcomes);
    }

    /** The outcome result with the given id, or null. */
    public OutcomeResult outcome(String outcomeId) {
        for (OutcomeResult outcome : outcomes) {
            if (outcome.outcomeId().equals(outcomeId)) {
                return outcome;
            }
        }
        return null;
    }
}
