package org.hearth.engine.outlook;

import java.time.LocalDate;

import org.hearth.engine.explain.Explanation;
import org.hearth.engine.measure.Status;

/**
 * An outcome of an identified problem not met on the review date, and the first later day on which it
 * would be met if nothing new were recorded (docs/evaluation.md §13).
 *
 * @param statusOnReviewDate not met, too early or not applicable
 * @param earliestMetOn      the first day after the review date, up to the outlook's last day, on which the
 *                           outcome would be met; null when there is none
 * @param waitsForSignOff    the outcome cannot be met without a key worker's signed-off yes
 *                           ({@code Measure#needsKeyWorkersAnswer}) and the answers held meet it on no day
 *                           looked at: it waits for an answer, not for a day
 * @param waitsForFigures    the outcome has no date and reads figures reported only when a term or period ends
 *                           ({@code Outcome#readsFiguresReportedAtPeriodEnd}: attendance, Universal Credit earnings),
 *                           of which the family's records hold some: a series under way, never held for a term or
 *                           period ending after the review date, so figures a later extract brings may meet it, and
 *                           the records held cannot say whether they will
 * @param missing            why it is not met on the review date: its explanation then
 * @param stillMissing       why it is still not met on the outlook's last day (what it lacks then: a term's
 *                           attendance not held, a window not yet clear), or null when it is met by then
 */
public record OutcomeOutlook(String problemId, String outcomeId, Status statusOnReviewDate, LocalDate earliestMetOn,
                             boolean waitsForSignOff, boolean waitsForFigures, Explanation missing,
                             Explanation stillMissing) {
}
