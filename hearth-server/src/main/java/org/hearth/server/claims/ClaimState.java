package org.hearth.server.claims;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a claim stands (docs/claims.md, States): prepared, it awaits the internal auditor, who accepts or rejects it;
 * the coordinator may withdraw it until its batch is submitted; submitting the batch submits its accepted claims.
 */
public enum ClaimState {
    AWAITING_AUDIT, ACCEPTED, REJECTED, WITHDRAWN, SUBMITTED;

    /**
     * The states of a claim that counts as the family's claim in its phase, as SQL: at most one claim of a family in a
     * phase is in one of them (the database's unique index claim_one_per_family_and_phase holds the same list).
     */
    static final String COUNTING = "('awaiting_audit', 'accepted', 'submitted')";

    /** As stored and in the JSON API and the exports: {@code awaiting_audit}. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** As a person reads it: "awaiting audit". */
    public String words() {
        return code().replace('_', ' ');
    }

    /** Whether the auditor has decided it (or it was taken out): nothing about it stops its batch being submitted. */
    public boolean decided() {
        return this != AWAITING_AUDIT;
    }

    /** The GOV.UK tag colour that sets the state apart; the state also says itself in words. */
    public String tagColour() {
        return switch (this) {
            case AWAITING_AUDIT -> "govuk-tag--blue";
            case ACCEPTED -> "govuk-tag--green";
            case REJECTED -> "govuk-tag--red";
            case WITHDRAWN -> "govuk-tag--grey";
            case SUBMITTED -> "govuk-tag--purple";
        };
    }

    static ClaimState ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
