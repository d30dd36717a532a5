package org.hearth.engine.evaluation;

import java.util.List;

import org.hearth.engine.explain.Deferred;
import org.hearth.engine.explain.Explanation;
import org.hearth.engine.measure.MeasureContext;
import org.hearth.engine.measure.MeasureResult;
import org.hearth.engine.measure.Status;
import org.hearth.engine.plan.Indicator;
import org.hearth.engine.plan.Outcome;

/**
 * Tests one outcome: its relevance to how the problem was identified, then its measure or measures. Public
 * for the outlook (org.hearth.engine.outlook), which tests outcomes on the days after a review date.
 */
public final class Outcomes {
    private Outcomes() {
    }

    /** The outcome for a problem identified by the given indicators: not relevant unless it names one of them. */
    static OutcomeResult evaluate(Outcome outcome, List<String> identifiedBy, MeasureContext review) {
        if (!relevant(outcome, identifiedBy)) {
            return new OutcomeResult(outcome.id(), false, Status.NOT_APPLICABLE, Explanation.of(
                    "applies only when the problem was identified by %s; it was identified by %s",
                    Deferred.words(() -> String.join(", ", outcome.appliesWhenIdentifiedBy())),
                    Deferred.words(() -> String.join(", ", identifiedBy))));
        }
        return measured(outcome, review);
    }

    /**
     * The outcome's measures tested on the context's reference day, for a problem identified on its
     * identification day, whichever indicators identified it, if any.
     */
    public static OutcomeResult measured(Outcome outcome, MeasureContext review) {
        try {
            return decide(outcome, review);
        } catch (RuntimeException e) {
            throw EvaluationException.at("outcome " + outcome.id(), e);
        }
    }

    private static OutcomeResult decide(Outcome outcome, MeasureContext review) {
        MeasureContext context = review.withQuestion(outcome.id());
        if (!outcome.twoPart()) {
            MeasureResult result = MeasureResult.decided(outcome.measure(), context);
            return OutcomeResult.of(outcome.id(), result);
        }
        MeasureResult significant = MeasureResult.decided(outcome.significant(), context);
        MeasureResult sustained = MeasureResult.decided(outcome.sustained(), context);
        Status status;
        if (significant.met() && sustained.met()) {
            status = Status.MET;
        } else if (significant.status() == Status.NOT_APPLICABLE) {
            status = Status.NOT_APPLICABLE;
        } else if (significant.status() == Status.TOO_EARLY || sustained.status() == Status.TOO_EARLY) {
            status = Status.TOO_EARLY;
        } else {
            status = Status.NOT_MET;
        }
        return new OutcomeResult(outcome.id(), true, status, Explanation.joined(List.of(
                Explanation.of("significant progress " + word(significant), List.of(significant.explanation())),
                Explanation.of("sustained " + word(sustained), List.of(sustained.explanation())))));
    }

    /**
     * True when the outcome applies however the problem was identified, or names one of the indicators
     * that identified it.
     */
    static boolean relevant(Outcome outcome, List<String> identifiedBy) {
        List<String> applies = outcome.appliesWhenIdentifiedBy();
        if (applies.isEmpty()) {
            return true;
        }
        for (int i = 0; i < identifiedBy.size(); i++) {
            String id = identifiedBy.get(i);
            for (int j = 0; j < applies.size(); j++) {
                if (applies.get(j).equals(id)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "met", "not met", "too early", "not applicable". */
    static String word(MeasureResult result) {
        return result.status().words();
    }
}
