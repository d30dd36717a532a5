package org.hearth.server.protection;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What disposal finds past its period on a day (a preview), or did (a run): the families under each rule, by id only,
 * those held by their claims, the rows and evaluations past their own periods, and for a run the rows deleted from
 * each table. Never a record's content.
 *
 * @param closed      families whose interventions all closed longer ago than the schedule keeps them
 * @param unengaged   families never engaged, unchanged for longer than the schedule keeps them
 * @param heldByClaims families past those periods but kept with claims whose own period runs
 * @param replacedRows rows replaced or withdrawn longer ago than the schedule keeps them
 * @param supersededEvaluations evaluations no longer current, older than the schedule keeps them, no claim standing on
 * @param rejectedImports rejected imports whose errors are older than the schedule keeps them
 * @param deleted     for a run, rows deleted by table; empty for a preview
 */
public record DisposalReport(LocalDate today, List<String> closed, List<String> unengaged, List<String> heldByClaims,
                             long replacedRows, long supersededEvaluations, long rejectedImports,
                             Map<String, Long> deleted) {

    /** The same findings, with the rows a run deleted. */
    DisposalReport with(Map<String, Long> rowsDeleted) {
        return new DisposalReport(today, closed, unengaged, heldByClaims, replacedRows, supersededEvaluations,
                rejectedImports, rowsDeleted);
    }

    /** The families to dispose of, under either rule. */
    public int families() {
        return closed.size() + unengaged.size();
    }

    /** Whether there is nothing to dispose of. */
    public boolean nothing() {
        return families() == 0 && replacedRows == 0 && supersededEvaluations == 0 && rejectedImports == 0;
    }

    /** The audit log's words for it: counts, and the families' ids. */
    String auditDetail() {
        return "as at " + today + ": closed cases " + closed.size() + " " + closed + "; never engaged " + unengaged.size()
                + " " + unengaged + "; held by claims " + heldByClaims.size() + "; replaced rows " + replacedRows
                + "; superseded evaluations " + supersededEvaluations + "; rejected imports' errors " + rejectedImports
                + "; deleted " + deleted;
    }
}
