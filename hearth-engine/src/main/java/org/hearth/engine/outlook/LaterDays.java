package org.hearth.engine.outlook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hearth.engine.evaluation.EvaluationException;
import org.hearth.engine.evaluation.OutcomeResult;
import org.hearth.engine.evaluation.Outcomes;
import org.hearth.engine.measure.MeasureContext;
import org.hearth.engine.measure.MeetableDays;
import org.hearth.engine.plan.Outcome;
import org.hearth.engine.plan.Plan;
import org.hearth.engine.timeline.FamilyTimeline;

/**
 * The first day after the review date on which each followed outcome would be met, over the family's records
 * as known on the review date. Each outcome is tested on a day exactly as evaluation tests it
 * ({@link Outcomes#measured}, in a review context for that day and the day its problem was identified), so
 * ages, school terms, windows and thresholds are those of the day: nothing is worked out from the review
 * date's explanation. The outcomes tested on one day share that day's context, as evaluation's do, and the
 * days' contexts are one run ({@link MeasureContext#onDay}), so that what a term measure decided carries over
 * to the later days on which its terms, members and threshold are the same. A problem
 * identified by the review date is identified on every later day by the same indicators on the same day
 * (the intervention and the records are those known on the review date, and an emerging problem is the first
 * monthly anniversary on which one held), so the result is the one evaluating the later day gives.
 *
 * <p><b>Days skipped.</b> An outcome is met only when its measure is (both measures, for a two-part outcome),
 * and a measure cannot be met on a day its {@link MeetableDays} rule out: those days are ruled out only where
 * the measure's own rule makes it certain from the records, and the records tested here are fixed (the
 * timeline as known on the review date). So an outcome is tested only on the days its measures may be met,
 * jumping from one to the next ({@link MeetableDays#firstFrom}), and the first day found is the first day
 * evaluation would find. Not thread-safe: one is made for each outlook.
 */
final class LaterDays {
    private final Plan plan;
    private final FamilyTimeline known;
    private final LocalDate asOf;
    private final LocalDate lastDay;
    private final List<Followed> followed = new ArrayList<>();

    /** @param known the family's timeline as known on the review date */
    LaterDays(Plan plan, FamilyTimeline known, LocalDate asOf, LocalDate lastDay) {
        this.plan = plan;
        this.known = known;
        this.asOf = asOf;
        this.lastDay = lastDay;
    }

    /** An outcome tested for a problem identified on a day; its first day met, once searched. */
    private static final class Followed {
        final Outcome outcome;
        final LocalDate identifiedOn;
        final MeetableDays first;
        final MeetableDays second;
        LocalDate next;
        LocalDate metOn;

        Followed(Outcome outcome, LocalDate identifiedOn, FamilyTimeline known) {
            this.outcome = outcome;
            this.identifiedOn = identifiedOn;
            this.first = (outcome.twoPart() ? outcome.significant() : outcome.measure()).meetableDays(known, outcome.id());
            this.second = outcome.twoPart() ? outcome.sustained().meetableDays(known, outcome.id()) : null;
        }

        /** The first day from the given one on which every measure of the outcome may be met; null for none. */
        LocalDate mayBeMetFrom(LocalDate day) {
            LocalDate from = day;
            while (true) {
                LocalDate one = first.firstFrom(from);
                LocalDate both = one == null || second == null ? one : second.firstFrom(one);
                if (both == null || both.equals(one)) {
                    return both;
                }
                from = both;
            }
        }
    }

    /**
     * Follows the outcome tested for a problem identified on the day (once for each outcome and day), and
     * says which it is, for {@link #firstMet}.
     */
    int follow(Outcome outcome, LocalDate identifiedOn) {
        for (int i = 0; i < followed.size(); i++) {
            if (followed.get(i).outcome.id().equals(outcome.id()) && followed.get(i).identifiedOn.equals(identifiedOn)) {
                return i;
            }
        }
        followed.add(new Followed(outcome, identifiedOn, known));
        return followed.size() - 1;
    }

    /** Tests every followed outcome day after day, each on the days it may be met, until it is met or the last day. */
    void search() {
        LocalDate dayAfter = asOf.plusDays(1);
        for (Followed outcome : followed) {
            outcome.next = outcome.mayBeMetFrom(dayAfter);
        }
        MeasureContext review = null;
        for (LocalDate day = earliestNext(); day != null && !day.isAfter(lastDay); day = earliestNext()) {
            // Day after day in one run, so that term measures' answers carry over until a term ends.
            review = review == null ? MeasureContext.review(known, day, day).forPlan(plan.id()) : review.onDay(day);
            for (Followed outcome : followed) {
                if (day.equals(outcome.next)) {
                    if (test(outcome, review).met()) {
                        outcome.metOn = day;
                        outcome.next = null;
                    } else {
                        outcome.next = outcome.mayBeMetFrom(day.plusDays(1));
                    }
                }
            }
        }
    }

    private LocalDate earliestNext() {
        LocalDate earliest = null;
        for (Followed outcome : followed) {
            if (outcome.next != null && (earliest == null || outcome.next.isBefore(earliest))) {
                earliest = outcome.next;
            }
        }
        return earliest;
    }

    private OutcomeResult test(Followed outcome, MeasureContext review) {
        try {
            return Outcomes.measured(outcome.outcome, review.identifiedOn(outcome.identifiedOn));
        } catch (RuntimeException e) {
            throw EvaluationException.of(plan, known.familyId(), review.referenceDay(), e);
        }
    }

    /** The first day after the review date, up to the last day, on which the followed outcome is met; null for none. */
    LocalDate firstMet(int which) {
        return followed.get(which).metOn;
    }

    /** The followed outcome tested on the last day looked at: why it is still not met then. */
    OutcomeResult onLastDay(int which) {
        return test(followed.get(which), MeasureContext.review(known, lastDay, lastDay).forPlan(plan.id()));
    }
}
