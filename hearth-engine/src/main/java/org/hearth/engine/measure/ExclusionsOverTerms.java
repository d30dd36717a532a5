package org.hearth.engine.measure;

import java.util.List;

import org.hearth.engine.timeline.Exclusion;

/**
 * Exclusions over a number of full terms, per child: "fewer than 3 fixed-term exclusions over the last
 * 3 full terms" (outcome, every child), "at least 3 fixed-term exclusions in the last 3 consecutive
 * terms" (indicator, any child), "fewer than 5 days' exclusion from primary school", "no permanent
 * exclusion".
 *
 * <pre>
 * type: exclusions_over_terms
 * people: school_age_children
 * quantifier: every
 * terms: 3
 * terms_ending: reference_day      # or before_identification_quarter
 * count: fixed_term_exclusions     # or fixed_term_days, permanent_exclusions
 * phases: [primary]                # optional: only exclusions from schools of these phases
 * fewer_than: 3                    # or at_least: 3
 * </pre>
 *
 * <p>Rule: for each child, the exclusions whose date falls within the span from the first term's start
 * to the last term's end are counted (or their days summed). Exactly one of fewer_than and at_least.
 * Outcome terms must end after identification (else too early). Children with no exclusion records
 * count zero (absence of exclusions is the normal case, unlike attendance).
 */
public record ExclusionsOverTerms(People people, Quantifier quantifier, Integer terms, TermsEnding termsEnding,
                                  Count count, List<Exclusion.Phase> phases, Double fewerThan, Double atLeast)
        implements Measure {

    public ExclusionsOverTerms {
        people = people == null ? new People(People.Group.SCHOOL_AGE_CHILDREN, null, null) : people;
        quantifier = quantifier == null ? Quantifier.EVERY : quantifier;
        terms = terms == null ? 3 : terms;
        termsEnding = termsEnding == null ? TermsEnding.REFERENCE_DAY : termsEnding;
        phases = phases == null ? List.of() : List.copyOf(phases);
        if ((fewerThan == null) == (atLeast == null)) {
            throw new IllegalArgumentException("give exactly one of fewer_than and at_least");
        }
    }

    /** What is counted. */
    public enum Count { FIXED_TERM_EXCLUSIONS, FIXED_TERM_DAYS, PERMANENT_EXCLUSIONS }

    @Override
    public MeasureResult evaluate(MeasureContext context) {
        throw new UnsupportedOperationException("not implemented");
    }
}
