package org.hearth.engine.timeline;

import java.time.LocalDate;

/**
 * A statement of a household's arrears or debt on one day, with the sanction the creditor had reached.
 *
 * @param balancePence the amount owed, in pence
 */
public record FinancialReading(RecordId id, String familyId, String personId, LocalDate date, Debt debt,
                               long balancePence, Sanction sanction, String source) implements TimelineRecord {

    /** The record with its source's identifier as text. */
    public FinancialReading(String recordId, String familyId, String personId, LocalDate date, Debt debt,
                            long balancePence, Sanction sanction, String source) {
        this(RecordId.of(recordId), familyId, personId, date, debt, balancePence, sanction, source);
    }

    public FinancialReading {
        Require.present(id, "record_id");
        Require.text(familyId, "family_id");
        Require.present(date, "date");
        Require.present(debt, "debt");
        Require.present(sanction, "sanction");
    }

    /** What is owed. */
    public enum Debt { RENT_ARREARS, COUNCIL_TAX_ARREARS, UTILITY_ARREARS, OTHER_DEBT }

    /** A creditor's sanctions in rising order; a higher ordinal is an escalation. */
    public enum Sanction { NONE, WARNING, NOTICE_SEEKING_POSSESSION, COURT_ORDER, EVICTION_WARRANT, EVICTION }

    @Override
    public LocalDate start() {
        return date;
    }

    @Override
    public LocalDate end() {
        return date;
    }

    /** An event is whole on its day: known from then, not before. */
    @Override
    public FinancialReading asKnownOn(LocalDate day) {
        return date.isAfter(day) ? null : this;
    }

    @Override
    public RecordKind<FinancialReading> kind() {
        return RecordKind.FINANCES;
    }
}
