package org.hearth.engine.measure;

import org.hearth.engine.timeline.AssessmentTool;

/**
 * The latest assessment since identification reached a level: "reached level 7 to 10 of the Family
 * Star" (Southwark 3.2, 3.6, 4.8, 6.13).
 *
 * <pre>
 * type: score_reached
 * tool: family_star
 * people: family
 * quantifier: any
 * latest: {at_least: 7}
 * </pre>
 *
 * <p>Rule: a person's latest assessment with the tool dated from the identification day to the
 * reference day satisfies {@code latest}. A person with no such assessment does not meet it. Met as
 * the quantifier says over the people in the group who have any assessment with this tool; nobody
 * with one: not met (there is no evidence).
 */
public record ScoreReached(AssessmentTool tool, People people, Quantifier quantifier, Bound latest)
        implements Measure {

    public ScoreReached {
        people = people == null ? People.FAMILY : people;
        quantifier = quantifier == null ? Quantifier.ANY : quantifier;
    }

    @Override
    public MeasureResult evaluate(MeasureContext context) {
        throw new UnsupportedOperationException("not implemented");
    }
}
