package org.hearth.engine.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.hearth.engine.HearthException;
import org.hearth.engine.explain.Explanation;
import org.hearth.engine.measure.MeasureContext;
import org.hearth.engine.measure.MeetableDays;
import org.hearth.engine.measure.Status;
import org.hearth.engine.plan.Indicator;
import org.hearth.engine.plan.Plan;
import org.hearth.engine.plan.Problem;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.Intervention;
import org.hearth.engine.timeline.Membership;
import org.hearth.engine.timeline.Person;

/**
 * Decides, for one family under one plan as at a review date, which problems the family has, whether
 * it is eligible, what progress it has made on each problem and outcome, and whether a claim is due.
 *
 * <p>A pure function: the same plan, timeline and date always give the same result; it reads no
 * clock, file or global, so it runs alike in a test, the CLI, the server or a distributed engine.
 * The rules are set out in docs/evaluation.md.
 */
public final class Evaluator {
    private Evaluator() {
    }

    /**
     * Evaluates the family under the plan as at the review date, on its records as they stood that
     * day ({@link FamilyTimeline#asKnownOn}): nothing learnt after the review date may decide.
     */
    public static FamilyEvaluation evaluate(Plan plan, FamilyTimeline family, LocalDate asOf) {
        return evaluate(plan, family, asOf, null);
    }

    /**
     * As {@link #evaluate}, with what earlier days of the same run found at engagement (null for none): see
     * {@link DayAfterDay}.
     */
    static FamilyEvaluation evaluate(Plan plan, FamilyTimeline family, LocalDate asOf, DayAfterDay run) {
        if (!family.calendar().covers(asOf)) {
            throw new HearthException("the school calendar ends on " + family.calendar().lastCoveredDay()
                    + "; it cannot answer for the review date " + asOf + ": add the later terms to school_terms.csv");
        }
        try {
            return decide(plan, family.asKnownOn(asOf), asOf, run);
        } catch (RuntimeException e) {
            throw EvaluationException.of(plan, family.familyId(), asOf, e);
        }
    }

    private static FamilyEvaluation decide(Plan plan, FamilyTimeline family, LocalDate asOf, DayAfterDay run) {
        Intervention intervention = family.interventionOn(asOf);
        LocalDate identifiedOn = intervention != null ? intervention.engagedOn() : asOf;

        List<Identification> atEngagement = run == null ? null : run.foundOn(identifiedOn);
        if (atEngagement == null) {
            atEngagement = identify(plan, family, identifiedOn);
            if (run != null) {
                run.found(identifiedOn, atEngagement);
            }
        }
        List<Identification> identifications = new ArrayList<>(atEngagement);
        int initial = 0;
        for (Identification found : atEngagement) {
            initial += found.identified() ? 1 : 0;
        }
        if (plan.programme().emergingProblems() && intervention != null) {
            emerge(plan, family, intervention, identifiedOn, asOf, identifications);
        }

        boolean hasChild = hasChild(plan, family, identifiedOn);
        Explanation eligibility = eligibility(plan, identifiedOn, initial, hasChild);
        boolean eligible = initial >= plan.programme().eligibility().minimumProblems() && hasChild;

        // Each problem's outcome results, in the plan's order of problems.
        List<List<OutcomeResult>> outcomesByProblem = new ArrayList<>(plan.problems().size());
        MeasureContext review = MeasureContext.review(family, asOf, identifiedOn).forPlan(plan.id());
        for (int i = 0; i < plan.problems().size(); i++) {
            Problem problem = plan.problems().get(i);
            Identification found = identifications.get(i);
            outcomesByProblem.add(found.identified()
                    ? outcomes(problem, found, review.identifiedOn(found.on()))
                    : List.of());
        }

        List<ProblemEvaluation> problems = new ArrayList<>();
        for (int i = 0; i < plan.problems().size(); i++) {
            Problem problem = plan.problems().get(i);
            Identification found = identifications.get(i);
            List<OutcomeResult> outcomes = outcomesByProblem.get(i);
            Progress.Decision progress = found.identified()
                    ? Progress.decide(plan, i, outcomesByProblem)
                    : new Progress.Decision(false, Explanation.of("the problem was not identified"));
            problems.add(new ProblemEvaluation(problem.id(), found.identified(), found.by(), found.on(), found.emerged(),
                    found.indicators(), outcomes, progress.met(), progress.explanation()));
        }

        ClaimDecision claim = Claims.decide(plan, family, asOf, intervention, identifiedOn, eligible, problems);
        return new FamilyEvaluation(family.familyId(), plan.id(), plan.version(), asOf,
                intervention == null ? null : intervention.interventionId(), identifiedOn, eligible, eligibility,
                problems, claim);
    }

    /** Each problem of the plan identified, or not, on the day (of engagement), in the plan's order. */
    private static List<Identification> identify(Plan plan, FamilyTimeline family, LocalDate day) {
        List<Identification> identifications = new ArrayList<>(plan.problems().size());
        MeasureContext context = MeasureContext.identification(family, day).forPlan(plan.id());
        for (Problem problem : plan.problems()) {
            identifications.add(identify(problem, context));
        }
        return List.copyOf(identifications);
    }

