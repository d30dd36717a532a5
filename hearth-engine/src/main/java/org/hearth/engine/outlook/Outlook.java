package org.hearth.engine.outlook;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.hearth.engine.evaluation.Evaluator;
import org.hearth.engine.evaluation.FamilyEvaluation;
import org.hearth.engine.evaluation.OutcomeResult;
import org.hearth.engine.evaluation.ProblemEvaluation;
import org.hearth.engine.explain.Explanation;
import org.hearth.engine.plan.Outcome;
import org.hearth.engine.plan.Plan;
import org.hearth.engine.timeline.FamilyTimeline;

/**
 * What a family still needs, and when it could have it (docs/evaluation.md §13): evaluated under a plan on
 * a review date, for each outcome of an identified problem not met, the first later day it would be met, and
 * the first day the family's claim would be due, if nothing new were recorded after the review date.
 *
 * <p>The later days are decided by evaluation itself over the family's records as known on the review date
 * ({@link FamilyTimeline#asKnownOn}): an open spell stays open, nothing ends, starts or is answered that was
 * not recorded by then. A pure function, like {@link Evaluator#evaluate}: no clock, no state kept between
 * calls, safe on many threads at once.
 *
 * <p>A family not engaged on the review date has no outlook: its problems are identified as at each day
 * itself (docs/evaluation.md §1), so no help has begun whose progress could be followed.
 */
public final class Outlook {
    private Outlook() {
    }

    /** The family's outlook over the twelve months after the review date. */
    public static FamilyOutlook of(Plan plan, FamilyTimeline family, LocalDate asOf) {
        return following(plan, family, Evaluator.evaluate(plan, family, asOf));
    }

    /**
     * The family's outlook over the given number of days after the review date (or to the last day its
     * school calendar covers, if earlier).
     */
    public static FamilyOutlook of(Plan plan, FamilyTimeline family, LocalDate asOf, int horizonDays) {
        return following(plan, family, Evaluator.evaluate(plan, family, asOf), horizonDays);
    }

    /**
     * As {@link #of(Plan, FamilyTimeline, LocalDate)}, after a review already made: {@code review} is what
     * {@link Evaluator#evaluate} gave for this family under this plan on its review date, so that a caller that
     * keeps the evaluation (the server stores it beside the outlook) does not evaluate the family twice.
     *
     * @throws IllegalArgumentException if the review is of another family, plan or plan version
     */
    public static FamilyOutlook following(Plan plan, FamilyTimeline family, FamilyEvaluation review) {
        LocalDate asOf = review.asOf();
        return following(plan, family, review, (int) ChronoUnit.DAYS.between(asOf, asOf.plusMonths(12)));
    }

    private static FamilyOutlook following(Plan plan, FamilyTimeline family, FamilyEvaluation review, int horizonDays) {
        if (horizonDays < 0) {
            throw new IllegalArgumentException("the horizon is a number of days after the review date: " + horizonDays);
        }
        if (!review.familyId().equals(family.familyId()) || !review.planId().equals(plan.id())
                || !review.planVersion().equals(plan.version())) {
            throw new IllegalArgumentException("the review is of family " + review.familyId() + " under "
                    + review.planId() + " " + review.planVersion() + ", not of family " + family.familyId() + " under "
                    + plan.id() + " " + plan.version());
        }
        LocalDate asOf = review.asOf();
        LocalDate horizon = asOf.plusDays(horizonDays);
        LocalDate calendarEnd = family.calendar().lastCoveredDay();
        LocalDate lastDay = horizon.isAfter(calendarEnd) ? calendarEnd : horizon;
        if (review.interventionId() == null) {
            return new FamilyOutlook(review.familyId(), plan.id(), plan.version(), asOf, lastDay, false, List.of(), null);
        }
        FamilyTimeline known = family.asKnownOn(asOf);

        LaterDays later = new LaterDays(plan, known, asOf, lastDay);
        List<Unmet> unmet = new ArrayList<>();
        int[][] followed = new int[plan.problems().size()][];
        for (int i = 0; i < followed.length; i++) {
            ProblemEvaluation problem = review.problems().get(i);
            List<Outcome> outcomes = plan.problems().get(i).outcomes();
            followed[i] = new int[problem.outcomes().size()];
            for (int j = 0; j < followed[i].length; j++) {
                OutcomeResult result = problem.outcomes().get(j);
                followed[i][j] = result.relevant() && !result.met()
                        ? later.follow(outcomes.get(j), problem.identifiedOn()) : -1;
                if (followed[i][j] >= 0) {
                    unmet.add(new Unmet(problem.problemId(), outcomes.get(j), result, followed[i][j]));
                }
            }
        }
        ClaimableDay claim = new ClaimableDay(plan, known, review, later, followed);
        later.search();

        List<OutcomeOutlook> outlooks = new ArrayList<>(unmet.size());
        for (Unmet outcome : unmet) {
            LocalDate metOn = later.firstMet(outcome.followed());
            Explanation stillMissing = metOn == null ? later.onLastDay(outcome.followed()).explanation() : null;
            outlooks.add(new OutcomeOutlook(outcome.problemId(), outcome.outcome().id(), outcome.result().status(), metOn,
                    metOn == null && outcome.outcome().needsKeyWorkersAnswer(),
                    metOn == null && figuresUnderWay(outcome.outcome(), known), outcome.result().explanation(),
                    stillMissing));
        }
        return new FamilyOutlook(review.familyId(), plan.id(), plan.version(), asOf, lastDay, true, outlooks,
                claim.find(lastDay));
    }

    /**
     * The outcome reads figures reported when a term or period ends, of which the family's records hold some: a
     * series under way, whose next term or period only a later extract can bring ({@link OutcomeOutlook#waitsForFigures}).
     */
    private static boolean figuresUnderWay(Outcome outcome, FamilyTimeline known) {
        return outcome.readsFiguresReportedAtPeriodEnd().stream().anyMatch(kind -> !known.records(kind).isEmpty());
    }

    /** An outcome not met on the review date, and its place among the outcomes followed. */
    private record Unmet(String problemId, Outcome outcome, OutcomeResult result, int followed) {
    }
}
