package org.hearth.engine.measure;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * People in a status: an open spell of the selected records on the reference day, or covering every
 * day of a period or of the last full terms. "An adult in receipt of out of work benefits"
 * (indicator), "a child subject to a child protection plan", "each child is in school, a pupil
 * referral unit or alternative provision" (outcome, every child, throughout the last 3 full terms),
 * "an adult prisoner less than 12 months from release" (custody ending within 12 months).
 *
 * <pre>
 * type: status_held
 * records: benefits
 * where: {out_of_work: true}
 * people: adults
 * quantifier: any
 * throughout: {months: 6}      # optional; or throughout_terms: 3; neither: on the reference day
 * ends_within_months: 12       # optional: the spell's recorded end falls within this many months after the reference day
 * </pre>
 *
 * <p>Rule: a person holds the status when the union of their matching spells covers every day asked
 * (for household-level records with people: family, the household counts as one subject). Outcome
 * periods must start on or after identification (else too early). Nobody in the group: not applicable.
 */
public record StatusHeld(RecordSelection selection, People people, Quantifier quantifier, Period throughout,
                         Integer throughoutTerms, Integer endsWithinMonths) implements Measure {

    public StatusHeld {
        people = people == null ? People.FAMILY : people;
        quantifier = quantifier == null ? Quantifier.ANY : quantifier;
        if (throughout != null && throughoutTerms != null) {
            throw new IllegalArgumentException("give throughout or throughout_terms, not both");
        }
    }

    @JsonCreator
    static StatusHeld fromPlan(@JsonProperty("records") String records, @JsonProperty("where") Map<String, Object> where,
                               @JsonProperty("people") People people, @JsonProperty("quantifier") Quantifier quantifier,
                               @JsonProperty("throughout") Period throughout,
                               @JsonProperty("throughout_terms") Integer throughoutTerms,
                               @JsonProperty("ends_within_months") Integer endsWithinMonths) {
        return new StatusHeld(new RecordSelection(records, where), people, quantifier, throughout, throughoutTerms,
                endsWithinMonths);
    }

    @Override
    public MeasureResult evaluate(MeasureContext context) {
        throw new UnsupportedOperationException("not implemented");
    }
}
