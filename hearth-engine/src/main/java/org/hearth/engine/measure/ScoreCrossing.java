package org.hearth.engine.measure;

import org.hearth.engine.timeline.AssessmentTool;

/**
 * A standardised score that started on the wrong side of a threshold and has stayed on the right side
 * for a number of months: "RIC score 14 or above (high) falls below 14 for 3 continuous months"
 * (Southwark 5.1), "risk level reduces if high, sustained for 6 months" (Sunderland 5.1).
 *
 * <pre>
 * type: score_crossing
 * tool: dash_ric
 * people: members
 * quantifier: any
 * from: {at_least: 14}
 * to: {below: 14}
 * held_months: 3
 * </pre>
 *
 * <p>Rule: a person's initial assessment is their latest with this tool on or before the
 * identification day, or failing that their earliest after it. They are in scope when the initial
 * result satisfies {@code from}. They meet it when their latest assessment on or before the reference
 * day satisfies {@code to}, and the earliest assessment of the unbroken run of {@code to}-satisfying
 * assessments that ends with it is dated at least {@code held_months} before the reference day
 * (date + months ≤ reference day). Household-level assessments are one subject for people: family.
 * Nobody in scope: not applicable.
 */
public record ScoreCrossing(AssessmentTool tool, People people, Quantifier quantifier, Bound from, Bound to,
                            Integer heldMonths) implements Measure {

    public ScoreCrossing {
        people = people == null ? People.FAMILY : people;
        quantifier = quantifier == null ? Quantifier.ANY : quantifier;
        heldMonths = heldMonths == null ? 0 : heldMonths;
    }

    @Override
    public MeasureResult evaluate(MeasureContext context) {
        throw new UnsupportedOperationException("not implemented");
    }
}
