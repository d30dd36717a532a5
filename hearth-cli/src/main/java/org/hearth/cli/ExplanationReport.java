package org.hearth.cli;

import java.io.PrintWriter;

import org.hearth.engine.evaluation.FamilyEvaluation;
import org.hearth.engine.evaluation.IndicatorResult;
import org.hearth.engine.evaluation.OutcomeResult;
import org.hearth.engine.evaluation.ProblemEvaluation;
import org.hearth.engine.plan.Indicator;
import org.hearth.engine.plan.Outcome;
import org.hearth.engine.plan.Plan;
import org.hearth.engine.plan.Problem;

/**
 * One family's decisions as text a key worker or an auditor reads: eligibility, each problem with the
 * indicators that identified it, each outcome with its status and explanation, progress, and the claim.
 */
final class ExplanationReport {
    private ExplanationReport() {
    }

    static void print(Plan plan, FamilyEvaluation family, PrintWriter out) {
        out.printf("Family %s under %s (%s, version %s), as at %s%n", family.familyId(), plan.title(), plan.authority(),
                plan.version(), family.asOf());
        out.printf("Intervention: %s%n", family.interventionId() == null
                ? "none on the review date; problems tested as at " + family.identifiedOn()
                : family.interventionId() + ", engaged on " + family.identifiedOn());
        out.printf("Eligible: %s. %s%n", yes(family.eligible()), family.eligibility().text());
        for (ProblemEvaluation result : family.problems()) {
            Problem problem = plan.problem(result.problemId());
            out.println();
            out.printf("Problem %s, %s: %s%n", problem.id(), problem.name(), result.identified()
                    ? "identified on " + result.identifiedOn() + (result.emerged() ? " (emerged after engagement)" : "")
                    + " by " + String.join(", ", result.identifiedBy())
                    : "not identified");
            if (!result.identified()) {
                continue;
            }
            for (IndicatorResult indicator : result.indicators()) {
                if (indicator.met()) {
                    Indicator source = problem.indicator(indicator.indicatorId());
                    out.printf("  indicator %s (%s): %s%n", source.id(), source.sourceRef(), indicator.result().explanation().text());
                }
            }
            for (OutcomeResult outcome : result.outcomes()) {
                Outcome source = plan.outcome(outcome.outcomeId());
                out.printf("  outcome %s %s: %s%n", outcome.outcomeId(), status(outcome), source.description());
                out.printf("      %s%n", outcome.explanation().text());
            }
            out.printf("  progress: %s. %s%n", result.progressMet() ? "MET" : "not met", result.progress().text());
        }
        out.println();
        out.printf("Claim: %s%s. %s%n", family.claim().claimable() ? "CLAIMABLE" : "not claimable",
                family.claim().route() == null ? "" : " by " + family.claim().route().code(), family.claim().explanation().text());
        out.flush();
    }

    private static String status(OutcomeResult outcome) {
        if (!outcome.relevant()) {
            return "[not relevant]";
        }
        return "[" + outcome.status().words() + "]";
    }

    private static String yes(boolean value) {
        return value ? "yes" : "no";
    }
}
