package org.hearth.engine.timeline;

import java.time.LocalDate;
import java.util.List;

import org.hearth.engine.timeline.Vocabulary.Tier;

/**
 * The whole-family intervention: when the family engaged, who leads the work, the tier of support
 * over time (each change a step up or a step down) and when the case closed.
 *
 * @param tierChanges changes of tier after engagement, in any order; kept earliest first
 */
public record Intervention(String interventionId, String familyId, LocalDate engagedOn, String leadWorker,
                           String leadOrganisation, Tier tier, List<TierChange> tierChanges, LocalDate closedOn,
                           String closureReason) {

    public Intervention {
        Require.text(interventionId, "intervention_id");
        Require.text(familyId, "family_id");
        Require.ordered(engagedOn, closedOn, "engaged_on", "closed_on");
        Require.present(tier, "tier");
        tierChanges = tierChanges == null ? List.of()
                : tierChanges.stream().sorted(java.util.Comparator.comparing(TierChange::date)).toList();
        for (TierChange change : tierChanges) {
            if (change.date().isBefore(engagedOn)) {
                throw new IllegalArgumentException("tier change " + change.recordId() + " on " + change.date()
                        + " is before engagement on " + engagedOn);
            }
            if (closedOn != null && change.date().isAfter(closedOn)) {
                throw new IllegalArgumentException("tier change " + change.recordId() + " on " + change.date()
                        + " is after the case closed on " + closedOn);
            }
        }
    }

    /** The tier of support in force on the given day. */
    public Tier tierOn(LocalDate day) {
        Tier current = tier;
        for (TierChange change : tierChanges) {
            if (!change.date().isAfter(day)) {
                current = change.tier();
            }
        }
        return current;
    }

    /** True when the case was closed on or before the given day. */
    public boolean closedBy(LocalDate day) {
        return closedOn != null && !closedOn.isAfter(day);
    }

    /**
     * The intervention as it stood at the end of the day: null when the family had not engaged yet;
     * otherwise without the tier changes made later and, when it closed later, still open (no closure
     * day or reason).
     */
    public Intervention asKnownOn(LocalDate day) {
        if (engagedOn.isAfter(day)) {
            return null;
        }
        if (!settledOn().isAfter(day)) {
            return this;
        }
        // Settled later, so not closed by the day: open, with only the changes made by then.
        List<TierChange> known = tierChanges.stream().filter(change -> !change.date().isAfter(day)).toList();
        return new Intervention(interventionId, familyId, engagedOn, leadWorker, leadOrganisation, tier, known,
                null, null);
    }

    /** The last day anything about the intervention was recorded: its closure, else its latest tier change. */
    public LocalDate settledOn() {
        if (closedOn != null) {
            return closedOn;
        }
        return tierChanges.isEmpty() ? engagedOn : tierChanges.get(tierChanges.size() - 1).date();
    }

    /**
     * A change in the tier of support on a day: a step up to a higher tier or a step down to a lower one.
     *
     * @param reason why the tier changed, in the authority's words (a child protection plan made or ended, needs
     *               met at a lower tier); null when the source does not say
     */
    public record TierChange(String recordId, LocalDate date, Tier tier, String reason) {
        public TierChange {
            Require.text(recordId, "record_id");
            Require.present(date, "date");
            Require.present(tier, "tier");
        }
    }
}