    /** Tests the problem's indicators in the context of one day; each explains itself only when read. */
    private static Identification identify(Problem problem, MeasureContext context) {
        LocalDate day = context.referenceDay();
        List<Indicator> indicators = problem.indicators();
        IndicatorResult[] results = new IndicatorResult[indicators.size()];
        String[] by = new String[results.length];
        int met = 0;
        for (int i = 0; i < results.length; i++) {
            Indicator indicator = indicators.get(i);
            IndicatorResult result = IndicatorResult.decided(indicator.id(), indicator.test(), context);
            results[i] = result;
            if (result.met()) {
                by[met++] = indicator.id();
            }
        }
        // Made once as unmodifiable lists, so that the problem's result keeps them without a copy.
        return new Identification(met > 0, List.of(Arrays.copyOf(by, met)), met == 0 ? null : day, false,
                List.of(results));
    }

    /**
     * Problems not present at engagement that emerged later: their indicators are tested on each
     * monthly anniversary of engagement up to the review date (or the case's closure), and the first
     * day on which one holds is the day the problem was identified. The problems are tested together,
     * day by day, so that what is worked out for a day serves them all.
     *
     * @param identifications each problem's identification at engagement, in the plan's order; those
     *                        that emerged are replaced
     */
    private static void emerge(Plan plan, FamilyTimeline family, Intervention intervention, LocalDate engagedOn,
                               LocalDate asOf, List<Identification> identifications) {
        List<Problem> problems = plan.problems();
        List<List<Possible>> possible = new ArrayList<>(problems.size());
        int pending = 0;
        for (int i = 0; i < problems.size(); i++) {
            List<Possible> canBeMet = identifications.get(i).identified() ? List.<Possible>of()
                    : possible(problems.get(i), family);
            possible.add(canBeMet);
            pending += canBeMet.isEmpty() ? 0 : 1;
        }
        LocalDate last = intervention.closedBy(asOf) ? intervention.closedOn() : asOf;
        // Day after day in one run, so that term measures' answers carry over until a term ends.
        MeasureContext days = MeasureContext.identification(family, engagedOn).forPlan(plan.id());
        for (int month = 1; pending > 0; month++) {
            LocalDate day = engagedOn.plusMonths(month);
            if (day.isAfter(last)) {
                break;
            }
            MeasureContext context = days.onDay(day);
            days = context;
            for (int i = 0; i < problems.size(); i++) {
                // Only an indicator that can be met decides the day; the day's full result is then
                // taken as before, every indicator tested, so that it reads exactly as it always has.
                if (!possible.get(i).isEmpty() && anyMet(possible.get(i), context)) {
                    Identification later = identify(problems.get(i), context);
                    identifications.set(i, new Identification(true, later.by(), later.on(), true, later.indicators()));
                    possible.set(i, List.of());
                    pending--;
                }
            }
        }
    }

    /** The problem's indicators that can be met on some day, given the family's records, and those days. */
    private static List<Possible> possible(Problem problem, FamilyTimeline family) {
        List<Possible> possible = new ArrayList<>(problem.indicators().size());
        for (Indicator indicator : problem.indicators()) {
            MeetableDays days = indicator.test().meetableDays(family);
            if (!days.none()) {
                possible.add(new Possible(indicator, days));
            }
        }
        return possible;
    }

    /** True when one of the indicators is met on the context's day; tested only where it may be. */
    private static boolean anyMet(List<Possible> indicators, MeasureContext context) {
        for (int i = 0; i < indicators.size(); i++) {
            Possible possible = indicators.get(i);
            if (possible.days().includes(context.referenceDay())
                    && IndicatorResult.status(possible.indicator().id(), possible.indicator().test(), context) == Status.MET) {
                return true;
            }
        }
        return false;
    }

    /** An indicator and the days on which the family may meet it. */
    private record Possible(Indicator indicator, MeetableDays days) {
    }

    private static List<OutcomeResult> outcomes(Problem problem, Identification found, MeasureContext review) {
        OutcomeResult[] results = new OutcomeResult[problem.outcomes().size()];
        for (int i = 0; i < results.length; i++) {
            results[i] = Outcomes.evaluate(problem.outcomes().get(i), found.by(), review);
        }
        return List.of(results); // made once, so that the problem's result keeps it without a copy
    }

    private static boolean hasChild(Plan plan, FamilyTimeline family, LocalDate day) {
        Integer under = plan.programme().eligibility().childUnderAge();
        if (under == null) {
            return true;
        }
        for (Membership member : family.membersOn(day)) {
            Person person = family.person(member.personId());
            if (person != null && person.ageOn(day) < under) {
                return true;
            }
        }
        return false;
    }

    private static Explanation eligibility(Plan plan, LocalDate day, int identified, boolean hasChild) {
        int needed = plan.programme().eligibility().minimumProblems();
        Integer under = plan.programme().eligibility().childUnderAge();
        String pattern = under == null ? "%d of %d problems identified on %s, at least %d needed"
                : hasChild ? "%d of %d problems identified on %s, at least %d needed; the family includes someone under %d"
                : "%d of %d problems identified on %s, at least %d needed; the family includes no one under %d, so it is "
                        + "not a family under this plan";
        return Explanation.of(pattern, identified, plan.problems().size(), day, needed, under);
    }

    /** How a problem was identified: by which indicators, on which day, at engagement or later. */
    record Identification(boolean identified, List<String> by, LocalDate on, boolean emerged,
                          List<IndicatorResult> indicators) {
    }
}
