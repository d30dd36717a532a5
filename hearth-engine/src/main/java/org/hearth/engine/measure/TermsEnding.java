package org.hearth.engine.measure;

/** Which full school terms a term-based measure looks at. */
public enum TermsEnding {
    /** The last full terms ended on or before the reference day. */
    REFERENCE_DAY,
    /** The full terms before the calendar quarter in which the problem was identified (Southampton's baseline). */
    BEFORE_IDENTIFICATION_QUARTER
}
