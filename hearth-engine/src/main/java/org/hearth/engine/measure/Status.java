package org.hearth.engine.measure;

/** The result of testing a measure. */
public enum Status {
    /** The measure is met. */
    MET,
    /** The measure is not met. */
    NOT_MET,
    /** Nobody in the family is in the measure's scope (no child with a plan to end, no baseline offending). */
    NOT_APPLICABLE,
    /** The review window reaches back before the problem was identified: progress cannot be shown yet. */
    TOO_EARLY;

    private final String code = name().toLowerCase(java.util.Locale.ROOT);
    private final String words = code.replace('_', ' ');

    /** "met", "not_met", "not_applicable", "too_early": as results' JSON writes it. */
    public String code() {
        return code;
    }

    /** The status a {@link #code} names. */
    public static Status ofCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }

    /** "met", "not met", "not applicable", "too early". */
    public String words() {
        return words;
    }
}
