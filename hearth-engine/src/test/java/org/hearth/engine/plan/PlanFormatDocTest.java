package org.hearth.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.hearth.engine.measure.Measure;
import org.hearth.engine.timeline.RecordKind;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The examples in docs/plan-format.md are fixtures: every {@code yaml} block must load. A block that
 * starts with {@code type:} is one measure and is loaded as the measure of an outcome in a minimal
 * plan; any other block is a whole plan and is loaded as it is.
 */
class PlanFormatDocTest {
    private static final Path DOC = Path.of("..", "docs", "plan-format.md");
    private static final PlanLoader LOADER = PlanLoader.withBuiltInSchema();

    /** A plan with one outcome, whose measure is the example, indented into place. */
    private static final String MINIMAL_PLAN = """
            id: doc-example
            authority: Example Borough Council
            title: Documentation example
            version: "1"
            effective: {from: 2015-04-01}
            programme:
              eligibility: {minimum_problems: 2}
            problems:
              - id: "1"
                theme: crime_asb
                indicators:
                  - id: A
                    test: {type: count_in_window, records: offences, window: {months: 12}}
                outcomes:
                  - id: "1.1"
                    measure:
            """;

    /** A YAML example and the line of the doc it starts on. */
    record Example(int line, String yaml) {

        boolean measure() {
            return yaml.startsWith("type:");
        }

        String type() {
            return yaml.lines().findFirst().orElseThrow().substring("type:".length()).trim();
        }

        /** The doc's line for a line of {@link #asPlan()}. */
        int docLine(int planLine) {
            return line + planLine - 1 - (measure() ? (int) MINIMAL_PLAN.lines().count() : 0);
        }

        String asPlan() {
            if (!measure()) {
                return yaml;
            }
            StringBuilder plan = new StringBuilder(MINIMAL_PLAN);
            yaml.lines().forEach(line -> plan.append(" ".repeat(10)).append(line).append('\n'));
            return plan.toString();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyYamlExampleLoads() throws IOException {
        return examples().stream().map(example -> DynamicTest.dynamicTest(
                "line " + example.line() + (example.measure() ? ": " + example.type() : ": whole plan"), () -> {
                    try {
                        LOADER.load(DOC.toString(), example.asPlan());
                    } catch (InvalidPlanException e) {
                        StringBuilder why = new StringBuilder("the example at line " + example.line() + " does not load:");
                        for (PlanError error : e.errors()) {
                            why.append("\n  docs/plan-format.md:").append(example.docLine(error.line())).append(": ")
                                    .append(error.field()).append(": ").append(error.message());
                        }
                        fail(why.toString());
                    }
                }));
    }

    @Test
    void everyMeasureTypeHasItsOwnSectionWithAnExample() throws IOException {
        String doc = Files.readString(DOC);
        Set<String> exemplified = new LinkedHashSet<>();
        for (Example example : examples()) {
            if (example.measure()) {
                exemplified.add(example.type());
            }
        }
        for (JsonSubTypes.Type type : Measure.class.getAnnotation(JsonSubTypes.class).value()) {
            assertThat(doc).as("a section for " + type.name()).contains("\n### `" + type.name() + "`\n");
            assertThat(exemplified).as("an example of " + type.name()).contains(type.name());
        }
    }

    @Test
    void theDocShowsWholePlansAsWellAsMeasures() throws IOException {
        assertThat(examples()).filteredOn(example -> !example.measure()).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(plan -> assertThat(plan.yaml()).startsWith("# yaml-language-server: $schema=plan.schema.json\n"));
    }

    @Test
    void everyRecordKindAndFieldIsDocumented() throws IOException {
        String doc = Files.readString(DOC);
        for (RecordKind<?> kind : RecordKind.all()) {
            assertThat(doc).contains("| `" + kind.name() + "` |");
            for (String field : kind.fieldNames()) {
                assertThat(doc).as(kind.name() + "." + field).containsPattern("\\| `" + kind.name() + "` \\|[^\n]*`" + field + "`");
            }
        }
    }

    /** The doc's yaml blocks, in order. */
    private static List<Example> examples() throws IOException {
        List<String> lines = Files.readAllLines(DOC);
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).equals("```yaml")) {
                continue;
            }
            int start = i + 1;
            StringBuilder yaml = new StringBuilder();
            for (i = start; !lines.get(i).equals("```"); i++) {
                yaml.append(lines.get(i)).append('\n');
            }
            examples.add(new Example(start + 1, yaml.toString()));
        }
        assertThat(examples).as("yaml examples in " + DOC).isNotEmpty();
        return examples;
    }
}
