package org.hearth.engine.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;
import org.hearth.engine.Excerpt;
import org.hearth.engine.plan.PlanChecks.Finding;

/**
 * Turns the schema validator's messages into plain sentences for an analyst, each at the JSON pointer
 * of the field at fault (for an unknown field, the field itself, so that its line is given).
 *
 * <p>Rules of the form "give one of these fields" are written in the schema as {@code oneOf} or
 * {@code anyOf} of {@code required} lists; the validator reports every alternative that failed, which
 * would read as a contradiction ("'months' is missing", "'weeks' is missing"), so such a group is
 * told as one sentence. Where the schema gives an {@code errorMessage} beside a rule (the keyword
 * editors show too), that sentence is used.
 */
final class SchemaMessages {
    private static final String DATE_FORM = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
    /** An id: printable ASCII, with no space at either end (results, CSV cells and explanations quote it). */
    private static final String ID_FORM = "^[!-~]([ -~]*[!-~])?$";

    private final JsonNode schema;

    private SchemaMessages(JsonNode schema) {
        this.schema = schema;
    }

    /** The messages in plain words, one finding per fault, in the validator's order. */
    static List<Finding> explain(Collection<ValidationMessage> messages, JsonNode schema) {
        return new SchemaMessages(schema).explain(messages);
    }

    private List<Finding> explain(Collection<ValidationMessage> messages) {
        Set<Finding> out = new LinkedHashSet<>();
        Map<String, Alternatives> groups = new LinkedHashMap<>();
        for (ValidationMessage message : messages) {
            List<Object> location = elements(message.getSchemaLocation().getFragment());
            int rule = alternatives(location);
            if (rule >= 0) {
                int levels = descents(location.subList(rule, location.size()));
                String pointer = above(pointer(message.getInstanceLocation()), levels);
                String keyword = String.valueOf(location.get(rule));
                groups.computeIfAbsent(pointer + " " + location.subList(0, rule + 1),
                        key -> new Alternatives(pointer, keyword, at(location.subList(0, rule))));
                continue;
            }
            out.add(single(message, location));
        }
        for (Alternatives group : groups.values()) {
            out.add(group.finding());
        }
        return new ArrayList<>(out);
    }

