package org.hearth.engine.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hearth.engine.explain.Explanation;
import org.hearth.engine.measure.MeasureContext;
import org.hearth.engine.measure.MeasureResult;
import org.hearth.engine.plan.ClaimRoute;
import org.hearth.engine.plan.Outcome;
import org.hearth.engine.plan.Plan;
import org.hearth.engine.plan.Problem;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.Intervention;

/**
 * Decides whether a payment-by-results claim is due. A family must be engaged and eligible; then the
 * plan's claim routes are tried in the plan's order and the first that passes is the claim's route.
 * Significant and sustained progress needs progress on every problem identified, at engagement or
 * since; continuous employment needs its outcome met. Either may also require a further test (such
 * as Worcestershire's lead worker's judgement).
 */
final class Claims {
    private Claims() {
    }

    static ClaimDecision decide(Plan plan, FamilyTimeline family, LocalDate asOf, Intervention intervention,
                                LocalDate identifiedOn, boolean eligible, List<ProblemEvaluation> problems) {
        if (intervention == null) {
            return ClaimDecision.notClaimable(Explanation.of("the family was not engaged in an intervention on %s", asOf));
        }
        if (!eligible) {
            return ClaimDecision.notClaimable(Explanation.of("the family is not eligible"));
        }
        List<Explanation> tried = new ArrayList<>();
        for (ClaimRoute route : plan.programme().claimRoutes()) {
            Explanation outcome = switch (route.route()) {
                case SIGNIFICANT_AND_SUSTAINED_PROGRESS -> progressEverywhere(problems);
                case CONTINUOUS_EMPLOYMENT -> employment(plan, route, family, asOf, identifiedOn, problems);
            };
            boolean passed = outcome != null;
            Explanation why = passed ? outcome : failedRoute(route, problems, plan);
            if (passed && route.requires() != null) {
                MeasureResult required = required(plan, route, family, asOf, identifiedOn);
                passed = required.met();
                why = Explanation.joined(List.of(why, Explanation.of("and the plan also requires: "
                        + Outcomes.word(required), List.of(required.explanation()))));
            }
            if (passed) {
                return ClaimDecision.claimable(route.route(), Explanation.of(route.route().code(), List.of(why)));
            }
            tried.add(Explanation.of(route.route().code() + " not met", List.of(why)));
        }
        return ClaimDecision.notClaimable(Explanation.of("no claim route met", tried));
    }

    /** The further test the route requires. */
    private static MeasureResult required(Plan plan, ClaimRoute route, FamilyTimeline family, LocalDate asOf,
                                          LocalDate identifiedOn) {
        try {
            return route.requires().evaluate(MeasureContext.review(family, asOf, identifiedOn).forPlan(plan.id()));
        } catch (RuntimeException e) {
            throw EvaluationException.at("the claim route " + route.route().code() + "'s further test", e);
        }
    }

    /** Null unless every identified problem shows progress. */
    private static Explanation progressEverywhere(List<ProblemEvaluation> problems) {
        List<String> shown = new ArrayList<>();
        for (ProblemEvaluation problem : problems) {
            if (problem.identified()) {
                if (!problem.progressMet()) {
                    return null;
                }
                shown.add(problem.problemId());
            }
        }
        return Explanation.of("progress shown on every identified problem (%s)", String.join(", ", shown));
    }

    private static Explanation failedRoute(ClaimRoute route, List<ProblemEvaluation> problems, Plan plan) {
        if (route.route() == ClaimRoute.Route.CONTINUOUS_EMPLOYMENT) {
            return Explanation.of("outcome %s not met", route.outcome());
        }
        List<String> missing = new ArrayList<>();
        for (ProblemEvaluation problem : problems) {
            if (problem.identified() && !problem.progressMet()) {
                missing.add(problem.problemId());
            }
        }
        return Explanation.of("no progress yet on problem%s %s", missing.size() == 1 ? "" : "s", String.join(", ", missing));
    }

    /**
     * Null unless the route's outcome is met. The national framework's rule is an adult who was on an
     * out-of-work benefit at engagement and has moved into continuous work, whatever identified the work
     * problem, or whether it was identified at all: the outcome's own result is used where it was
     * tested as relevant to an identified problem, and otherwise its measures are tested for the family.
     */
    private static Explanation employment(Plan plan, ClaimRoute route, FamilyTimeline family, LocalDate asOf,
                                          LocalDate identifiedOn, List<ProblemEvaluation> problems) {
        Problem owner = plan.problemOf(route.outcome());
        OutcomeResult result = null;
        for (ProblemEvaluation problem : problems) {
            if (problem.problemId().equals(owner.id())) {
                OutcomeResult tested = problem.outcome(route.outcome());
                result = tested != null && tested.relevant() ? tested : null;
            }
        }
        if (result == null) {
            result = Outcomes.measured(plan.outcome(route.outcome()),
                    MeasureContext.review(family, asOf, identifiedOn).forPlan(plan.id()));
        }
        return result.met() ? Explanation.of("outcome " + route.outcome() + " met", List.of(result.explanation())) : null;
    }
}
