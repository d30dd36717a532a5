package org.hearth.engine.measure;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A fall in the number of records in the review period against a baseline period, pro rata: "a 33%
 * fall in offending in the last six months against the 12 months before intervention" (Southwark
 * 1.1), 60% for anti-social behaviour, 70% and 100% for Southampton's strand 5.
 *
 * <pre>
 * type: count_against_baseline
 * records: offences
 * where: {proven: true}
 * people: children
 * counted: together          # or per_person: every person who offended in the baseline must show the fall
 * baseline: {months: 12}     # or {full_quarters: 4}; before: identification (default) or review_window
 * review: {months: 6}
 * fall_at_least_percent: 33
 * </pre>
 *
 * <p>Rule: baseline count B over b months, review count R over r months; the baseline pro rata is
 * B × r / b; the fall is 1 − R / (B × r / b). Met when the fall is at least the percentage, compared
 * exactly in integers (100 × R × b ≤ (100 − p) × B × r), so 33% exactly is met and 32.99% is not.
 * A subject with no baseline records cannot show a fall and is out of scope; with nobody in scope
 * the measure is not applicable. The review period must start on or after the identification day.
 *
 * @param counted whether the group's records are added together or each person must show the fall
 */
public record CountAgainstBaseline(RecordSelection selection, People people, Counted counted, Baseline baseline,
                                   Period review, DatedValue fallAtLeastPercent) implements Measure {

    public CountAgainstBaseline {
        people = people == null ? People.FAMILY : people;
        counted = counted == null ? Counted.TOGETHER : counted;
    }

    @JsonCreator
    static CountAgainstBaseline fromPlan(@JsonProperty("records") String records,
                                         @JsonProperty("where") Map<String, Object> where,
                                         @JsonProperty("people") People people,
                                         @JsonProperty("counted") Counted counted,
                                         @JsonProperty("baseline") Baseline baseline,
                                         @JsonProperty("review") Period review,
                                         @JsonProperty("fall_at_least_percent") DatedValue fallAtLeastPercent) {
        return new CountAgainstBaseline(new RecordSelection(records, where), people, counted, baseline, review,
                fallAtLeastPercent);
    }

    /** Whether records are added up over the group or compared person by person. */
    public enum Counted { TOGETHER, PER_PERSON }

    @Override
    public MeasureResult evaluate(MeasureContext context) {
        throw new UnsupportedOperationException("not implemented");
    }
}
