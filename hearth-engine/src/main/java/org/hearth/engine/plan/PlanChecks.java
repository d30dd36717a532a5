package org.hearth.engine.plan;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import org.hearth.engine.Excerpt;
import org.hearth.engine.timeline.AssessmentTool;
import org.hearth.engine.timeline.RecordKind;
import org.hearth.engine.timeline.Vocabulary;

/**
 * The checks a schema cannot make: ids unique, references resolved, record filters naming real fields
 * and values, assessment bounds that suit their tool, limits that must be in order. They read the plan
 * as written (its JSON tree) rather than the bound model, so that they run beside the schema check and
 * every error in a file is reported at once; whatever is malformed they pass over, since the schema
 * reports it. Each finding carries the JSON pointer of the field at fault.
 */
final class PlanChecks {
    private static final Set<String> BOUNDS = Set.of("from", "to", "initial", "latest");
    private static final Set<String> LEVEL_BOUNDS = Set.of("level_at_most", "level_at_least");

    private final List<Finding> findings = new ArrayList<>();

    private PlanChecks() {
    }

    /** One problem found, at a JSON pointer. */
    record Finding(String pointer, String message) {
    }

    static List<Finding> check(JsonNode plan) {
        PlanChecks checks = new PlanChecks();
        if (plan.isObject()) {
            checks.plan(plan);
        }
        return checks.findings;
    }

    private void plan(JsonNode plan) {
        effective(plan.path("effective"));
        Set<String> problemIds = new HashSet<>();
        Map<String, String> outcomes = new LinkedHashMap<>();
        JsonNode problems = plan.path("problems");
        for (int p = 0; p < problems.size(); p++) {
            String id = id(problems.path(p).get("id"));
            if (id != null && !problemIds.add(id)) {
                add("/problems/" + p + "/id", "problem id " + Excerpt.quoted(id) + " is used twice");
            }
        }
        for (int p = 0; p < problems.size(); p++) {
            problem(problems.path(p), "/problems/" + p, problemIds, outcomes);
        }
        JsonNode routes = plan.path("programme").path("claim_routes");
        for (int r = 0; r < routes.size(); r++) {
            JsonNode route = routes.path(r);
            String at = "/programme/claim_routes/" + r;
            String outcome = id(route.get("outcome"));
            if (outcome != null && !outcomes.containsKey(outcome)) {
                add(at + "/outcome", "the claim route names outcome " + Excerpt.quoted(outcome) + ", which the plan does not have");
            }
            measure(route.get("requires"), at + "/requires", false);
        }
    }

