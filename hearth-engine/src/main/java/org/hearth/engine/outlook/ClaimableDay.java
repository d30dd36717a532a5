package org.hearth.engine.outlook;

import java.time.LocalDate;

import org.hearth.engine.evaluation.DayAfterDay;
import org.hearth.engine.evaluation.Evaluator;
import org.hearth.engine.evaluation.FamilyEvaluation;
import org.hearth.engine.evaluation.OutcomeResult;
import org.hearth.engine.evaluation.ProblemEvaluation;
import org.hearth.engine.plan.ClaimRoute;
import org.hearth.engine.plan.Indicator;
import org.hearth.engine.plan.Plan;
import org.hearth.engine.plan.Problem;
import org.hearth.engine.plan.ProgressRule;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.Intervention;

/**
 * The first day on which an engaged family's claim would be due if nothing new were recorded after the review
 * date. Each day tested is decided by the evaluator itself ({@link Evaluator#evaluate} over the timeline as known
 * on the review date, which a later day leaves as it is, day after day: {@link DayAfterDay}), so problems that
 * would emerge, progress rules, claim routes and their further tests are the evaluator's own. What is worked out
 * here is only the first day worth testing, from what the claim needs (docs/evaluation.md §8); every bound is a
 * day before which the claim cannot be due, never a guess:
 * <ul>
 * <li>A family not eligible on the review date is not on any later day: eligibility is decided at engagement,
 * and nothing about engagement changes in the records as known on the review date.
 * <li>Significant and sustained progress needs progress on every problem identified on the review date, and
 * progress on a problem, by any rule, needs one of the outcomes that count for it met: not before the first
 * day one is met ({@link LaterDays}). An outcome of a problem that may still emerge (a plan that follows
 * emerging problems, an indicator that may yet hold) may count on any day.
 * <li>Continuous employment needs its outcome met: not before the first day it is, tested as the claim tests
 * it (the problem's own result where it is relevant, otherwise for the family from engagement), or any day
 * when its problem may still emerge.
 * </ul>
 */
final class ClaimableDay {
    private final Plan plan;
    private final FamilyTimeline known;
    private final FamilyEvaluation review;
    private final LaterDays later;
    private final boolean mayBecomeDue;
    /** For each problem and outcome, its place among the outcomes followed, or -1 when it is not followed. */
    private final int[][] followed;
    /** For each claim route, the place of its outcome tested for the family, or -1. */
    private final int[] forTheFamily;

    /**
     * Follows, in {@code later}, the outcome of each continuous employment route that the claim would test for
     * the family; {@link #find} is asked once {@link LaterDays#search} has run.
     *
     * @param followed for each problem and outcome, its place among the outcomes {@code later} follows: every
     *                 relevant outcome of an identified problem not met on the review date; -1 for the others
     */
    ClaimableDay(Plan plan, FamilyTimeline known, FamilyEvaluation review, LaterDays later, int[][] followed) {
        this.plan = plan;
        this.known = known;
        this.review = review;
        this.later = later;
        this.followed = followed;
        this.mayBecomeDue = !review.claim().claimable() && review.eligible();
        this.forTheFamily = new int[plan.programme().claimRoutes().size()];
        for (int k = 0; k < forTheFamily.length; k++) {
            ClaimRoute route = plan.programme().claimRoutes().get(k);
            forTheFamily[k] = mayBecomeDue && route.route() == ClaimRoute.Route.CONTINUOUS_EMPLOYMENT
                    && ownResult(route) == null && !mayEmergeLater(plan.problemOf(route.outcome()))
                    ? later.follow(plan.outcome(route.outcome()), review.identifiedOn()) : -1;
        }
    }

