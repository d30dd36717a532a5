package org.hearth.engine.measure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hearth.engine.explain.Explanation;
import org.hearth.engine.timeline.AssessmentTool;
import org.hearth.engine.timeline.ScoredAssessment;
import org.hearth.engine.timeline.Vocabulary;

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
        if (tool == null || latest == null) {
            throw new IllegalArgumentException("score_reached needs tool and latest");
        }
        latest.requireFits(tool, "latest");
        people = people == null ? People.FAMILY : people;
        quantifier = quantifier == null ? Quantifier.ANY : quantifier;
    }

    @Override
    public MeasureResult evaluate(MeasureContext context) {
        LocalDate from = context.identifiedOn();
        LocalDate to = context.referenceDay();
        List<MeasureResult> results = new ArrayList<>();
        for (AssessmentHistory history : AssessmentHistory.of(context, tool, people)) {
            List<ScoredAssessment> since = history.from(from);
            if (since.isEmpty()) {
                ScoredAssessment before = history.latest();
                results.add(MeasureResult.notMet(Explanation.of("%s: no %s assessment from %s to %s (the last was %s)",
                        history.subject(), Vocabulary.code(tool), from, to, AssessmentHistory.describe(before))
                        .citing(List.of(before))));
                continue;
            }
            ScoredAssessment last = since.get(since.size() - 1);
            results.add(MeasureResult.of(latest.test(last), Explanation.of(
                    "%s: latest %s assessment from %s to %s is %s on %s, %s needed", history.subject(),
                    Vocabulary.code(tool), from, to, last.result(), last.date(), latest).citing(List.of(last))));
        }
        return InScope.decide(quantifier, people + " with a " + Vocabulary.code(tool) + " assessment by " + to,
                results, Status.NOT_MET);
    }
}
