package org.hearth.server.whatif;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.hearth.engine.evaluation.FamilyEvaluation;
import org.hearth.engine.evaluation.IndicatorResult;
import org.hearth.engine.evaluation.OutcomeResult;
import org.hearth.engine.evaluation.ProblemEvaluation;

/**
 * What a draft plan would decide otherwise than the plan in force about one family, evaluated on the same data as at
 * the same day: its eligibility, each problem's identification and, for a problem both plans identify, the progress
 * on it, and its claim (whether claimable, and by which route). Each change carries both plans' explanations (for a
 * problem, those of the indicators or outcomes behind the change too), worked out here, so that nothing of either
 * evaluation is kept beyond the words.
 */
public record FamilyDifference(String familyId, List<Change> changes) {

    /** The differences between the two evaluations of one family, or null when they decide alike. */
    static FamilyDifference between(FamilyEvaluation inForce, FamilyEvaluation draft) {
        List<Change> changes = new ArrayList<>();
        if (inForce.eligible() != draft.eligible()) {
            changes.add(new Change(Change.What.ELIGIBILITY, Change.Shift.of(inForce.eligible(), draft.eligible()), null,
                    eligibility(inForce), eligibility(draft),
                    inForce.eligibility().text(), draft.eligibility().text()));
        }
        Set<String> problems = new LinkedHashSet<>();
        inForce.problems().forEach(problem -> problems.add(problem.problemId()));
        draft.problems().forEach(problem -> problems.add(problem.problemId()));
        for (String id : problems) {
            problem(id, inForce.problem(id), draft.problem(id), changes);
        }
        boolean sameClaim = inForce.claim().claimable() == draft.claim().claimable()
                && inForce.claim().route() == draft.claim().route();
        if (!sameClaim) {
            changes.add(new Change(Change.What.CLAIM, Change.Shift.of(inForce.claim().claimable(), draft.claim().claimable()),
                    null, claim(inForce), claim(draft),
                    inForce.claim().explanation().text(), draft.claim().explanation().text()));
        }
        return changes.isEmpty() ? null : new FamilyDifference(inForce.familyId(), List.copyOf(changes));
    }

    /** What changes about one problem: its identification or, where both plans identify it, the progress on it. */
    private static void problem(String id, ProblemEvaluation inForce, ProblemEvaluation draft, List<Change> changes) {
        boolean before = inForce != null && inForce.identified();
        boolean after = draft != null && draft.identified();
        if (before != after) {
            Set<String> indicators = new LinkedHashSet<>(metIndicators(inForce));
            indicators.addAll(metIndicators(draft));
            changes.add(new Change(Change.What.IDENTIFICATION, Change.Shift.of(before, after), id, identification(inForce),
                    identification(draft),
                    indicatorsWhy(inForce, indicators), indicatorsWhy(draft, indicators)));
        } else if (before && inForce.progressMet() != draft.progressMet()) {
            Set<String> outcomes = new LinkedHashSet<>();
            for (OutcomeResult outcome : inForce.outcomes()) {
                OutcomeResult other = draft.outcome(outcome.outcomeId());
                if (other == null || other.status() != outcome.status()) {
                    outcomes.add(outcome.outcomeId());
                }
            }
            draft.outcomes().stream().filter(outcome -> inForce.outcome(outcome.outcomeId()) == null)
                    .forEach(outcome -> outcomes.add(outcome.outcomeId()));
            changes.add(new Change(Change.What.PROGRESS, Change.Shift.of(inForce.progressMet(), draft.progressMet()), id,
                    progress(inForce), progress(draft), progressWhy(inForce, outcomes), progressWhy(draft, outcomes)));
        }
    }

    private static List<String> metIndicators(ProblemEvaluation problem) {
        return problem == null ? List.of()
                : problem.indicators().stream().filter(IndicatorResult::met).map(IndicatorResult::indicatorId).toList();
    }

    /**
     * Why a plan identified the problem or not: what each indicator that held under either plan found under this one
     * (the same indicator id may test a changed threshold).
     */
    private static String indicatorsWhy(ProblemEvaluation problem, Set<String> indicators) {
        if (problem == null) {
            return "The plan has no such problem.";
        }
        if (indicators.isEmpty()) {
            return "No indicator held under either plan.";
        }
        return indicators.stream().map(id -> problem.indicators().stream().filter(one -> one.indicatorId().equals(id))
                        .findFirst().map(one -> id + ": " + one.result().explanation().text())
                        .orElse(id + ": the plan has no such indicator."))
                .collect(Collectors.joining(" "));
    }

    /** Why a plan found progress or not, and what each outcome whose status differs between the plans found under it. */
    private static String progressWhy(ProblemEvaluation problem, Set<String> outcomes) {
        StringBuilder why = new StringBuilder(problem.progress().text()).append('.');
        for (String id : outcomes) {
            OutcomeResult outcome = problem.outcome(id);
            why.append(' ').append(id).append(": ")
                    .append(outcome == null ? "the plan has no such outcome." : outcome.explanation().text());
        }
        return why.toString();
    }

    private static String eligibility(FamilyEvaluation family) {
        return family.eligible() ? "eligible" : "not eligible";
    }

    private static String identification(ProblemEvaluation problem) {
        if (problem == null) {
            return "not in the plan";
        }
        return !problem.identified() ? "not identified" : "identified, " + progress(problem);
    }

    private static String progress(ProblemEvaluation problem) {
        return problem.progressMet() ? "progress made" : "no progress yet";
    }

    private static String claim(FamilyEvaluation family) {
        return family.claim().claimable() ? "claimable: " + family.claim().route().code().replace('_', ' ') : "not claimable";
    }
}
