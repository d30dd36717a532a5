package org.hearth.engine.plan;

import java.io.Reader;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML document read into a JSON tree, remembering the line and column of every value by its JSON
 * pointer so that any later error can say where it is. SnakeYAML only composes nodes here; it never
 * constructs objects, so a plan file cannot make the loader run anything.
 */
final class YamlTree {
    private final JsonNode root;
    private final Map<String, int[]> positions;
    private final List<PlanError> errors;

    private YamlTree(JsonNode root, Map<String, int[]> positions, List<PlanError> errors) {
        this.root = root;
        this.positions = positions;
        this.errors = errors;
    }

    /** Reads the document; syntax errors and duplicate keys are collected, not thrown. */
    static YamlTree read(String file, Reader reader) {
        Map<String, int[]> positions = new HashMap<>();
        List<PlanError> errors = new java.util.ArrayList<>();
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(10);
        Node node;
        try {
            node = new Yaml(options).compose(reader);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark();
            errors.add(new PlanError(file, mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1,
                    "", "not valid YAML: " + e.getProblem()));
            return new YamlTree(null, positions, errors);
        }
        if (node == null) {
            errors.add(new PlanError(file, 1, 1, "", "the file is empty"));
            return new YamlTree(null, positions, errors);
        }
        JsonNode root = convert(file, node, "", positions, errors);
        return new YamlTree(root, positions, errors);
    }

    private static JsonNode convert(String file, Node node, String pointer, Map<String, int[]> positions,
                                    List<PlanError> errors) {
        positions.put(pointer, new int[] {node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1});
        JsonNodeFactory json = JsonNodeFactory.instance;
        if (node instanceof MappingNode mapping) {
            ObjectNode object = json.objectNode();
            Set<String> seen = new HashSet<>();
            for (NodeTuple tuple : mapping.getValue()) {
                String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "?";
                String child = pointer + "/" + key.replace("~", "~0").replace("/", "~1");
                if (!seen.add(key)) {
                    Mark mark = tuple.getKeyNode().getStartMark();
                    errors.add(new PlanError(file, mark.getLine() + 1, mark.getColumn() + 1, child,
                            "the key '" + key + "' is given twice"));
                    continue;
                }
                object.set(key, convert(file, tuple.getValueNode(), child, positions, errors));
            }
            return object;
        }
        if (node instanceof SequenceNode sequence) {
            ArrayNode array = json.arrayNode();
            List<Node> items = sequence.getValue();
            for (int i = 0; i < items.size(); i++) {
                array.add(convert(file, items.get(i), pointer + "/" + i, positions, errors));
            }
            return array;
        }
        ScalarNode scalar = (ScalarNode) node;
        String text = scalar.getValue();
        Tag tag = scalar.getTag();
        try {
            if (Tag.NULL.equals(tag)) {
                return json.nullNode();
            }
            if (Tag.BOOL.equals(tag)) {
                return json.booleanNode(Boolean.parseBoolean(text.toLowerCase(java.util.Locale.ROOT)));
            }
            if (Tag.INT.equals(tag)) {
                return json.numberNode(Long.parseLong(text.replace("_", "")));
            }
            if (Tag.FLOAT.equals(tag)) {
                return json.numberNode(new java.math.BigDecimal(text.replace("_", "")));
            }
        } catch (NumberFormatException e) {
            return json.textNode(text);
        }
        return json.textNode(text);
    }

    JsonNode root() {
        return root;
    }

    List<PlanError> errors() {
        return errors;
    }

    /** Line and column of the value at the pointer, or of its nearest ancestor that has one. */
    int[] position(String pointer) {
        String at = pointer;
        while (true) {
            int[] found = positions.get(at);
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
