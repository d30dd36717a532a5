package org.hearth.server.reports;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How sure an expected claim is (docs/reports.md, Claims forecast), surest first: what the family's claim still
 * waits for, read from its decision's outlook (docs/evaluation.md §13).
 */
public enum Certainty {
    /**
     * The records held meet everything the claim needs but a sustained period: the outlook's claim day ({@code
     * claimable_on}) is after the review date, found by the claim rules themselves on that day, with nothing new
     * recorded.
     */
    WAITING_FOR_TIME("Waiting only for time"),
    /**
     * No claim day, but the claim's problems would all show progress if the outcomes that wait for figures ({@code
     * waits_for_figures}: a later term's attendance, a later assessment period's earnings) were met.
     */
    NEEDS_FIGURES("Needs one more term or period of data"),
    /**
     * No claim day, and the claim needs a key worker's signed-off answer: an outcome that waits for one ({@code
     * waits_for_sign_off}), perhaps with figures, or the key worker's judgement the plan's claim route requires
     * (Worcestershire's).
     */
    NEEDS_SIGN_OFF("Needs evidence signed off");

    private final String words;

    Certainty(String words) {
        this.words = words;
    }

    /** As the JSON API writes it: {@code waiting_for_time}. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** As the report writes it: "Waiting only for time". */
    public String words() {
        return words;
    }
}
