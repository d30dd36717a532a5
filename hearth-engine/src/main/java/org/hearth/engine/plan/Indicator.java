package org.hearth.engine.plan;

import java.util.List;

import org.hearth.engine.measure.Measure;

/**
 * A criterion that identifies a family as having a problem, tested on the identification day.
 *
 * @param id the source's id ("1A", "1a") or ours where the source has none
 * @param evidence the sources the plan names for it
 * @param test the measure that decides it from data
 * @param sourceRef the source row
 */
public record Indicator(String id, String description, List<String> evidence, Measure test, String sourceRef,
                        List<String> decisions) {

    public Indicator {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
    }
}