    /**
     * The position in the schema location of a "give one of these" rule the message belongs to (the
     * rule itself or one of its alternatives), or -1.
     */
    private int alternatives(List<Object> location) {
        for (int i = location.size() - 1; i >= 0; i--) {
            Object element = location.get(i);
            if ("oneOf".equals(element) || "anyOf".equals(element)) {
                JsonNode parent = at(location.subList(0, i));
                if (parent.has("errorMessage") || requiredOnly(parent.path(String.valueOf(element)))) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** How many levels into the plan a schema location goes: one for each "properties" or "items" step. */
    private static int descents(List<Object> location) {
        int levels = 0;
        for (int i = 0; i < location.size(); i++) {
            if ("properties".equals(location.get(i))) {
                levels++;
                i++;
            } else if ("items".equals(location.get(i))) {
                levels++;
            }
        }
        return levels;
    }

    /** The pointer so many levels up. */
    private static String above(String pointer, int levels) {
        String out = pointer;
        for (int i = 0; i < levels && !out.isEmpty(); i++) {
            out = out.substring(0, out.lastIndexOf('/'));
        }
        return out;
    }

    private static boolean requiredOnly(JsonNode alternatives) {
        if (!alternatives.isArray() || alternatives.isEmpty()) {
            return false;
        }
        for (JsonNode alternative : alternatives) {
            if (alternative.size() != 1 || !alternative.has("required")) {
                return false;
            }
        }
        return true;
    }

    /** One "give one of these" rule that failed at an instance. */
    private record Alternatives(String pointer, String keyword, JsonNode rule) {

        Finding finding() {
            if (rule.has("errorMessage")) {
                return new Finding(pointer, rule.get("errorMessage").asText());
            }
            List<String> choices = new ArrayList<>();
            for (JsonNode alternative : rule.get(keyword)) {
                List<String> names = new ArrayList<>();
                alternative.get("required").forEach(name -> names.add(name.asText()));
                choices.add(String.join(" and ", names));
            }
            return new Finding(pointer, (keyword.equals("oneOf") ? "give exactly one of: " : "give at least one of: ")
                    + String.join(", ", choices));
        }
    }

    private Finding single(ValidationMessage message, List<Object> location) {
        String pointer = pointer(message.getInstanceLocation());
        JsonNode value = message.getInstanceNode();
        JsonNode rule = message.getSchemaNode();
        JsonNode parent = location.isEmpty() ? schema : at(location.subList(0, location.size() - 1));
        return switch (message.getType()) {
            case "required" -> new Finding(pointer, "the required field " + Excerpt.quoted(message.getProperty()) + " is missing");
            case "additionalProperties" -> unknownField(pointer, message.getProperty(), parent);
            case "type" -> new Finding(pointer, wrongType(rule, value));
            case "enum" -> new Finding(pointer, quote(value) + " is not one of: " + list(rule));
            case "const" -> new Finding(pointer, "should be " + quote(rule) + ", not " + quote(value));
            case "format" -> new Finding(pointer, date(value));
            case "pattern" -> new Finding(pointer, DATE_FORM.equals(rule.asText()) ? date(value)
                    : ID_FORM.equals(rule.asText()) ? "is not an id: an id is ASCII letters, digits, punctuation and spaces,"
                    + " with no space at either end and no line break, tab or other control character"
                    : quote(value) + " is not written in the form this field needs");
            case "minimum" -> new Finding(pointer, "should be at least " + rule.asText() + ", not " + value.asText());
            case "maximum" -> new Finding(pointer, "should be at most " + rule.asText() + ", not " + value.asText());
            case "exclusiveMinimum" -> new Finding(pointer, "should be more than " + rule.asText() + ", not "
                    + value.asText());
            case "minItems" -> new Finding(pointer, rule.asInt() == 1 ? "should not be an empty list"
                    : "should list at least " + rule.asInt() + " items");
            case "minLength" -> new Finding(pointer, "should not be empty");
            case "false" -> new Finding(pointer, Excerpt.quoted(last(pointer)) + " is not allowed here");
            case "not" -> notBoth(pointer, value, rule, parent);
            default -> new Finding(pointer, withoutPrefix(message.getMessage()));
        };
    }

    private static Finding unknownField(String pointer, String name, JsonNode parent) {
        List<String> allowed = new ArrayList<>();
        parent.path("properties").fieldNames().forEachRemaining(allowed::add);
        String field = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
        if (allowed.isEmpty()) {
            return new Finding(field, "unknown field " + Excerpt.quoted(name) + ": no fields can be given here");
        }
        String near = nearest(name, allowed);
        String guess = near == null ? "" : " (did you mean " + Excerpt.quoted(near) + "?)";
        return new Finding(field, "unknown field " + Excerpt.quoted(name) + guess + "; the fields here are: "
                + String.join(", ", allowed));
    }

    /** The allowed name a small slip away from the one given (a typo, a missing word end), or null. */
    private static String nearest(String name, List<String> allowed) {
        String best = null;
        int bestDistance = Math.max(2, name.length() / 4) + 1;
        for (String candidate : allowed) {
            int distance = distance(name, candidate);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static String wrongType(JsonNode expected, JsonNode value) {
        List<String> words = new ArrayList<>();
        for (JsonNode type : expected.isArray() ? expected : List.of(expected)) {
            words.add(typeWord(type.asText()));
        }
        String wanted = String.join(" or ", words);
        if (value == null || value.isNull()) {
            return "is empty; it should be " + wanted;
        }
        String hint = value.isNumber() && expected.asText().equals("string")
                ? ": write it in quotes, \"" + value.asText() + "\"" : "";
        return "should be " + wanted + ", not " + found(value) + hint;
    }

    private static String typeWord(String type) {
        return switch (type) {
            case "string" -> "text";
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "boolean" -> "true or false";
            case "object" -> "a set of fields (name: value)";
            case "array" -> "a list";
            default -> type;
        };
    }

    private static String found(JsonNode value) {
        if (value.isTextual()) {
            return "the text " + Excerpt.quoted(value.asText());
        }
        if (value.isNumber()) {
            return "the number " + value.asText();
        }
        if (value.isBoolean()) {
            return value.asText();
        }
        return value.isArray() ? "a list" : "a set of fields";
    }

    private static String date(JsonNode value) {
        String text = value.asText();
        return text.matches(DATE_FORM) ? Excerpt.quoted(text) + " is not a real day"
                : Excerpt.quoted(text) + " is not a date written YYYY-MM-DD, such as 2015-09-01";
    }

    private static Finding notBoth(String pointer, JsonNode value, JsonNode rule, JsonNode parent) {
        JsonNode required = rule.path("required");
        String at = pointer;
        if (required.size() > 0 && value != null && value.has(required.get(required.size() - 1).asText())) {
            at = pointer + "/" + required.get(required.size() - 1).asText();
        }
        if (parent.has("errorMessage")) {
            return new Finding(at, parent.get("errorMessage").asText());
        }
        List<String> names = new ArrayList<>();
        required.forEach(name -> names.add(Excerpt.quoted(name.asText())));
        return new Finding(at, String.join(" and ", names) + " cannot be given together");
    }

    private static String quote(JsonNode value) {
        return value == null ? "nothing" : value.isTextual() ? Excerpt.quoted(value.asText()) : Excerpt.cut(value.toString());
    }

    private static String list(JsonNode values) {
        List<String> out = new ArrayList<>();
        values.forEach(value -> out.add(value.asText()));
        return String.join(", ", out);
    }

    private static String last(String pointer) {
        return pointer.substring(pointer.lastIndexOf('/') + 1);
    }

    /** The schema node at a location given as names and indexes. */
    private JsonNode at(List<Object> location) {
        JsonNode node = schema;
        for (Object element : location) {
            node = node.isArray() && element instanceof Integer index
                    ? node.path(index) : node.path(String.valueOf(element));
        }
        return node;
    }

    private static List<Object> elements(JsonNodePath path) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < path.getNameCount(); i++) {
            out.add(path.getElement(i));
        }
        return out;
    }

    /** The JSON pointer of a path in the plan. */
    static String pointer(JsonNodePath path) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            out.append('/').append(String.valueOf(element).replace("~", "~0").replace("/", "~1"));
        }
        return out.toString();
    }

    /** The validator's message without its "/a/b: " prefix. */
    private static String withoutPrefix(String text) {
        int colon = text.indexOf(": ");
        return colon >= 0 ? text.substring(colon + 2) : text;
    }
}
