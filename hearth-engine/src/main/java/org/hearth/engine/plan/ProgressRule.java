package org.hearth.engine.plan;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * How a problem's outcomes combine into significant and sustained progress on it. Only relevant
 * outcomes take part: those whose {@code applies_when_identified_by} names an indicator that
 * identified the problem, or that name none.
 *
 * <pre>
 * progress: one_relevant_outcome      # Southwark: "only one in the relevant category is required"
 * progress: all_relevant_outcomes     # Worcestershire: every relevant outcome
 * progress:                           # groups: one outcome from every group that has a relevant outcome
 *   every_group:
 *     - ["4.1", "4.2"]
 *     - ["4.3"]
 * </pre>
 */
public record ProgressRule(Rule rule, List<List<String>> groups) {

    public static final ProgressRule ONE_RELEVANT_OUTCOME = new ProgressRule(Rule.ONE_RELEVANT_OUTCOME, List.of());
    public static final ProgressRule ALL_RELEVANT_OUTCOMES = new ProgressRule(Rule.ALL_RELEVANT_OUTCOMES, List.of());

    public ProgressRule {
        groups = groups == null ? List.of() : groups.stream().map(List::copyOf).toList();
        if ((rule == Rule.EVERY_GROUP) == groups.isEmpty()) {
            throw new IllegalArgumentException("every_group needs groups, and only every_group has them");
        }
    }

    /** The three ways of combining. */
    public enum Rule { ONE_RELEVANT_OUTCOME, ALL_RELEVANT_OUTCOMES, EVERY_GROUP }

    /** Reads the plan's form: a rule name, or {@code {every_group: [[ids], ...]}}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ProgressRule fromJson(JsonNode node) {
        if (node.isTextual()) {
            return switch (node.asText()) {
                case "one_relevant_outcome" -> ONE_RELEVANT_OUTCOME;
                case "all_relevant_outcomes" -> ALL_RELEVANT_OUTCOMES;
                default -> throw new IllegalArgumentException("progress is one_relevant_outcome, all_relevant_outcomes "
                        + "or {every_group: ...}, not '" + node.asText() + "'");
            };
        }
        JsonNode groups = node.get("every_group");
        if (groups == null || !groups.isArray()) {
            throw new IllegalArgumentException("progress object needs every_group: a list of lists of outcome ids");
        }
        List<List<String>> lists = new java.util.ArrayList<>();
        for (JsonNode group : groups) {
            List<String> ids = new java.util.ArrayList<>();
            for (JsonNode id : group) {
                ids.add(id.asText());
            }
            lists.add(ids);
        }
        return new ProgressRule(Rule.EVERY_GROUP, lists);
    }
}
