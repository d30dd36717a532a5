package org.hearth.engine.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.hearth.engine.explain.Explanation;

/**
 * Decides a per-person measure over the people it was tested for: each person's own result is met,
 * not met, or not applicable (out of scope); the quantifier then asks for any or every person in scope.
 */
final class InScope {
    private InScope() {
    }

    /**
     * The decision over the people's results.
     *
     * @param scope who is in scope, in words: "members with an initial dash_ric at least 14"
     * @param whenNobody the status when nobody is in scope
     */
    static MeasureResult decide(Quantifier quantifier, String scope, List<MeasureResult> results, Status whenNobody) {
        List<Explanation> parts = new ArrayList<>();
        int inScope = 0;
        int met = 0;
        for (MeasureResult result : results) {
            parts.add(result.explanation());
            if (result.status() != Status.NOT_APPLICABLE) {
                inScope++;
            }
            if (result.met()) {
                met++;
            }
        }
        if (inScope == 0) {
            return new MeasureResult(whenNobody, Explanation.of("nobody: " + scope, parts));
        }
        boolean decided = status(quantifier, inScope, met, whenNobody) == Status.MET;
        String heading = scope + ": " + met + " of " + inScope + " met, "
                + (quantifier == Quantifier.ANY ? "any one" : "every one") + " needed";
        return MeasureResult.of(decided, Explanation.of(heading, parts));
    }

    /**
     * The decision alone over each subject's own decision: those not applicable are out of scope.
     */
    static <T> Status status(Quantifier quantifier, List<T> subjects, Function<T, Status> decision, Status whenNobody) {
        int inScope = 0;
        int met = 0;
        for (int i = 0; i < subjects.size(); i++) {
            Status status = decision.apply(subjects.get(i));
            inScope += status == Status.NOT_APPLICABLE ? 0 : 1;
            met += status == Status.MET ? 1 : 0;
        }
        return status(quantifier, inScope, met, whenNobody);
    }

    /** The decision alone, from how many people were in scope and how many of them met the measure. */
    static Status status(Quantifier quantifier, int inScope, int met, Status whenNobody) {
        if (inScope == 0) {
            return whenNobody;
        }
        return (quantifier == Quantifier.ANY ? met > 0 : met == inScope) ? Status.MET : Status.NOT_MET;
    }
}
