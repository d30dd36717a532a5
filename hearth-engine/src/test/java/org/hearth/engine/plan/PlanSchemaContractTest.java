package org.hearth.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import org.hearth.engine.measure.Baseline;
import org.hearth.engine.measure.Bound;
import org.hearth.engine.measure.ContinuousEmployment;
import org.hearth.engine.measure.CountInWindow;
import org.hearth.engine.measure.DatedValue;
import org.hearth.engine.measure.EarningsThreshold;
import org.hearth.engine.measure.Measure;
import org.hearth.engine.measure.People;
import org.hearth.engine.measure.Period;
import org.hearth.engine.measure.RecordSelection;
import org.hearth.engine.timeline.RecordKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps plans/plan.schema.json and the Java plan model saying the same thing: the schema is what
 * editors and analysts see, the model is what runs, so a field or a value one accepts and the other
 * refuses would let a plan pass one check and fail the other.
 */
class PlanSchemaContractTest {
    private static final JsonNode SCHEMA = schema();
    private static final JsonNode DEFS = SCHEMA.get("$defs");
    private static final PropertyNamingStrategies.SnakeCaseStrategy SNAKE = new PropertyNamingStrategies.SnakeCaseStrategy();

    /** The schema definitions of the plan model and the measures' parts, with the class each describes. */
    static Stream<Arguments> modelDefinitions() {
        return Stream.of(
                Arguments.of("effective", Plan.Effective.class),
                Arguments.of("programme", Programme.class),
                Arguments.of("eligibility", Programme.Eligibility.class),
                Arguments.of("claim_route", ClaimRoute.class),
                Arguments.of("problem", Problem.class),
                Arguments.of("indicator", Indicator.class),
                Arguments.of("outcome", Outcome.class),
                Arguments.of("people", People.class),
                Arguments.of("period", Period.class),
                Arguments.of("count_window", CountInWindow.Window.class),
                Arguments.of("baseline", Baseline.class),
                Arguments.of("bound", Bound.class),
                Arguments.of("selection", RecordSelection.class),
                Arguments.of("continuous_employment_rule", ContinuousEmployment.Rule.class),
                Arguments.of("earnings_band", EarningsThreshold.Band.class),
                Arguments.of("percent_step", DatedValue.Step.class),
                Arguments.of("number_step", DatedValue.Step.class));
    }

    static Stream<Arguments> measureDefinitions() {
        return measureTypes().entrySet().stream().map(type -> Arguments.of(type.getKey(), type.getValue()));
    }

    @Test
    void theSchemaIsAValidDraft202012Schema() {
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of(SchemaId.V202012));

