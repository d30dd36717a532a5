package org.hearth.server.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.hearth.engine.evaluation.OutcomeResult;
import org.hearth.engine.evaluation.Progress;
import org.hearth.engine.explain.Explanation;
import org.hearth.engine.measure.Status;
import org.hearth.engine.plan.ClaimRoute;
import org.hearth.engine.plan.Plan;
import org.hearth.engine.plan.Problem;

/**
 * The claim a family not claimable on the review date can be expected to make, when, and how sure it is
 * (docs/reports.md, Claims forecast), from its decision and the decision's outlook (docs/evaluation.md §13), or none.
 *
 * <p>A family whose outlook has a claim day after the review date is {@link Certainty#WAITING_FOR_TIME}, on that day:
 * the claim rules themselves found it. Otherwise the family is a near miss when the plan's significant and sustained
 * progress route would pass if what the outlook says its outcomes wait for came: its problems identified on the
 * review date all show progress, by the plan's own progress rule ({@link Progress#wouldBeMet}), with each outcome
 * taken as met that was met on the review date or has a day in the outlook by the day asked about, and with the
 * outcomes that wait for figures ({@link Certainty#NEEDS_FIGURES}), then those that wait for a signed-off answer, then
 * both ({@link Certainty#NEEDS_SIGN_OFF}) taken as met too. The expected day is the first on which that holds: the
 * day after the review date, or a later day an outcome's outlook gives. A route that requires a key worker's judgement
 * besides (Worcestershire's) makes any near miss one that needs evidence signed off, since the outlook does not follow
 * the judgement. A family whose outcomes would all be met without figures or answers, but whose claim the rules found
 * no day for, is no near miss: an outcome met now stops being met later, and nothing the outlook names mends that.
 *
 * @param on       the day the claim is expected: the first it could be made
 * @param waitsFor what the claim waits for besides time, in words, one entry an outcome (empty when only time)
 */
public record ExpectedClaim(Certainty certainty, LocalDate on, List<String> waitsFor) {

    /** A problem as the decision has it: identified or not, and its outcomes in the plan's order. */
    public record DecidedProblem(String problemId, boolean identified, List<DecidedOutcome> outcomes) {
    }

    /** An outcome as the decision has it. */
    public record DecidedOutcome(String outcomeId, boolean relevant, Status status) {
    }

    /**
     * An outcome of the outlook: not met on the review date, its first day within the outlook or null, and what it
     * waits for when it has none.
     */
    public record AwaitedOutcome(String problemId, String outcomeId, LocalDate earliestMetOn, boolean waitsForSignOff,
                                 boolean waitsForFigures) {

        /** What the outcome waits for besides time: figures, an answer, both, or nothing (it has a day, or never). */
        Set<Need> needs() {
            Set<Need> needs = EnumSet.noneOf(Need.class);
            if (earliestMetOn == null && waitsForFigures) {
                needs.add(Need.FIGURES);
            }
            if (earliestMetOn == null && waitsForSignOff) {
                needs.add(Need.SIGN_OFF);
            }
            return needs;
        }
    }

    /** What an outcome without a day may wait for. */
    enum Need { FIGURES, SIGN_OFF }

    /** An outcome result's explanation, never read: only its status counts in a hypothetical question. */
    private static final Explanation ASSUMED_STATUS = Explanation.of("taken as it would stand on a day to come");

    /** What is taken as coming, in the order tried: the surest first. */
    private static final List<Set<Need>> ASSUMED = List.of(EnumSet.noneOf(Need.class), EnumSet.of(Need.FIGURES),
            EnumSet.of(Need.SIGN_OFF), EnumSet.of(Need.FIGURES, Need.SIGN_OFF));

    /**
     * The family's expected claim, or null when it can be expected in none of these ways.
     *
     * @param claimableOn the outlook's claim day, or null
     * @param problems    the decision's problems, in the plan's order
     * @param outlook     the outlook's outcomes
     */
    public static ExpectedClaim of(Plan plan, LocalDate reviewDate, LocalDate claimableOn, List<DecidedProblem> problems,
                                   List<AwaitedOutcome> outlook) {
        if (claimableOn != null) {
            return claimableOn.isAfter(reviewDate) ? new ExpectedClaim(Certainty.WAITING_FOR_TIME, claimableOn, List.of())
                    : null;
        }
        ClaimRoute route = plan.programme().claimRoutes().stream()
                .filter(one -> one.route() == ClaimRoute.Route.SIGNIFICANT_AND_SUSTAINED_PROGRESS).findFirst().orElse(null);
        if (route == null || route.requires() != null && !route.requires().needsKeyWorkersAnswer()
                || problems.stream().noneMatch(DecidedProblem::identified)) {
            return null;
        }
        boolean judgement = route.requires() != null;
        Hypothesis hypothesis = new Hypothesis(plan, problems, outlook);
        TreeSet<LocalDate> days = new TreeSet<>();
        days.add(reviewDate.plusDays(1));
        outlook.stream().map(AwaitedOutcome::earliestMetOn).filter(day -> day != null && day.isAfter(reviewDate))
                .forEach(days::add);
        for (Set<Need> assumed : ASSUMED) {
            for (LocalDate day : days) {
                if (hypothesis.progressEverywhere(day, assumed)) {
                    Certainty certainty = judgement || assumed.contains(Need.SIGN_OFF) ? Certainty.NEEDS_SIGN_OFF
                            : assumed.contains(Need.FIGURES) ? Certainty.NEEDS_FIGURES : null;
                    if (certainty == null) {
                        return null;
                    }
                    List<String> waitsFor = hypothesis.waitedFor(day, assumed);
                    if (judgement) {
                        waitsFor.add("the key worker's judgement the claim requires");
                    }
                    return new ExpectedClaim(certainty, day, List.copyOf(waitsFor));
                }
            }
        }
        return null;
    }

