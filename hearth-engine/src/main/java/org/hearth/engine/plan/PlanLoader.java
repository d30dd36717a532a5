package org.hearth.engine.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import org.hearth.engine.HearthException;

/**
 * Reads a plan file: YAML, checked against the plan schema (plans/plan.schema.json) and for what a
 * schema cannot see (ids that must be unique, references that must resolve, filters that must name
 * real fields), then bound to the plan model. Every error found is reported at once, each with the
 * file, line and column and what is wrong in plain words; a plan with any error is not returned.
 */
public final class PlanLoader {
    /** Where the schema is on the class path (the engine jar ships the plans folder). */
    public static final String SCHEMA_RESOURCE = "/plans/plan.schema.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .addModule(new JavaTimeModule())
            .build();

    private final JsonSchema schema;
    private final JsonNode schemaNode;

    private PlanLoader(JsonSchema schema, JsonNode schemaNode) {
        this.schema = schema;
        this.schemaNode = schemaNode;
    }

    /** A loader using the schema shipped with the engine. */
    public static PlanLoader withBuiltInSchema() {
        try (InputStream in = PlanLoader.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the plan schema " + SCHEMA_RESOURCE + " is not on the class path");
            }
            JsonNode schemaNode = MAPPER.readTree(in);
            // Dates are checked as real days (2015-02-30 is refused), which draft 2020-12 leaves optional.
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(schemaNode, config);
            return new PlanLoader(schema, schemaNode);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the plan schema", e);
        }
    }

    /** Reads and checks the plan file (a regular file within the limits of {@link PlanText}). */
    public Plan load(Path file) {
        return loadText(file.toString(), PlanText.read(file));
    }

    /**
     * The bytes of a plan file, to store or upload: a regular file within {@link PlanText}'s size limit.
     *
     * @throws InvalidPlanException when it is not one
     */
    public static byte[] fileBytes(Path file) {
        return PlanText.bytes(file);
    }

    /** The plans shipped inside the engine, by id, in the order the demo and the server offer them. */
    public static final List<String> BUILT_IN = List.of("southwark", "sunderland", "southampton", "worcestershire");

    /**
     * The file of a plan shipped inside the engine ({@code /plans/ID.yaml}: southwark, sunderland, southampton,
     * worcestershire), as an authority would upload it.
     *
     * @throws HearthException when this build has no such plan
     */
    public static byte[] builtInFile(String id) {
        try (InputStream in = PlanLoader.class.getResourceAsStream("/plans/" + id + ".yaml")) {
            if (in == null) {
                throw new HearthException("the built-in plan " + id + " is missing from this build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new HearthException("cannot read the built-in plan " + id, e);
        }
    }

    /** Reads and checks a plan file's bytes (an upload) as {@link #load(Path)} reads a file's. */
    public Plan load(String name, byte[] bytes) {
        return loadText(name, PlanText.read(name, bytes));
    }

    /** Reads and checks plan text; {@code name} is what errors call the file. */
    public Plan load(String name, String text) {
        return load(name, new StringReader(text));
    }

    /**
     * Reads and checks a plan; {@code name} is what errors call the file. The schema and the plan checks
     * both run on what was read, so that one attempt reports every error; the plan is bound to the model
     * only when there is none.
     */
    public Plan load(String name, Reader reader) {
        return loadText(name, PlanText.read(name, reader));
    }

    private Plan loadText(String name, String text) {
        YamlTree tree = YamlTree.read(name, new StringReader(text));
        List<PlanError> errors = new ArrayList<>(tree.errors());
        if (tree.root() == null) {
            throw new InvalidPlanException(name, errors);
        }
        if (!namesAPlanField(tree.root())) { // not quoted: it may be any file given by mistake, or on purpose
            throw new InvalidPlanException(name, List.of(new PlanError(name, 1, 1, "", "is not a plan: a plan file is a"
                    + " YAML mapping of fields (id, authority, effective, programme, problems), and this names none")));
        }
        List<PlanChecks.Finding> schemaFindings = SchemaMessages.explain(schema.validate(tree.root()), schemaNode);
        for (PlanChecks.Finding finding : schemaFindings) {
            errors.add(error(name, tree, finding));
        }
        for (PlanChecks.Finding finding : PlanChecks.check(tree.root())) {
            if (!coveredBy(finding, schemaFindings)) {
                errors.add(error(name, tree, finding));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidPlanException(name, sorted(errors));
        }
        try {
            return MAPPER.treeToValue(tree.root(), Plan.class);
        } catch (JsonMappingException e) {
            String pointer = pointer(e);
            int[] at = tree.position(pointer);
            throw new InvalidPlanException(name,
                    List.of(new PlanError(name, at[0], at[1], pointer, bindingMessage(e))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * True when the document is a mapping naming at least one of a plan's own fields (the schema's
     * top-level properties). Anything else, a password file that happens to read as YAML among them, is
     * refused without a word of it quoted.
     */
    private boolean namesAPlanField(JsonNode root) {
        if (!root.isObject()) {
            return false;
        }
        JsonNode fields = schemaNode.path("properties");
        for (var names = root.fieldNames(); names.hasNext(); ) {
            if (fields.has(names.next())) {
                return true;
            }
        }
        return false;
    }

    private static PlanError error(String name, YamlTree tree, PlanChecks.Finding finding) {
        int[] at = tree.position(finding.pointer());
        return new PlanError(name, at[0], at[1], finding.pointer(), finding.message());
    }

    /** True when the schema already found fault with the same field or something inside it: say it once. */
    private static boolean coveredBy(PlanChecks.Finding finding, List<PlanChecks.Finding> schemaFindings) {
        for (PlanChecks.Finding other : schemaFindings) {
            if (other.pointer().equals(finding.pointer()) || other.pointer().startsWith(finding.pointer() + "/")) {
                return true;
            }
        }
        return false;
    }

    private static List<PlanError> sorted(List<PlanError> errors) {
        List<PlanError> out = new ArrayList<>(errors);
        out.sort(Comparator.comparingInt(PlanError::line).thenComparingInt(PlanError::column)
                .thenComparing(PlanError::field).thenComparing(PlanError::message));
        return out;
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            out.append('/').append(ref.getFieldName() != null ? ref.getFieldName() : Integer.toString(ref.getIndex()));
        }
        return out.toString();
    }

    private static String bindingMessage(JsonMappingException e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
            return cause.getMessage();
        }
        String message = e.getOriginalMessage();
        int cut = message.indexOf('\n');
        return cut < 0 ? message : message.substring(0, cut);
    }
}
