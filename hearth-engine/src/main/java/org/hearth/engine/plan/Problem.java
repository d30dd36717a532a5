package org.hearth.engine.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.hearth.engine.measure.Measure;

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

    /**
     * What the problem's indicators and outcomes read ({@link Measure#reads}): the kinds of record a family's
     * page shows under the problem.
     */
    public Set<String> reads() {
        Set<String> kinds = new TreeSet<>();
        for (Measure measure : measures()) {
            kinds.addAll(measure.reads());
        }
        return kinds;
    }

    /**
     * The key-worker questions the problem's indicators and outcomes ask (an outcome's own id unless a measure
     * names another): the answers, of all a family's, that are about this problem.
     */
    public Set<String> questions() {
        Set<String> questions = new TreeSet<>();
        for (Indicator indicator : indicators) {
            questions.addAll(indicator.test().questions(null));
        }
        for (Outcome outcome : outcomes) {
            for (Measure measure : outcome.measures()) {
                questions.addAll(measure.questions(outcome.id()));
            }
        }
        return questions;
    }

    private List<Measure> measures() {
        List<Measure> measures = new ArrayList<>();
        for (Indicator indicator : indicators) {
            measures.add(indicator.test());
        }
        for (Outcome outcome : outcomes) {
            measures.addAll(outcome.measures());
        }
        return measures;
    }
}