    /** The family's outcomes on a day to come, with some of what they wait for taken as come. */
    private static final class Hypothesis {
        private final Plan plan;
        private final Map<String, DecidedProblem> problems = new HashMap<>();
        private final Map<String, AwaitedOutcome> awaited = new HashMap<>();

        Hypothesis(Plan plan, List<DecidedProblem> problems, List<AwaitedOutcome> outlook) {
            this.plan = plan;
            problems.forEach(problem -> this.problems.put(problem.problemId(), problem));
            outlook.forEach(outcome -> awaited.put(key(outcome.problemId(), outcome.outcomeId()), outcome));
        }

        /** Every problem identified shows progress on the day, with what is assumed come. */
        boolean progressEverywhere(LocalDate day, Set<Need> assumed) {
            List<List<OutcomeResult>> outcomes = outcomes(day, assumed);
            for (int at = 0; at < plan.problems().size(); at++) {
                if (identified(plan.problems().get(at)) && !Progress.wouldBeMet(plan, at, outcomes)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The outcomes taken as met only because what they wait for is assumed come, in the problems that show
         * progress with them and not without: "2.1: a later term's or period's figures".
         */
        List<String> waitedFor(LocalDate day, Set<Need> assumed) {
            List<List<OutcomeResult>> without = outcomes(day, EnumSet.noneOf(Need.class));
            List<String> waited = new ArrayList<>();
            for (int at = 0; at < plan.problems().size(); at++) {
                Problem problem = plan.problems().get(at);
                if (!identified(problem) || Progress.wouldBeMet(plan, at, without)) {
                    continue;
                }
                for (DecidedOutcome outcome : problems.get(problem.id()).outcomes()) {
                    AwaitedOutcome awaits = awaited.get(key(problem.id(), outcome.outcomeId()));
                    if (awaits != null && !awaits.needs().isEmpty() && assumed.containsAll(awaits.needs())) {
                        waited.add(outcome.outcomeId() + ": " + words(awaits.needs()));
                    }
                }
            }
            return waited;
        }

        private boolean identified(Problem problem) {
            DecidedProblem decided = problems.get(problem.id());
            return decided != null && decided.identified();
        }

        /** Each problem's outcomes as they would stand on the day, in the plan's order (none for one not identified). */
        private List<List<OutcomeResult>> outcomes(LocalDate day, Set<Need> assumed) {
            List<List<OutcomeResult>> outcomes = new ArrayList<>();
            for (Problem problem : plan.problems()) {
                List<OutcomeResult> results = new ArrayList<>();
                if (identified(problem)) {
                    for (DecidedOutcome outcome : problems.get(problem.id()).outcomes()) {
                        results.add(new OutcomeResult(outcome.outcomeId(), outcome.relevant(),
                                status(problem.id(), outcome, day, assumed), ASSUMED_STATUS));
                    }
                }
                outcomes.add(results);
            }
            return outcomes;
        }

        private Status status(String problemId, DecidedOutcome outcome, LocalDate day, Set<Need> assumed) {
            AwaitedOutcome awaits = awaited.get(key(problemId, outcome.outcomeId()));
            if (outcome.status() == Status.MET || awaits == null) {
                return outcome.status();
            }
            boolean dated = awaits.earliestMetOn() != null && !awaits.earliestMetOn().isAfter(day);
            boolean come = !awaits.needs().isEmpty() && assumed.containsAll(awaits.needs());
            return dated || come ? Status.MET : outcome.status();
        }
    }

    /** The words for what an outcome waits for. */
    private static String words(Set<Need> needs) {
        return needs.size() == 2 ? "a later term's or period's figures and a key worker's signed-off answer"
                : needs.contains(Need.FIGURES) ? "a later term's or period's figures" : "a key worker's signed-off answer";
    }

    private static String key(String problemId, String outcomeId) {
        return problemId + "\u0000" + outcomeId;
    }
}
