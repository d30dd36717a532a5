package org.hearth.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.hearth.engine.evaluation.FamilyEvaluation;
import org.hearth.engine.evaluation.ProblemEvaluation;
import org.hearth.engine.plan.ClaimRoute;
import org.hearth.engine.plan.Plan;
import org.hearth.engine.plan.Problem;

/** Counts one plan's results across an authority, for the demo's summary. */
final class DemoTally {
    private final Plan plan;
    private final Map<String, int[]> byProblem = new LinkedHashMap<>();
    private int families;
    private int engaged;
    private int eligible;
    private int eligibleEngaged;
    private int claimable;
    private int byProgress;
    private int byEmployment;
    private String exampleClaimable;
    private String exampleNotClaimable;

    DemoTally(Plan plan) {
        this.plan = plan;
        for (Problem problem : plan.problems()) {
            byProblem.put(problem.id(), new int[3]);
        }
    }

    void add(FamilyEvaluation family) {
        families++;
        boolean isEngaged = family.interventionId() != null;
        engaged += isEngaged ? 1 : 0;
        eligible += family.eligible() ? 1 : 0;
        eligibleEngaged += family.eligible() && isEngaged ? 1 : 0;
        for (ProblemEvaluation problem : family.problems()) {
            int[] counts = byProblem.get(problem.problemId());
            counts[0] += problem.identified() ? 1 : 0;
            counts[1] += problem.identified() && isEngaged ? 1 : 0;
            counts[2] += problem.progressMet() && isEngaged ? 1 : 0;
        }
        if (family.claim().claimable()) {
            claimable++;
            if (family.claim().route() == ClaimRoute.Route.CONTINUOUS_EMPLOYMENT) {
                byEmployment++;
            } else {
                byProgress++;
            }
            if (exampleClaimable == null) {
                exampleClaimable = family.familyId();
            }
        } else if (exampleNotClaimable == null && family.eligible() && isEngaged) {
            exampleNotClaimable = family.familyId();
        }
    }

    String exampleClaimable() {
        return exampleClaimable;
    }

    String exampleNotClaimable() {
        return exampleNotClaimable;
    }

    void print(PrintWriter out) {
        out.printf("%s: %s (plan %s, version %s)%n", plan.authority(), plan.title(), plan.id(), plan.version());
        out.printf("  %-58s %10s %10s %10s%n", "problem", "identified", "engaged", "progress");
        for (Problem problem : plan.problems()) {
            int[] counts = byProblem.get(problem.id());
            String name = problem.id() + " " + problem.name();
            out.printf("  %-58s %10d %10d %10d%n", name.length() > 58 ? name.substring(0, 55) + "..." : name,
                    counts[0], counts[1], counts[2]);
        }
        out.printf("  families %d; engaged %d; eligible %d (of whom engaged %d); claimable %d "
                + "(significant and sustained progress %d, continuous employment %d)%n",
                families, engaged, eligible, eligibleEngaged, claimable, byProgress, byEmployment);
    }
}
