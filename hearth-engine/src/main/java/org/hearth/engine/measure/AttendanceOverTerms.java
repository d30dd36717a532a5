package org.hearth.engine.measure;

/**
 * Each child's school attendance (or absence) over a number of full terms taken together, compared
 * with a threshold that may change on a date: "every child in the household has attended school in
 * excess of 90% over three consecutive terms" (Southwark 2.1); Sunderland's 85% becoming 90% from
 * September 2015; Worcestershire's absence under 15%, 10% for claims from April 2016; persistent
 * absence as an indicator (attendance at most 90%, any child).
 *
 * <pre>
 * type: attendance_over_terms
 * people: school_age_children
 * quantifier: every            # every child in scope, or any one
 * terms: 3
 * terms_ending: reference_day  # or before_identification_quarter
 * of: attendance               # or absence
 * comparison: above            # above, at_least, below, at_most
 * percent: 90                  # or dated steps
 * absence_counted: all         # or unauthorised
 * </pre>
 *
 * <p>Rule: the rate is summed sessions over the terms (attended ÷ possible, or absent ÷ possible),
 * as an exact fraction compared with the threshold in force on the reference day. A child in scope
 * with no attendance record for one of the terms fails (the data cannot show progress). When
 * testing an outcome, every term looked at must end after the identification day; if the last
 * terms do not, the result is too early. Nobody in scope: not applicable.
 */
public record AttendanceOverTerms(People people, Quantifier quantifier, Integer terms, TermsEnding termsEnding,
                                  Of of, Comparison comparison, DatedValue percent, AbsenceCounted absenceCounted)
        implements Measure {

    public AttendanceOverTerms {
        people = people == null ? new People(People.Group.SCHOOL_AGE_CHILDREN, null, null) : people;
        quantifier = quantifier == null ? Quantifier.EVERY : quantifier;
        terms = terms == null ? 3 : terms;
        termsEnding = termsEnding == null ? TermsEnding.REFERENCE_DAY : termsEnding;
        of = of == null ? Of.ATTENDANCE : of;
        absenceCounted = absenceCounted == null ? AbsenceCounted.ALL : absenceCounted;
    }

    /** Which rate is compared. */
    public enum Of { ATTENDANCE, ABSENCE }

    /** Which absences count against attendance. */
    public enum AbsenceCounted { ALL, UNAUTHORISED }

    @Override
    public MeasureResult evaluate(MeasureContext context) {
        throw new UnsupportedOperationException("not implemented");
    }
}
