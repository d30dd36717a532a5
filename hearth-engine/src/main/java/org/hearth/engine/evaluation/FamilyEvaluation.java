package org.hearth.engine.evaluation;

import java.time.LocalDate;
import java.util.List;

import org.hearth.engine.explain.Explanation;

/**
 * The whole decision for one family under one plan on one review date: the problems identified,
 * eligibility, progress on every problem and outcome, and the claim, each with its explanation.
 *
 * @param interventionId the intervention the family was engaged in on the review date, or null
 * @param identifiedOn engagement day; for a family not engaged, the review date (identification
 *                     across the whole population)
 */
public record FamilyEvaluation(String familyId, String planId, String planVersion, LocalDate asOf,
                               String interventionId, LocalDate identifiedOn, boolean eligible,
                               Explanation eligibility, List<ProblemEvaluation> problems, ClaimDecision claim) {

    public FamilyEvaluation {
        problems = List.copyOf(problems);
    }

    /** The evaluation of the problem with the given id, or null. */
    public ProblemEvaluation problem(String problemId) {
        for (ProblemEvaluation problem : problems) {
            if (problem.problemId().equals(problemId)) {
                return problem;
            }
        }
        return null;
    }

    /**
     * This evaluation with every indicator's and outcome's explanation worked out now (they are
     * otherwise worked out when first read): for a writer that reads them all on one thread.
     */
    public FamilyEvaluation explanationsWorkedOut() {
        for (ProblemEvaluation problem : problems) {
            for (IndicatorResult indicator : problem.indicators()) {
                try {
                    indicator.result().explanation().workedOut();
                } catch (RuntimeException e) {
                    throw EvaluationException.explaining(this, "indicator " + indicator.indicatorId(), e);
                }
            }
            for (OutcomeResult outcome : problem.outcomes()) {
                try {
                    outcome.explanation().workedOut();
                } catch (RuntimeException e) {
                    throw EvaluationException.explaining(this, "outcome " + outcome.outcomeId(), e);
                }
            }
        }
        return this;
    }

    /** The number of problems identified (at engagement or later). */
    public long problemsIdentified() {
        return problems.stream().filter(ProblemEvaluation::identified).count();
    }
}
