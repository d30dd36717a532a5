package org.hearth.engine.outlook;

import java.time.LocalDate;
import java.util.List;

/**
 * A family's outlook under a plan on a review date (docs/evaluation.md §13): for each outcome of an
 * identified problem not met that day, the first later day it would be met, and the first day the
 * family's claim would be due, if nothing new were recorded after the review date.
 *
 * @param lastDay     the last day looked at: the end of the horizon, or the last day the school calendar
 *                    covers, if earlier
 * @param engaged     the family was engaged on the review date; one that was not has no outlook: no outcomes, no
 *                    claim
 * @param outcomes    the outcomes not met on the review date (not relevant ones left out), in the plan's order
 * @param claimableOn the first day, from the review date to the last day, on which a claim is due (the review
 *                    date itself when it is due already); null when there is none
 */
public record FamilyOutlook(String familyId, String planId, String planVersion, LocalDate asOf, LocalDate lastDay,
                            boolean engaged, List<OutcomeOutlook> outcomes, LocalDate claimableOn) {

    public FamilyOutlook {
        outcomes = List.copyOf(outcomes);
    }

    /** The first day one of the outcomes not met on the review date would be met; null when none would be. */
    public LocalDate nextOutcomeOn() {
        LocalDate next = null;
        for (OutcomeOutlook outcome : outcomes) {
            LocalDate day = outcome.earliestMetOn();
            if (day != null && (next == null || day.isBefore(next))) {
                next = day;
            }
        }
        return next;
    }

    /** How many of the outcomes not met on the review date wait for a key worker's signed-off answer. */
    public int awaitingSignOff() {
        int awaiting = 0;
        for (OutcomeOutlook outcome : outcomes) {
            if (outcome.waitsForSignOff()) {
                awaiting++;
            }
        }
        return awaiting;
    }

    /** The outlook of the outcome with the given id, or null when it is met, not relevant or not the plan's. */
    public OutcomeOutlook outcome(String outcomeId) {
        for (OutcomeOutlook outcome : outcomes) {
            if (outcome.outcomeId().equals(outcomeId)) {
                return outcome;
            }
        }
        return null;
    }
}