    /** The first day, from the review date to the last day, on which the claim is due; null when there is none. */
    LocalDate find(LocalDate lastDay) {
        if (review.claim().claimable()) {
            return review.asOf();
        }
        if (!mayBecomeDue) {
            return null;
        }
        LocalDate from = null;
        for (int k = 0; k < forTheFamily.length; k++) {
            ClaimRoute route = plan.programme().claimRoutes().get(k);
            from = earlier(from, switch (route.route()) {
                case SIGNIFICANT_AND_SUSTAINED_PROGRESS -> progressEverywhere();
                case CONTINUOUS_EMPLOYMENT -> employment(route, k);
            });
        }
        from = from == null || from.isAfter(dayAfter()) ? from : dayAfter();
        DayAfterDay days = new DayAfterDay(plan, known, review.asOf());
        for (LocalDate day = from; day != null && !day.isAfter(lastDay); day = day.plusDays(1)) {
            if (days.on(day).claim().claimable()) {
                return day;
            }
        }
        return null;
    }

    /** The first day every problem identified on the review date may show progress; null for none. */
    private LocalDate progressEverywhere() {
        LocalDate latest = dayAfter();
        for (int i = 0; i < followed.length; i++) {
            if (!review.problems().get(i).identified()) {
                continue;
            }
            LocalDate earliest = null;
            for (int j = 0; j < followed[i].length; j++) {
                earliest = earlier(earliest, firstMet(i, j));
            }
            if (plan.problems().get(i).progress().rule() == ProgressRule.Rule.ONE_RELEVANT_OUTCOME) {
                earliest = earlier(earliest, firstEvidenced(plan.problems().get(i).id()));
            }
            if (earliest == null) {
                return null;
            }
            latest = earliest.isAfter(latest) ? earliest : latest;
        }
        return latest;
    }

    /** The first day an outcome of another problem that also evidences this one may be met; null for none. */
    private LocalDate firstEvidenced(String problemId) {
        LocalDate earliest = null;
        for (int k = 0; k < followed.length; k++) {
            Problem other = plan.problems().get(k);
            boolean identified = review.problems().get(k).identified();
            for (int j = 0; j < other.outcomes().size(); j++) {
                if (other.outcomes().get(j).alsoEvidences().contains(problemId)) {
                    earliest = earlier(earliest, identified ? firstMet(k, j) : mayEmergeLater(other) ? dayAfter() : null);
                }
            }
        }
        return earliest;
    }

    /** The first day the route's outcome may be met as the claim tests it; null for none. */
    private LocalDate employment(ClaimRoute route, int k) {
        if (forTheFamily[k] >= 0) {
            return later.firstMet(forTheFamily[k]);
        }
        if (mayEmergeLater(plan.problemOf(route.outcome()))) {
            return dayAfter();
        }
        int[] at = ownResult(route);
        return firstMet(at[0], at[1]);
    }

    /** Where the route's outcome is its identified problem's own relevant result: the problem's and outcome's places. */
    private int[] ownResult(ClaimRoute route) {
        for (int i = 0; i < plan.problems().size(); i++) {
            ProblemEvaluation problem = review.problems().get(i);
            for (int j = 0; j < problem.outcomes().size(); j++) {
                OutcomeResult result = problem.outcomes().get(j);
                if (result.outcomeId().equals(route.outcome()) && result.relevant()) {
                    return new int[] {i, j};
                }
            }
        }
        return null;
    }

    /** The first day the outcome of an identified problem is met: the review date when it is met already. */
    private LocalDate firstMet(int problem, int outcome) {
        OutcomeResult result = review.problems().get(problem).outcomes().get(outcome);
        if (!result.relevant()) {
            return null;
        }
        return result.met() ? review.asOf() : later.firstMet(followed[problem][outcome]);
    }

    /**
     * True when the problem, not identified by the review date, may still emerge: the plan follows emerging
     * problems, the case is open, and one of its indicators may be met on some day ({@code MeetableDays}).
     */
    private boolean mayEmergeLater(Problem problem) {
        Intervention intervention = known.interventionOn(review.asOf());
        if (!plan.programme().emergingProblems() || intervention == null || intervention.closedBy(review.asOf())
                || review.problem(problem.id()).identified()) {
            return false;
        }
        for (Indicator indicator : problem.indicators()) {
            if (!indicator.test().meetableDays(known).none()) {
                return true;
            }
        }
        return false;
    }

    private LocalDate dayAfter() {
        return review.asOf().plusDays(1);
    }

    /** The earlier of two days, null meaning none. */
    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }
}
