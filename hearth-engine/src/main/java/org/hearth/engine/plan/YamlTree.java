package org.hearth.engine.plan;

import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hearth.engine.Excerpt;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML document read into a JSON tree, remembering where every key and value is by its JSON pointer
 * so that any later error can say which line it is on. SnakeYAML only composes nodes here; it never
 * constructs objects, so a plan file cannot make the loader run anything.
 */
final class YamlTree {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** Aliases of lists and mappings allowed (a plan needs none): many make a small file expand without end. */
    private static final int MOST_ALIASES = 10;
    /** How deep lists and mappings may nest; the deepest built-in plan nests 12 levels. */
    private static final int DEEPEST_NESTING = 50;

    private final JsonNode root;
    private final Map<String, int[]> keys;
    private final Map<String, int[]> values;
    private final List<PlanError> errors;

    private YamlTree(JsonNode root, Map<String, int[]> keys, Map<String, int[]> values, List<PlanError> errors) {
        this.root = root;
        this.keys = keys;
        this.values = values;
        this.errors = errors;
    }

    /** Reads the document; a syntax error ends the reading, duplicate keys are collected. */
    static YamlTree read(String file, Reader reader) {
        Map<String, int[]> keys = new HashMap<>();
        Map<String, int[]> values = new HashMap<>();
        List<PlanError> errors = new ArrayList<>();
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(MOST_ALIASES);
        options.setNestingDepthLimit(DEEPEST_NESTING); // the size is limited before (PlanText)
        Node node;
        try {
            node = new Yaml(options).compose(reader);
        } catch (MarkedYAMLException e) {
            int[] at = e.getProblemMark() == null ? new int[] {0, 0} : mark(e.getProblemMark());
            errors.add(new PlanError(file, at[0], at[1], "", syntax(e.getProblem())));
            return new YamlTree(null, keys, values, errors);
        } catch (YAMLException e) {
            errors.add(new PlanError(file, 0, 0, "", limit(e.getMessage())));
            return new YamlTree(null, keys, values, errors);
        }
        if (node == null) {
            errors.add(new PlanError(file, 1, 1, "", "the file is empty"));
            return new YamlTree(null, keys, values, errors);
        }
        JsonNode root = new Converter(file, keys, values, errors).convert(node, "");
        return new YamlTree(root, keys, values, errors);
    }

    /** What a YAML error with no place in the file says (the reader's limits), in plain words. */
    private static String limit(String problem) {
        String text = String.valueOf(problem);
        if (text.contains("aliases")) {
            return "not valid YAML: more than " + MOST_ALIASES + " aliases (*name) of lists or mappings; a plan needs none,"
                    + " and many can make a small file expand without end";
        }
        if (text.contains("Nesting Depth")) {
            return "not valid YAML: nested more than " + DEEPEST_NESTING + " levels deep; a plan needs far fewer";
        }
        return "not valid YAML: " + Excerpt.printable(text);
    }

    /** SnakeYAML's description of a syntax error, with a hint in plain words for the common ones. */
    private static String syntax(String problem) {
        String hint;
        if (problem.contains("'\\t'")) {
            hint = ": indent with spaces, not tabs";
        } else if (problem.contains("mapping values are not allowed here")) {
            hint = ": a value contains ': ' (put the text in quotes) or a line is indented wrongly";
        } else if (problem.contains("could not find expected ':'")) {
            hint = ": a line is not 'name: value' (check the indentation, or put the text in quotes)";
        } else if (problem.contains("expected <block end>")) {
            hint = ": this line is not indented in step with the lines above it";
        } else {
            hint = "";
        }
        return "not valid YAML: " + problem + hint;
    }