    private void effective(JsonNode effective) {
        LocalDate from = date(effective.get("from"));
        LocalDate to = date(effective.get("to"));
        if (from != null && to != null && to.isBefore(from)) {
            add("/effective/to", "the plan ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** Checks one problem; {@code outcomes} collects every outcome id of the plan, with where it was first given. */
    private void problem(JsonNode problem, String at, Set<String> problemIds, Map<String, String> outcomes) {
        String problemId = id(problem.get("id"));
        Set<String> indicatorIds = new HashSet<>();
        JsonNode indicators = problem.path("indicators");
        for (int i = 0; i < indicators.size(); i++) {
            String here = at + "/indicators/" + i;
            String id = id(indicators.path(i).get("id"));
            if (id != null && !indicatorIds.add(id)) {
                add(here + "/id", "indicator id " + Excerpt.quoted(id) + " is used twice in problem " + problemId);
            }
            measure(indicators.path(i).get("test"), here + "/test", false);
        }
        Set<String> own = new HashSet<>();
        JsonNode list = problem.path("outcomes");
        for (int o = 0; o < list.size(); o++) {
            JsonNode outcome = list.path(o);
            String here = at + "/outcomes/" + o;
            String id = id(outcome.get("id"));
            if (id != null) {
                own.add(id);
                String first = outcomes.putIfAbsent(id, problemId);
                if (first != null) {
                    add(here + "/id", "outcome id " + Excerpt.quoted(id) + " is used twice in the plan (first in problem "
                            + first + ")");
                }
            }
            references(outcome.path("applies_when_identified_by"), here + "/applies_when_identified_by",
                    indicatorIds::contains, "is not an indicator of problem " + problemId);
            references(outcome.path("also_evidences"), here + "/also_evidences",
                    ref -> problemIds.contains(ref) && !ref.equals(problemId), "is not another problem of the plan");
            for (String part : List.of("measure", "significant", "sustained")) {
                measure(outcome.get(part), here + "/" + part, true);
            }
        }
        JsonNode groups = problem.path("progress").path("every_group");
        for (int g = 0; g < groups.size(); g++) {
            references(groups.path(g), at + "/progress/every_group/" + g, own::contains,
                    "is not an outcome of problem " + problemId);
        }
    }

    private void references(JsonNode ids, String at, Predicate<String> known, String otherwise) {
        for (int k = 0; k < ids.size(); k++) {
            String id = id(ids.path(k));
            if (id != null && !known.test(id)) {
                add(at + "/" + k, Excerpt.quoted(id) + " " + otherwise);
            }
        }
    }

    /** Walks a measure and the measures inside it. */
    private void measure(JsonNode measure, String at, boolean inOutcome) {
        if (measure == null || !measure.isObject()) {
            return;
        }
        String type = measure.path("type").asText();
        if (type.equals("worker_assessment") && !measure.hasNonNull("question") && !inOutcome) {
            add(at, "a worker_assessment outside an outcome must name its question");
        }
        if (type.equals("any_of") || type.equals("all_of")) {
            JsonNode parts = measure.path("of");
            for (int i = 0; i < parts.size(); i++) {
                measure(parts.path(i), at + "/of/" + i, inOutcome);
            }
            return;
        }
        selection(measure, at);
        selection(measure.path("stepped_down_to"), at + "/stepped_down_to");
        JsonNode repeats = measure.path("no_repeat_of");
        for (int i = 0; i < repeats.size(); i++) {
            selection(repeats.path(i), at + "/no_repeat_of/" + i);
        }
        ages(measure.path("people"), at + "/people");
        if (type.startsWith("score_")) {
            tool(measure, at);
        }
        JsonNode rules = measure.path("rules");
        for (int i = 0; i < rules.size(); i++) {
            JsonNode inWork = rules.path(i).path("weeks_in_work");
            JsonNode within = rules.path(i).path("within_weeks");
            if (inWork.isIntegralNumber() && within.isIntegralNumber() && inWork.asInt() > within.asInt()) {
                add(at + "/rules/" + i + "/weeks_in_work", "weeks_in_work (" + inWork.asInt()
                        + ") is more than within_weeks (" + within.asInt() + ")");
            }
        }
    }

    /** A kind of record and its filter: the kind must exist, and every field and value in where. */
    private void selection(JsonNode selection, String at) {
        if (!selection.path("records").isTextual()) {
            return;
        }
        String records = selection.path("records").asText();
        RecordKind<?> kind = RecordKind.named(records);
        if (kind == null) {
            add(at + "/records", Excerpt.quoted(records) + " is not a kind of record; the kinds are " + RecordKind.names());
            return;
        }
        JsonNode where = selection.path("where");
        for (Map.Entry<String, JsonNode> clause : where.properties()) {
            if (!clause.getValue().isValueNode() && !clause.getValue().isArray()) {
                continue;
            }
            try {
                kind.where(Map.of(clause.getKey(), values(clause.getValue())));
            } catch (IllegalArgumentException e) {
                add(at + "/where/" + clause.getKey(), e.getMessage());
            }
        }
    }

    private static Object values(JsonNode value) {
        if (!value.isArray()) {
            return value.asText();
        }
        List<String> out = new ArrayList<>();
        value.forEach(item -> out.add(item.asText()));
        return out;
    }

    private void ages(JsonNode people, String at) {
        JsonNode min = people.path("min_age");
        JsonNode max = people.path("max_age");
        if (min.isIntegralNumber() && max.isIntegralNumber() && max.asInt() < min.asInt()) {
            add(at + "/max_age", "max_age " + max.asInt() + " is below min_age " + min.asInt());
        }
    }

    /**
     * A bound must suit its tool: a level for a tool that gives levels (one of that tool's levels), a
     * score for one that scores. A mismatched bound could never be met, silently.
     */
    private void tool(JsonNode measure, String at) {
        AssessmentTool tool = tool(measure.path("tool").asText());
        if (tool == null) {
            return;
        }
        String name = Vocabulary.code(tool);
        for (Map.Entry<String, JsonNode> field : measure.properties()) {
            if (!BOUNDS.contains(field.getKey())) {
                continue;
            }
            for (Map.Entry<String, JsonNode> bound : field.getValue().properties()) {
                String here = at + "/" + field.getKey() + "/" + bound.getKey();
                boolean level = LEVEL_BOUNDS.contains(bound.getKey());
                if (tool.levelled() && !level) {
                    add(here, name + " gives a level, not a score: use level_at_most or level_at_least with one of "
                            + String.join(", ", tool.levels()));
                } else if (!tool.levelled() && level) {
                    add(here, name + " gives a score, not a level: use above, at_least, below or at_most");
                } else if (level && !tool.levels().contains(bound.getValue().asText())) {
                    add(here, Excerpt.quoted(bound.getValue().asText()) + " is not a level of " + name + "; its levels are "
                            + String.join(", ", tool.levels()));
                }
            }
        }
        if (measure.has("by_levels") && !tool.levelled()) {
            add(at + "/by_levels", name + " gives a score, not a level: use by_percent or by_points");
        }
        for (String amount : List.of("by_percent", "by_points")) {
            if (measure.has(amount) && tool.levelled()) {
                add(at + "/" + amount, name + " gives a level, not a score: use by_levels");
            }
        }
    }

    private static AssessmentTool tool(String code) {
        for (AssessmentTool tool : AssessmentTool.values()) {
            if (Vocabulary.code(tool).equals(code)) {
                return tool;
            }
        }
        return null;
    }

    /** An id as written: text, or a number the schema will ask to be quoted; null when absent or not a value. */
    private static String id(JsonNode node) {
        return node != null && node.isValueNode() && !node.isNull() ? node.asText() : null;
    }

    private static LocalDate date(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return null;
        }
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private void add(String pointer, String message) {
        findings.add(new Finding(pointer, message));
    }
}
