package org.hearth.engine.measure;

import org.hearth.engine.timeline.AssessmentTool;

/**
 * A standardised score that improved on the initial one, by a relative or absolute amount or a number
 * of levels, optionally held for months: "SDQ improvement where the initial score is clinically high
 * (above 18)" (Southwark 3.2), "DASH score reduced by 25% and sustained for 6 months" (5.1), "reduction
 * of at least one level on the Barnardo's matrix", "reduction in impact from significant to moderate
 * or less, no re-escalation for 6 months" (Worcestershire), WEMWBS improvement (6.11).
 *
 * <pre>
 * type: score_improvement
 * tool: sdq
 * people: children
 * quantifier: any
 * initial: {above: 18}         # optional: only people whose initial result satisfies this are in scope
 * by_percent: 25               # optional; or by_points, or by_levels; none given: any improvement
 * held_months: 6               # optional
 * </pre>
 *
 * <p>Rule: the initial assessment is chosen as in {@link ScoreCrossing}. An assessment is improved when
 * it is better than the initial by the amount asked ("better" follows the tool's direction; by_percent
 * is relative to the initial score; by_levels counts level positions). A person meets it when their
 * latest assessment on or before the reference day is improved, after the initial one, and the
 * unbroken run of improved assessments ending with it began at least {@code held_months} before the
 * reference day. Nobody in scope: not applicable.
 */
public record ScoreImprovement(AssessmentTool tool, People people, Quantifier quantifier, Bound initial,
                               Double byPercent, Double byPoints, Integer byLevels, Integer heldMonths)
        implements Measure {

    public ScoreImprovement {
        people = people == null ? People.FAMILY : people;
        quantifier = quantifier == null ? Quantifier.ANY : quantifier;
        heldMonths = heldMonths == null ? 0 : heldMonths;
        int given = (byPercent == null ? 0 : 1) + (byPoints == null ? 0 : 1) + (byLevels == null ? 0 : 1);
        if (given > 1) {
            throw new IllegalArgumentException("give at most one of by_percent, by_points, by_levels");
        }
    }

    @Override
    public MeasureResult evaluate(MeasureContext context) {
        throw new UnsupportedOperationException("not implemented");
    }
}
