package org.hearth.server.pathway;

import java.time.LocalDate;
import java.util.List;

import org.hearth.engine.timeline.Intervention;

/**
 * An intervention that began within six months of an earlier one's closure, for the same family: a re-referral,
 * which Southwark's Early Help Strategy counts because a family back so soon may have been stepped down or closed
 * too early.
 *
 * <p>The rule: the earlier intervention is the family's other intervention with the latest closure on or before the
 * new one's engagement; the new one is a re-referral when it was engaged on or before the same day six calendar
 * months after that closure, that day included ({@link LocalDate#plusMonths}: a closure on 15 March counts to 15
 * September; one on 31 August to 28 February, or 29 February in a leap year, since February has no 31st). An
 * engagement on the closure day itself counts. An intervention engaged while another was still open is not a
 * re-referral of it: the family never left.
 *
 * <p>This is the one re-referral rule: the family page, the pathway report and the reports' service measures
 * (org.hearth.server.reports) all count by it.
 *
 * @param earlierInterventionId the intervention that closed before
 * @param lastDayCounted the last day on which a new engagement is a re-referral of that closure
 */
public record ReReferral(String earlierInterventionId, LocalDate earlierClosedOn, String earlierClosureReason,
                  LocalDate lastDayCounted) {
    /** How long after a closure a new engagement is a re-referral: six calendar months. */
    static final int MONTHS = 6;

    /** The last day on which a new engagement is a re-referral of a closure on {@code closedOn}. */
    static LocalDate lastDayCounted(LocalDate closedOn) {
        return closedOn.plusMonths(MONTHS);
    }

    /**
     * Whether {@code later} is a re-referral after one of the family's other interventions, and after which.
     *
     * @param family every intervention of the family, {@code later} among them or not
     * @return the re-referral, or null when {@code later} is not one
     */
    public static ReReferral of(Intervention later, List<Intervention> family) {
        Intervention earlier = null;
        for (Intervention other : family) {
            if (other.interventionId().equals(later.interventionId()) || other.engagedOn().isAfter(later.engagedOn())) {
                continue;
            }
            if (!other.closedBy(later.engagedOn())) {
                return null; // still open when the new one began: the family never left
            }
            if (earlier == null || other.closedOn().isAfter(earlier.closedOn())) {
                earlier = other;
            }
        }
        if (earlier == null || later.engagedOn().isAfter(lastDayCounted(earlier.closedOn()))) {
            return null;
        }
        return new ReReferral(earlier.interventionId(), earlier.closedOn(), earlier.closureReason(),
                lastDayCounted(earlier.closedOn()));
    }
}
