package org.hearth.engine.evaluation;

import java.util.ArrayList;
import java.util.List;

import org.hearth.engine.explain.Deferred;
import org.hearth.engine.explain.Explanation;
import org.hearth.engine.measure.Status;
import org.hearth.engine.plan.Plan;
import org.hearth.engine.plan.Problem;
import org.hearth.engine.plan.ProgressRule;

/**
 * Combines a problem's outcome results into significant and sustained progress on the problem, by
 * the problem's {@link ProgressRule}. Outcomes that are not relevant or not applicable take no part.
 * Under {@code one_relevant_outcome} an outcome of another identified problem that "also evidences"
 * this one (Sunderland) counts as well.
 */
public final class Progress {
    private Progress() {
    }

    /**
     * Whether the problem would show progress if the outcomes stood as given: {@link #decide}'s rule, for a
     * question about a decision not made (the server's claims forecast asks whether a family's problems would show
     * progress once the outcomes waiting for a later term's figures or a key worker's answer are met).
     *
     * @param problemAt         the problem's place in the plan
     * @param outcomesByProblem each problem's outcome results, in the plan's order of problems and each problem's
     *                          order of outcomes (none for a problem not identified)
     */
    public static boolean wouldBeMet(Plan plan, int problemAt, List<List<OutcomeResult>> outcomesByProblem) {
        return decide(plan, problemAt, outcomesByProblem).met();
    }

    record Decision(boolean met, Explanation explanation) {
    }

    /**
     * @param problemAt         the problem's place in the plan
     * @param outcomesByProblem each problem's outcome results, in the plan's order of problems (none for a
     *                          problem not identified)
     */
    static Decision decide(Plan plan, int problemAt, List<List<OutcomeResult>> outcomesByProblem) {
        Problem problem = plan.problems().get(problemAt);
        List<OutcomeResult> own = outcomesByProblem.get(problemAt);
        return switch (problem.progress().rule()) {
            case ONE_RELEVANT_OUTCOME -> one(candidates(plan, problemAt, own, outcomesByProblem));
            case ALL_RELEVANT_OUTCOMES -> all(own);
            case EVERY_GROUP -> groups(problem.progress().groups(), own);
        };
    }

    private static List<OutcomeResult> candidates(Plan plan, int problemAt, List<OutcomeResult> own,
                                                  List<List<OutcomeResult>> outcomesByProblem) {
        String problemId = plan.problems().get(problemAt).id();
        List<OutcomeResult> candidates = new ArrayList<>(own);
        for (int at = 0; at < plan.problems().size(); at++) {
            if (at == problemAt) {
                continue;
            }
            Problem other = plan.problems().get(at);
            // An identified problem's results are in the order of its outcomes; others have none.
            List<OutcomeResult> results = outcomesByProblem.get(at);
            for (int i = 0; i < results.size(); i++) {
                if (other.outcomes().get(i).alsoEvidences().contains(problemId)) {
                    candidates.add(results.get(i));
                }
            }
        }
        return candidates;
    }

    private static Decision one(List<OutcomeResult> candidates) {
        for (OutcomeResult result : candidates) {
            if (result.relevant() && result.met()) {
                return new Decision(true, Explanation.of("progress shown by outcome %s", result.outcomeId()));
            }
        }
        return new Decision(false, Explanation.of("no relevant outcome met (%s)", summarised(candidates)));
    }

    private static Decision all(List<OutcomeResult> own) {
        int applicable = 0;
        List<String> missing = new ArrayList<>();
        for (OutcomeResult result : own) {
            if (!result.relevant() || result.status() == Status.NOT_APPLICABLE) {
                continue;
            }
            applicable++;
            if (!result.met()) {
                missing.add(result.outcomeId() + " " + result.status().words());
            }
        }
        if (applicable == 0) {
            return new Decision(false, Explanation.of("no outcome of this problem applies to the family (%s)",
                    summarised(own)));
        }
        if (missing.isEmpty()) {
            return new Decision(true, Explanation.of("every relevant outcome met (%s)", summarised(own)));
        }
        return new Decision(false, Explanation.of("every relevant outcome is needed; not yet: %s", String.join(", ", missing)));
    }

    private static Decision groups(List<List<String>> groups, List<OutcomeResult> own) {
        int counted = 0;
        List<String> unmet = new ArrayList<>();
        for (List<String> group : groups) {
            boolean applies = false;
            boolean met = false;
            for (OutcomeResult result : own) {
                if (group.contains(result.outcomeId()) && result.relevant() && result.status() != Status.NOT_APPLICABLE) {
                    applies = true;
                    met |= result.met();
                }
            }
            if (applies) {
                counted++;
                if (!met) {
                    unmet.add("one of " + String.join(", ", group));
                }
            }
        }
        if (counted == 0) {
            return new Decision(false, Explanation.of("no outcome of this problem applies to the family (%s)",
                    summarised(own)));
        }
        if (unmet.isEmpty()) {
            return new Decision(true, Explanation.of("an outcome met in every group that applies (%s)",
                    summarised(own)));
        }
        return new Decision(false, Explanation.of("still needed: %s (%s)", String.join("; ", unmet), summarised(own)));
    }

    /** The summary of the outcomes, put into words only when the explanation is read. */
    private static Deferred summarised(List<OutcomeResult> results) {
        return Deferred.words(() -> summary(results));
    }

    private static String summary(List<OutcomeResult> results) {
        StringBuilder out = new StringBuilder();
        for (OutcomeResult result : results) {
            out.append(out.length() == 0 ? "" : ", ").append(result.outcomeId()).append(' ')
                    .append(result.relevant() ? result.status().words() : "not relevant");
        }
        return out.length() == 0 ? "no outcomes" : out.toString();
    }
}
