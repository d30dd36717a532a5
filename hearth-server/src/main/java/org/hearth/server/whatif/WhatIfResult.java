package org.hearth.server.whatif;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.hearth.io.screening.ScreeningWorklist;

/**
 * Every family evaluated on the data held under the plan in force on the review date and under a draft, and the
 * families whose decisions would differ, in family order.
 *
 * @param inForce the plan in force: its id, version and title
 * @param draft the draft: its id, version and title, and the name and SHA-256 of its file
 * @param families how many families were evaluated under both
 * @param draftWorklist the identification worklist under the draft: the families it makes eligible that are not
 *                      engaged in an intervention on the day
 */
public record WhatIfResult(PlanNamed inForce, PlanNamed draft, String draftSha256, String draftFileName, LocalDate asOf,
                           long dataImportId, int families, List<FamilyDifference> differences,
                           ScreeningWorklist draftWorklist) {

    /** A plan as the comparison names it. */
    public record PlanNamed(String id, String version, String title) {
    }

    /**
     * How many families one kind of decision would change for, and which way: yes under the draft only (made
     * eligible, identified, progress found, made claimable), yes under the plan in force only, or (a claim) by another
     * route.
     */
    public record Count(Change.What what, long families, long gained, long lost, long changed) {
    }

    /** The counts of each kind of decision, in the order the page and the API give them. */
    public List<Count> counts() {
        return Arrays.stream(Change.What.values()).map(what -> new Count(what, changed(what),
                changed(what, Change.Shift.GAINED), changed(what, Change.Shift.LOST), changed(what, Change.Shift.CHANGED)))
                .toList();
    }

    /** The families any of whose decisions would change. */
    public int familiesChanged() {
        return differences.size();
    }

    /** The families for which a decision of this kind would change. */
    public long changed(Change.What what) {
        return differences.stream().filter(family -> family.changes().stream().anyMatch(one -> one.what() == what)).count();
    }

    /** The families for which a decision of this kind would change this way. */
    public long changed(Change.What what, Change.Shift shift) {
        return differences.stream().filter(family -> family.changes().stream()
                .anyMatch(one -> one.what() == what && one.shift() == shift)).count();
    }
}
