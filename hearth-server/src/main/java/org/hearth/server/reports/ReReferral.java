package org.hearth.server.reports;

import java.time.LocalDate;
import java.util.List;

import org.hearth.engine.timeline.Intervention;

/**
 * A re-referral within six months of closure (Southwark's Early Help Strategy measures re-referrals; Southwark 3.6
 * and Sunderland count "no repeat referrals in the following 6 months"): a new intervention engaged within six
 * calendar months after an earlier one of the same family closed, that is after the earlier one's closure day and
 * no later than the same day six months on ({@link LocalDate#plusMonths}: closed on 31 August, re-referred by 28
 * February; closed on 15 January, by 15 July).
 *
 * <p>The pathway (issue 13) holds the programme's own re-referral rule; until the two meet, this is the rule the
 * service measures count by (docs/reports.md).
 *
 * @param afterClosureOf the earlier intervention whose closure it follows
 * @param closedOn       that intervention's closure day
 */
public record ReReferral(String familyId, String interventionId, LocalDate engagedOn, String afterClosureOf,
                         LocalDate closedOn) {
    static final int MONTHS = 6;

    /**
     * The re-referral the intervention is, or null: the latest closure of the family's other interventions it
     * follows within six months.
     *
     * @param family every intervention of the intervention's family
     */
    static ReReferral of(Intervention intervention, List<Intervention> family) {
        Intervention closedBefore = null;
        for (Intervention earlier : family) {
            LocalDate closed = earlier.closedOn();
            if (earlier != intervention && closed != null && intervention.engagedOn().isAfter(closed)
                    && !intervention.engagedOn().isAfter(closed.plusMonths(MONTHS))
                    && (closedBefore == null || closed.isAfter(closedBefore.closedOn()))) {
                closedBefore = earlier;
            }
        }
        return closedBefore == null ? null : new ReReferral(intervention.familyId(), intervention.interventionId(),
                intervention.engagedOn(), closedBefore.interventionId(), closedBefore.closedOn());
    }
}
