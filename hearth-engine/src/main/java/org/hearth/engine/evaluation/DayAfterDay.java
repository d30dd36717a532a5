package org.hearth.engine.evaluation;

import java.time.LocalDate;
import java.util.List;

import org.hearth.engine.plan.Plan;
import org.hearth.engine.timeline.FamilyTimeline;

/**
 * One family evaluated under one plan on later days, one after another, over its records as known on one
 * day: an outlook's search for the first day a claim would be due (docs/evaluation.md §13). Each day is
 * decided by {@link Evaluator} itself; only the problems found at engagement are worked out once for each
 * day of engagement, not again every day, as nothing a later day brings can change them: the records are
 * those known on the first day, and indicators are tested on the day of engagement, however late the day
 * evaluated. Not thread-safe: one is made for each outlook.
 */
public final class DayAfterDay {
    private final Plan plan;
    private final FamilyTimeline known;
    private final LocalDate knownOn;
    private LocalDate engagedOn;
    private List<Evaluator.Identification> atEngagement;

    /**
     * @param family  the family's timeline, taken as known on the day ({@link FamilyTimeline#asKnownOn})
     * @param knownOn that day: every day evaluated is on or after it
     */
    public DayAfterDay(Plan plan, FamilyTimeline family, LocalDate knownOn) {
        this.plan = plan;
        this.known = family.asKnownOn(knownOn);
        this.knownOn = knownOn;
    }

    /** The family evaluated on the day, exactly as {@link Evaluator#evaluate} evaluates it over the records known. */
    public FamilyEvaluation on(LocalDate day) {
        if (day.isBefore(knownOn)) {
            throw new IllegalArgumentException("the records are as known on " + knownOn
                    + ", so they cannot be evaluated on " + day + ", before it");
        }
        return Evaluator.evaluate(plan, known, day, this);
    }

    /** What was found on the day of engagement, if this run has worked it out; null if not. */
    List<Evaluator.Identification> foundOn(LocalDate day) {
        return day.equals(engagedOn) ? atEngagement : null;
    }

    void found(LocalDate day, List<Evaluator.Identification> identifications) {
        engagedOn = day;
        atEngagement = identifications;
    }
}
