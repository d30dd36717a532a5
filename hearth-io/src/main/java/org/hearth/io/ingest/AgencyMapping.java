package org.hearth.io.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hearth.engine.HearthException;
import org.hearth.engine.timeline.RecordKind;
import org.hearth.io.canonical.RecordCells;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * An authority's mapping of one agency extract to Hearth, written in YAML (docs/data-in.md, "Agency extracts and their
 * mapping files"): the provider, the canonical record kind each row becomes, the extract's columns for the persons.csv
 * identity fields and for the record's columns, fixed values, the extract's codes for canonical codes, and its date
 * form. Read with SnakeYAML as nodes only, every scalar as the text written (so {@code 01} stays {@code 01} and
 * {@code yes} is not turned into true); every mistake is collected and reported with its line before any row is read.
 */
record AgencyMapping(String provider, RecordKind<?> kind, String dateFormatText, DateTimeFormatter dateFormat,
                     Map<PersonColumn, String> person, String recordId, Map<String, String> columns, Map<String, String> values,
                     Map<String, Map<String, String>> codes) {

    private static final List<String> KEYS = List.of("provider", "record", "date_format", "person", "record_id", "columns",
            "values", "codes");
    /** Columns the reader fills itself: the row's person, the person's household, the record's id. */
    private static final List<String> AUTOMATIC = List.of("record_id", "person_id", "family_id");

    /** The date in the mapping's form (ISO dates are read too), or null. */
    LocalDate date(String text) {
        try {
            return LocalDate.parse(text, dateFormat);
        } catch (DateTimeException e) {
            LocalDate iso = SourceDate.parse(text);
            return text.contains("/") ? null : iso;
        }
    }

    /** The extract's code for a column made canonical, or the value itself when the mapping lists no such code. */
    String code(String column, String value) {
        Map<String, String> table = codes.get(column);
        return table == null ? value : table.getOrDefault(value, value);
    }

    /**
     * @throws HearthException naming every mistake, each with its line, when the file is not a valid mapping
     */
    static AgencyMapping read(Path file) {
        String name = file.getFileName().toString();
        Node root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(10);
            root = new Yaml(options).compose(reader);
        } catch (IOException e) {
            throw new HearthException("Cannot read the mapping file " + file + ": " + e.getMessage(), e);
        } catch (YAMLException e) {
            throw new HearthException(name + ": is not a YAML mapping file: " + e.getMessage().replace('\n', ' '));
        }
        if (!(root instanceof MappingNode)) {
            throw new HearthException(name + ": a mapping file is a YAML mapping of provider, record, person, columns, …");
        }
        return new Parse(name).mapping((MappingNode) root);
    }

    /** Reads the nodes, collecting every mistake. */
    private static final class Parse {
        private final String file;
        private final List<Mistake> errors = new ArrayList<>();

        /** A mistake and its line, for listing in line order. */
        private record Mistake(int line, String text) {
        }

        Parse(String file) {
            this.file = file;
        }

        AgencyMapping mapping(MappingNode root) {
            Map<String, Node> top = entries(root);
            for (Map.Entry<String, Node> entry : top.entrySet()) {
                if (!KEYS.contains(entry.getKey())) {
                    error(entry.getValue(), "unknown key '" + entry.getKey() + "'; a mapping has " + String.join(", ", KEYS));
                }
            }
            String provider = text(top.get("provider"), "provider", root);
            RecordKind<?> kind = kind(top.get("record"), root);
            String pattern = top.containsKey("date_format") ? text(top.get("date_format"), "date_format", root) : "uuuu-MM-dd";
            DateTimeFormatter format = format(pattern, top.get("date_format"));
            Map<PersonColumn, String> person = person(top.get("person"), root);
            String recordId = top.containsKey("record_id") ? text(top.get("record_id"), "record_id", root) : null;
            Map<String, String> columns = recordColumns(top.get("columns"), kind);
            Map<String, String> values = recordColumns(top.get("values"), kind);
            Map<String, Map<String, String>> codes = codes(top.get("codes"), kind);
            if (kind != null) {
                covered(kind, person, columns, values, root);
            }
            if (!errors.isEmpty()) {
                throw new HearthException("The mapping file " + file + " has " + errors.size() + (errors.size() == 1 ? " mistake" : " mistakes")
                        + ":\n" + String.join("\n", errors.stream().sorted(Comparator.comparingInt(Mistake::line))
                        .map(Mistake::text).toList()));
            }
            return new AgencyMapping(provider, kind, pattern, format, person, recordId, columns, values, codes);
        }

        private RecordKind<?> kind(Node node, Node root) {
            String name = text(node, "record", root);
            if (name == null) {
                return null;
            }
            RecordKind<?> kind = RecordKind.named(name);
            if (kind == null) {
                error(node, "record: '" + name + "' is not a record kind of the canonical format ("
                        + String.join(", ", RecordKind.all().stream().map(RecordKind::name).toList()) + ")");
            }
            return kind;
        }

        private DateTimeFormatter format(String pattern, Node node) {
            try {
                return DateTimeFormatter.ofPattern(pattern.replace('y', 'u')).withResolverStyle(ResolverStyle.STRICT);
            } catch (IllegalArgumentException e) {
                error(node, "date_format: '" + pattern + "' is not a date pattern (write it as dd/MM/yyyy: dd the day, MM the"
                        + " month, yyyy the year)");
                return DateTimeFormatter.ISO_LOCAL_DATE;
            }
        }

        private Map<PersonColumn, String> person(Node node, Node root) {
            Map<PersonColumn, String> person = new LinkedHashMap<>();
            if (node == null) {
                error(root, "person: the extract's column for source_person_id (the person's id in the extract) is required");
                return person;
            }
            for (Map.Entry<String, Node> entry : entries(node).entrySet()) {
                PersonColumn column = PersonColumn.named(entry.getKey());
                if (column == null || column == PersonColumn.PROVIDER) {
                    error(entry.getValue(), "person: '" + entry.getKey() + "' is not a column of persons.csv (source_person_id,"
                            + " upn, former_upn, nhs_number, ni_number, local_child_id, given_name, family_name, former_family_name,"
                            + " date_of_birth, sex, postcode, address, uprn, household_ref)");
                } else {
                    person.put(column, text(entry.getValue(), "person: " + entry.getKey(), node));
                }
            }
            if (!person.containsKey(PersonColumn.SOURCE_PERSON_ID)) {
                error(node, "person: source_person_id, the extract's column for the person's id in the extract, is required");
            }
            return person;
        }

        private Map<String, String> recordColumns(Node node, RecordKind<?> kind) {
            Map<String, String> mapped = new LinkedHashMap<>();
            if (node == null) {
                return mapped;
            }
            for (Map.Entry<String, Node> entry : entries(node).entrySet()) {
                String column = entry.getKey();
                if (kind != null && (!RecordCells.columns(kind).contains(column) || AUTOMATIC.contains(column))) {
                    error(entry.getValue(), "'" + column + "' is not a column of " + kind.name() + ".csv that a mapping gives ("
                            + String.join(", ", RecordCells.columns(kind).stream().filter(c -> !AUTOMATIC.contains(c)).toList())
                            + "; record_id, person_id and family_id come from record_id and person)");
                } else {
                    mapped.put(column, text(entry.getValue(), column, node));
                }
            }
            return mapped;
        }

        private Map<String, Map<String, String>> codes(Node node, RecordKind<?> kind) {
            Map<String, Map<String, String>> codes = new LinkedHashMap<>();
            if (node == null) {
                return codes;
            }
            for (Map.Entry<String, Node> entry : entries(node).entrySet()) {
                String column = entry.getKey();
                if (!column.equals("sex") && kind != null && !RecordCells.columns(kind).contains(column)) {
                    error(entry.getValue(), "codes: '" + column + "' is not sex or a column of " + kind.name() + ".csv");
                    continue;
                }
                Map<String, String> table = new LinkedHashMap<>();
                for (Map.Entry<String, Node> code : entries(entry.getValue()).entrySet()) {
                    table.put(code.getKey(), text(code.getValue(), "codes: " + column + ": " + code.getKey(), entry.getValue()));
                }
                codes.put(column, table);
            }
            return codes;
        }

        /** Every column the kind requires is given: by the reader itself, a column of the extract or a fixed value. */
        private void covered(RecordKind<?> kind, Map<PersonColumn, String> person, Map<String, String> columns,
                             Map<String, String> values, Node root) {
            for (String required : RecordCells.required(kind)) {
                boolean given = switch (required) {
                    case "record_id", "person_id" -> true;
                    case "family_id" -> person.containsKey(PersonColumn.HOUSEHOLD_REF);
                    default -> columns.containsKey(required) || values.containsKey(required);
                };
                if (!given) {
                    error(root, required.equals("family_id")
                            ? kind.name() + ".csv needs the household: map person: household_ref to the extract's column for it"
                            : kind.name() + ".csv requires " + required + ": give the extract's column under columns, or a fixed"
                            + " value under values");
                }
            }
        }

        private Map<String, Node> entries(Node node) {
            Map<String, Node> entries = new LinkedHashMap<>();
            if (!(node instanceof MappingNode mapping)) {
                error(node, "expected keys and values here");
                return entries;
            }
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    entries.put(key.getValue(), tuple.getValueNode());
                } else {
                    error(tuple.getKeyNode(), "a key is a plain name");
                }
            }
            return entries;
        }

        private String text(Node node, String what, Node parent) {
            if (node == null) {
                error(parent, what + " is required");
                return null;
            }
            if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
                error(node, what + ": expected one value");
                return null;
            }
            return scalar.getValue().strip();
        }

        private void error(Node node, String message) {
            int line = node == null ? 0 : node.getStartMark().getLine() + 1;
            errors.add(new Mistake(line, file + ":" + line + ": " + message));
        }
    }
}