    /**
     * Turns the composed nodes into a JSON tree, noting where each key and value is. An alias may name a
     * list or mapping that holds it (`a: &a [x, *a]`), which would make the tree endless: that is an error.
     */
    private static final class Converter {
        private final String file;
        private final Map<String, int[]> keys;
        private final Map<String, int[]> values;
        private final List<PlanError> errors;
        /** The lists and mappings that hold the node being converted, by identity. */
        private final Set<Node> enclosing = Collections.newSetFromMap(new IdentityHashMap<>());

        Converter(String file, Map<String, int[]> keys, Map<String, int[]> values, List<PlanError> errors) {
            this.file = file;
            this.keys = keys;
            this.values = values;
            this.errors = errors;
        }

        JsonNode convert(Node node, String pointer) {
            values.put(pointer, mark(node.getStartMark()));
            if (node instanceof ScalarNode scalar) {
                return scalar(scalar);
            }
            if (!enclosing.add(node)) {
                int[] at = mark(node.getStartMark());
                errors.add(new PlanError(file, at[0], at[1], pointer, "an alias (*name) here names a list or mapping"
                        + " that holds it, which would make the plan endless"));
                return JSON.nullNode();
            }
            try {
                return node instanceof MappingNode mapping ? object(mapping, pointer) : array((SequenceNode) node, pointer);
            } finally {
                enclosing.remove(node);
            }
        }

        private JsonNode object(MappingNode mapping, String pointer) {
            ObjectNode object = JSON.objectNode();
            Set<String> seen = new HashSet<>();
            for (NodeTuple tuple : mapping.getValue()) {
                String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "?";
                String child = pointer + "/" + key.replace("~", "~0").replace("/", "~1");
                int[] at = mark(tuple.getKeyNode().getStartMark());
                if (!seen.add(key)) {
                    errors.add(new PlanError(file, at[0], at[1], child, "the key " + Excerpt.quoted(key) + " is given twice"));
                    continue;
                }
                keys.put(child, at);
                object.set(key, convert(tuple.getValueNode(), child));
            }
            return object;
        }

        private JsonNode array(SequenceNode sequence, String pointer) {
            ArrayNode array = JSON.arrayNode();
            List<Node> items = sequence.getValue();
            for (int i = 0; i < items.size(); i++) {
                array.add(convert(items.get(i), pointer + "/" + i));
            }
            return array;
        }
    }

    private static JsonNode scalar(ScalarNode scalar) {
        String text = scalar.getValue();
        Tag tag = scalar.getTag();
        try {
            if (Tag.NULL.equals(tag)) {
                return JSON.nullNode();
            }
            if (Tag.BOOL.equals(tag)) {
                // YAML 1.1, which SnakeYAML reads: yes and on are true as well.
                String word = text.toLowerCase(Locale.ROOT);
                return JSON.booleanNode(word.equals("true") || word.equals("yes") || word.equals("on"));
            }
            if (Tag.INT.equals(tag)) {
                return JSON.numberNode(Long.parseLong(text.replace("_", "")));
            }
            if (Tag.FLOAT.equals(tag)) {
                // Kept as written (1.10 stays 1.10), so that a message can quote it.
                return JSON.numberNode(new BigDecimal(text.replace("_", "")));
            }
        } catch (NumberFormatException e) {
            return JSON.textNode(text);
        }
        return JSON.textNode(text);
    }

    private static int[] mark(Mark mark) {
        return new int[] {mark.getLine() + 1, mark.getColumn() + 1};
    }

    JsonNode root() {
        return root;
    }

    List<PlanError> errors() {
        return errors;
    }

    /**
     * Line and column of the field at the pointer: its key for a field of a mapping, the item itself for
     * an item of a list; for a pointer the document does not have, the nearest ancestor it has.
     */
    int[] position(String pointer) {
        String at = pointer;
        while (true) {
            int[] found = keys.containsKey(at) ? keys.get(at) : values.get(at);
            if (found != null) {
                return found;
            }
            if (at.isEmpty()) {
                return new int[] {0, 0};
            }
            at = at.substring(0, at.lastIndexOf('/'));
        }
    }
}
