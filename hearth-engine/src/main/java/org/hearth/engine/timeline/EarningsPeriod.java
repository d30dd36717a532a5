package org.hearth.engine.timeline;

import java.time.LocalDate;

/**
 * Earnings in one Universal Credit assessment period (normally a calendar month from the claim date).
 *
 * @param amountPence earnings in the period, in pence, so that thresholds compare exactly
 */
public record EarningsPeriod(RecordId id, String personId, LocalDate start, LocalDate end, long amountPence,
                             BenefitSpell.ClaimType claimType, String source) implements TimelineRecord {

    /** The record with its source's identifier as text. */
    public EarningsPeriod(String recordId, String personId, LocalDate start, LocalDate end, long amountPence,
                          BenefitSpell.ClaimType claimType, String source) {
        this(RecordId.of(recordId), personId, start, end, amountPence, claimType, source);
    }

    public EarningsPeriod {
        Require.present(id, "record_id");
        Require.text(personId, "person_id");
        Require.ordered(start, end, "start_date", "end_date");
        Require.present(end, "end_date");
        if (amountPence < 0) {
            throw new IllegalArgumentException("amount_gbp must not be negative");
        }
        Require.present(claimType, "claim_type");
    }

    /**
     * The earnings of an assessment period are reported when the period ends: a period that ends
     * after the day has no known amount yet, so it is not known at all (no part-period amount exists
     * to put in its place).
     */
    @Override
    public EarningsPeriod asKnownOn(LocalDate day) {
        return end.isAfter(day) ? null : this;
    }

    @Override
    public RecordKind<EarningsPeriod> kind() {
        return RecordKind.EARNINGS;
    }
}
