package org.hearth.engine.plan;

import java.util.List;

import org.hearth.engine.timeline.Vocabulary.Theme;

/**
 * One of the plan's family problems, with its indicators and its outcomes.
 *
 * @param id the source's number ("1")
 * @param theme which of the six national problems this is
 * @param progress how the outcomes combine into progress on the problem
 * @param sourceRef where in the source document the problem is
 * @param decisions how unclear parts of the source's problem were settled
 */
public record Problem(String id, Theme theme, String name, String description, String strategicGoal,
                      String sourceRef, List<Indicator> indicators, List<Outcome> outcomes, ProgressRule progress,
                      List<String> decisions) {

    public Problem {
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
        indicators = List.copyOf(indicators);
        outcomes = List.copyOf(outcomes);
        progress = progress == null ? ProgressRule.ONE_RELEVANT_OUTCOME : progress;
    }

    /** The indicator with the given id, or null. */
    public Indicator indicator(String indicatorId) {
        for (Indicator indicator : indicators) {
            if (indicator.id().equals(indicatorId)) {
                return indicator;
            }
        }
        return null;
    }
}
