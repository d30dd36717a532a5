package org.hearth.engine.measure;

/**
 * A child's attendance over the last full terms improved by a relative percentage on their
 * attendance over the baseline terms (Southampton strand 2: "attendance has improved by 30%, where
 * poor attendance has been a long term and enduring issue").
 *
 * <pre>
 * type: attendance_improvement
 * people: school_age_children
 * quantifier: every
 * terms: 3                     # the last 3 full terms, against the 3 full terms before the quarter of identification
 * improvement_at_least_percent: 30
 * baseline_below_percent: 90   # optional: only children whose baseline attendance was below this are in scope
 * absence_counted: all
 * </pre>
 *
 * <p>Rule: baseline rate a₀ over the baseline terms, recent rate a₁ over the last terms; improvement
 * (a₁ − a₀) ÷ a₀ compared exactly with the percentage (at least). A child with no baseline sessions
 * is out of scope; a child in scope missing a recent term's record fails. Outcome terms must end after
 * identification (else too early).
 */
public record AttendanceImprovement(People people, Quantifier quantifier, Integer terms,
                                    DatedValue improvementAtLeastPercent, DatedValue baselineBelowPercent,
                                    AttendanceOverTerms.AbsenceCounted absenceCounted) implements Measure {

    public AttendanceImprovement {
        people = people == null ? new People(People.Group.SCHOOL_AGE_CHILDREN, null, null) : people;
        quantifier = quantifier == null ? Quantifier.EVERY : quantifier;
        terms = terms == null ? 3 : terms;
        absenceCounted = absenceCounted == null ? AttendanceOverTerms.AbsenceCounted.ALL : absenceCounted;
    }

    @Override
    public MeasureResult evaluate(MeasureContext context) {
        throw new UnsupportedOperationException("not implemented");
    }
}
