package org.hearth.engine.timeline;

import java.time.LocalDate;

/**
 * A claim to a benefit, as DWP's data match reports it.
 *
 * @param workRelatedConditions for Universal Credit: the claimant is subject to work-related conditions
 * @param claimType whether the claim is a single person's or a couple's (Universal Credit earnings
 *                  thresholds differ)
 */
public record BenefitSpell(RecordId id, String personId, Benefit benefit, LocalDate start, LocalDate end,
                           boolean workRelatedConditions, ClaimType claimType, String source)
        implements TimelineRecord {

    /** The record with its source's identifier as text. */
    public BenefitSpell(String recordId, String personId, Benefit benefit, LocalDate start, LocalDate end,
                        boolean workRelatedConditions, ClaimType claimType, String source) {
        this(RecordId.of(recordId), personId, benefit, start, end, workRelatedConditions, claimType, source);
    }

    public BenefitSpell {
        Require.present(id, "record_id");
        Require.text(personId, "person_id");
        Require.present(benefit, "benefit");
        Require.ordered(start, end, "start_date", "end_date");
        Require.present(claimType, "claim_type");
    }

    /** The benefits the plans name. */
    public enum Benefit {
        JOBSEEKERS_ALLOWANCE, EMPLOYMENT_SUPPORT_ALLOWANCE, INCOME_SUPPORT, INCAPACITY_BENEFIT,
        SEVERE_DISABLEMENT_ALLOWANCE, CARERS_ALLOWANCE, UNIVERSAL_CREDIT
    }

    /** A single person's claim or a couple's joint claim. */
    public enum ClaimType { SINGLE, COUPLE }

    /** An out-of-work benefit: any legacy benefit, or Universal Credit with work-related conditions. */
    public boolean outOfWork() {
        return benefit != Benefit.UNIVERSAL_CREDIT || workRelatedConditions;
    }

    /**
     * A claim that ends later is still being paid on the day. A spell that starts later does not exist yet.
     */
    @Override
    public BenefitSpell asKnownOn(LocalDate day) {
        if (start.isAfter(day)) {
            return null;
        }
        return end == null || !end.isAfter(day) ? this : new BenefitSpell(id, personId, benefit, start, null, workRelatedConditions, claimType, source);
    }

    @Override
    public RecordKind<BenefitSpell> kind() {
        return RecordKind.BENEFITS;
    }
}