        assertThat(meta.validate(SCHEMA)).isEmpty();
    }

    @Test
    void everyMeasureTypeHasADefinitionAndEveryDefinitionIsAMeasureType() {
        Set<String> javaTypes = measureTypes().keySet();
        JsonNode dispatch = DEFS.get("measure");

        assertThat(names(dispatch.at("/properties/type/enum"))).containsExactlyElementsOf(javaTypes);
        List<String> branches = new ArrayList<>();
        for (JsonNode branch : dispatch.get("allOf")) {
            String type = branch.at("/if/properties/type/const").asText();
            branches.add(type);
            assertThat(branch.at("/then/$ref").asText()).as("the branch for " + type).isEqualTo("#/$defs/" + type);
        }
        assertThat(branches).containsExactlyElementsOf(javaTypes);
        List<String> measureDefinitions = new ArrayList<>();
        DEFS.properties().forEach(def -> {
            if (def.getValue().at("/properties/type/const").isTextual()) {
                measureDefinitions.add(def.getKey());
            }
        });
        assertThat(measureDefinitions).containsExactlyInAnyOrderElementsOf(javaTypes);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("measureDefinitions")
    void eachMeasureDefinitionHasExactlyTheFieldsJavaAccepts(String type, Class<?> measure) {
        JsonNode definition = DEFS.get(type);
        Set<String> expected = new LinkedHashSet<>();
        expected.add("type");
        expected.addAll(javaFields(measure).keySet());

        assertThat(names(definition.get("properties"))).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(definition.at("/properties/type/const").asText()).isEqualTo(type);
        assertThat(definition.get("additionalProperties").asBoolean(true)).as("additionalProperties").isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modelDefinitions")
    void eachModelDefinitionHasExactlyTheFieldsJavaAccepts(String name, Class<?> type) {
        assertThat(names(objectProperties(DEFS.get(name)))).containsExactlyInAnyOrderElementsOf(javaFields(type).keySet());
    }

    @Test
    void thePlanItselfHasExactlyTheFieldsJavaAccepts() {
        assertThat(names(SCHEMA.get("properties"))).containsExactlyInAnyOrderElementsOf(javaFields(Plan.class).keySet());
        assertThat(SCHEMA.get("additionalProperties").asBoolean(true)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"measureDefinitions", "modelDefinitions"})
    void everyFieldThatJavaReadsAsAVocabularyAllowsExactlyItsValues(String name, Class<?> type) {
        JsonNode properties = objectProperties(DEFS.get(name));
        javaFields(type).forEach((field, javaType) -> {
            Class<?> vocabulary = vocabulary(javaType);
            if (vocabulary != null) {
                assertThat(allowed(properties.get(field))).as(name + "." + field)
                        .containsExactlyInAnyOrderElementsOf(codes(vocabulary));
            }
        });
    }

    @Test
    void theRecordKindsAreExactlyTheTimelineKinds() {
        List<String> kinds = RecordKind.all().stream().map(RecordKind::name).toList();

        assertThat(names(DEFS.at("/record_kind/enum"))).containsExactlyElementsOf(kinds);
        List<String> filtered = new ArrayList<>();
        for (JsonNode branch : DEFS.at("/where_for_kind/allOf")) {
            String kind = branch.at("/if/properties/records/const").asText();
            filtered.add(kind);
            assertThat(branch.at("/then/properties/where/$ref").asText()).isEqualTo("#/$defs/where_" + kind);
        }
        assertThat(filtered).containsExactlyElementsOf(kinds);
    }

    @Test
    void eachKindsFilterHasExactlyTheFieldsAndValuesTheTimelineHas() {
        for (RecordKind<?> kind : RecordKind.all()) {
            JsonNode where = DEFS.get("where_" + kind.name());
            assertThat(names(where.get("properties"))).as(kind.name()).containsExactlyElementsOf(kind.fieldNames());
            assertThat(where.get("additionalProperties").asBoolean(true)).isFalse();
            for (String field : kind.fieldNames()) {
                Class<?> values = kind.fieldValues(field);
                JsonNode property = where.at("/properties/" + field);
                if (values == Boolean.class) {
                    assertThat(property.get("type").asText()).as(kind.name() + "." + field).isEqualTo("boolean");
                } else {
                    assertThat(allowed(property)).as(kind.name() + "." + field)
                            .containsExactlyInAnyOrderElementsOf(codes(values));
                }
            }
        }
    }

    @Test
    void everyDefinitionAndFieldIsDescribedForTheAnalyst() {
        List<String> undescribed = new ArrayList<>();
        DEFS.properties().forEach(def -> {
            if (!def.getValue().has("description")) {
                undescribed.add(def.getKey());
            }
            objectProperties(def.getValue()).properties().forEach(field -> {
                if (!field.getValue().has("description")) {
                    undescribed.add(def.getKey() + "." + field.getKey());
                }
            });
        });
        SCHEMA.get("properties").properties().forEach(field -> {
            if (!field.getValue().has("description")) {
                undescribed.add(field.getKey());
            }
        });
        assertThat(undescribed).isEmpty();
    }

    /** The measure types by name, from the {@code @JsonSubTypes} Jackson reads plans with. */
    private static Map<String, Class<?>> measureTypes() {
        Map<String, Class<?>> types = new LinkedHashMap<>();
        for (JsonSubTypes.Type type : Measure.class.getAnnotation(JsonSubTypes.class).value()) {
            types.put(type.name(), type.value());
        }
        return types;
    }

    /**
     * The plan's names for the fields Java reads into the type, with their Java types: the
     * {@code @JsonProperty} names of a {@code @JsonCreator} that takes properties, or else the record's
     * components in snake_case (the loader's naming strategy).
     */
    private static Map<String, Type> javaFields(Class<?> type) {
        Map<String, Type> fields = new LinkedHashMap<>();
        Executable creator = creator(type);
        if (creator != null) {
            for (Parameter parameter : creator.getParameters()) {
                fields.put(parameter.getAnnotation(JsonProperty.class).value(), parameter.getParameterizedType());
            }
            return fields;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            fields.put(SNAKE.translate(component.getName()), component.getGenericType());
        }
        return fields;
    }

    private static Executable creator(Class<?> type) {
        List<Executable> candidates = new ArrayList<>();
        for (Method method : type.getDeclaredMethods()) {
            if (Modifier.isStatic(method.getModifiers())) {
                candidates.add(method);
            }
        }
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            candidates.add(constructor);
        }
        for (Executable candidate : candidates) {
            JsonCreator annotation = candidate.getAnnotation(JsonCreator.class);
            if (annotation != null && annotation.mode() != JsonCreator.Mode.DELEGATING) {
                return candidate;
            }
        }
        return null;
    }

    /** The enum a field's values come from (itself, or its list's items), or null. */
    private static Class<?> vocabulary(Type type) {
        if (type instanceof Class<?> plain && plain.isEnum()) {
            return plain;
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() == List.class) {
            return vocabulary(generic.getActualTypeArguments()[0]);
        }
        return null;
    }

    private static List<String> codes(Class<?> vocabulary) {
        List<String> codes = new ArrayList<>();
        for (Object value : vocabulary.getEnumConstants()) {
            codes.add(((Enum<?>) value).name().toLowerCase(java.util.Locale.ROOT));
        }
        return codes;
    }

    /** The values a property allows, following references, list items and one-or-many forms. */
    private static List<String> allowed(JsonNode property) {
        JsonNode node = resolve(property);
        if (node.has("enum")) {
            return names(node.get("enum"));
        }
        if (node.has("items")) {
            return allowed(node.get("items"));
        }
        if (node.has("then")) {
            return allowed(node.get("then"));
        }
        throw new AssertionError("no list of allowed values in " + property);
    }

    /** The fields of an object definition; for the name-or-object forms (people), of the object form. */
    private static JsonNode objectProperties(JsonNode definition) {
        JsonNode node = resolve(definition);
        return node.has("properties") ? node.get("properties") : node.at("/else/properties");
    }

    private static JsonNode resolve(JsonNode node) {
        JsonNode out = node;
        while (out.has("$ref")) {
            out = SCHEMA.at(out.get("$ref").asText().substring(1));
        }
        return out;
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(value -> out.add(value.asText()));
        } else {
            node.fieldNames().forEachRemaining(out::add);
        }
        return out;
    }


    private static JsonNode schema() {
        try (InputStream in = PlanSchemaContractTest.class.getResourceAsStream(PlanLoader.SCHEMA_RESOURCE)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
