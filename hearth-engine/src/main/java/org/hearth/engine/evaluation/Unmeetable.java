package org.hearth.engine.evaluation;

import org.hearth.engine.measure.AnyOf;
import org.hearth.engine.measure.CountInWindow;
import org.hearth.engine.measure.Measure;
import org.hearth.engine.measure.RecordSelection;
import org.hearth.engine.measure.StatusHeld;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.TimelineRecord;

/**
 * Which measures a family cannot meet on any day, because each needs a record of a kind the family
 * has none of. Lets the search for an emerging problem (docs/evaluation.md §4) leave out indicators
 * that cannot hold on any monthly anniversary, without changing which day, if any, one first holds.
 *
 * <p>Deliberately narrow: a measure is called unmeetable only where its rule makes that certain.
 * A count needs at least one selected record in its window; a status must be held by someone, which
 * takes a selected spell; "any of" needs one of its parts. Every other measure may be met.
 * ("All of" is not among them: a part that does not apply is passed over, not failed.)
 */
final class Unmeetable {
    private Unmeetable() {
    }

    /** True when no day exists on which the family meets the measure. */
    static boolean onAnyDay(Measure measure, FamilyTimeline family) {
        if (measure instanceof CountInWindow count) {
            return noneSelected(count.selection(), family);
        }
        if (measure instanceof StatusHeld status) {
            return noneSelected(status.selection(), family);
        }
        if (measure instanceof AnyOf any) {
            for (Measure part : any.of()) {
                if (!onAnyDay(part, family)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean noneSelected(RecordSelection selection, FamilyTimeline family) {
        for (TimelineRecord record : family.records(selection.kind())) {
            if (selection.matches(record)) {
                return false;
            }
        }
        return true;
    }
}
