package org.hearth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hearth screen} end to end on a generated authority, checked against the evaluate command's JSON of the same
 * folder: the worklist holds exactly the families eligible and not engaged on the screening date, each with the
 * problems and indicators that identified it, most problems first.
 */
class ScreenCommandTest {
    private static final String AS_OF = "2019-03-31";

    @TempDir
    static Path work;

    static Path data;
    /** From the evaluate command's JSON: each eligible family's identified problems and their indicators, and its intervention. */
    static Map<String, List<String>> indicatorsOfEligible = new LinkedHashMap<>();
    static Map<String, String> interventionOfEligible = new LinkedHashMap<>();

    @BeforeAll
    static void generateAndEvaluate() throws IOException {
        data = work.resolve("authority");
        assertThat(run("generate", "--families", "400", "--seed", "11", "--out", data.toString()).code()).isZero();
        Path json = work.resolve("southwark.json");
        CommandRun evaluated = run("evaluate", "--plan", "southwark", "--data", data.toString(), "--as-of", AS_OF, "--out",
                json.toString());
        assertThat(evaluated.code()).as(evaluated.err()).isZero();
        for (JsonNode family : new ObjectMapper().readTree(json.toFile()).get("families")) {
            if (family.get("eligible").asBoolean()) {
                List<String> indicators = new ArrayList<>();
                for (JsonNode problem : family.get("problems")) {
                    if (problem.get("identified").asBoolean()) {
                        problem.get("identified_by").forEach(id -> indicators.add(problem.get("id").asText() + ":" + id.asText()));
                    }
                }
                indicatorsOfEligible.put(family.get("family_id").asText(), indicators);
                interventionOfEligible.put(family.get("family_id").asText(),
                        family.path("intervention_id").isTextual() ? family.get("intervention_id").asText() : null);
            }
        }
    }

    @Test
    void theWorklistIsEveryFamilyEligibleAndNotEngagedWithTheIndicatorsThatPutItThere() throws IOException {
        Path out = work.resolve("worklist.csv");
        CommandRun run = run("screen", "--plan", "southwark", "--data", data.toString(), "--as-of", AS_OF, "--out", out.toString());

        assertThat(run.code()).as(run.err()).isZero();
        List<NamedCsvRecord> rows = rows(Files.readString(out));
        Map<String, List<String>> expected = new LinkedHashMap<>();
        interventionOfEligible.forEach((family, intervention) -> {
            if (intervention == null) {
                expected.put(family, indicatorsOfEligible.get(family));
            }
        });
        assertThat(expected).as("the generated population has families eligible and not engaged").isNotEmpty();
        assertThat(rows).extracting(row -> row.getField("family_id")).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (NamedCsvRecord row : rows) {
            assertThat(List.of(row.getField("indicators").split(";"))).as(row.getField("family_id"))
                    .containsExactlyElementsOf(expected.get(row.getField("family_id")));
            assertThat(Integer.parseInt(row.getField("problems_identified"))).isGreaterThanOrEqualTo(2);
            assertThat(row.getField("intervention_id")).isEmpty();
            assertThat(row.getField("why")).isNotBlank();
            assertThat(Integer.parseInt(row.getField("members"))).isPositive();
        }
        List<Integer> counts = rows.stream().map(row -> Integer.parseInt(row.getField("problems_identified"))).toList();
        assertThat(counts).as("most problems first").isSortedAccordingTo((a, b) -> b - a);
        assertThat(run.err()).contains("screened 400 families as at " + AS_OF, rows.size() + " on the worklist",
                "not engaged in an intervention");
    }

    @Test
    void withIncludeEngagedEveryEligibleFamilyIsListedTheEngagedWithTheirIntervention() throws IOException {
        CommandRun run = run("screen", "--plan", "southwark", "--data", data.toString(), "--as-of", AS_OF, "--include-engaged");

        assertThat(run.code()).as(run.err()).isZero();
        List<NamedCsvRecord> rows = rows(run.out());
        assertThat(rows).extracting(row -> row.getField("family_id"))
                .containsExactlyInAnyOrderElementsOf(interventionOfEligible.keySet());
        for (NamedCsvRecord row : rows) {
            String intervention = interventionOfEligible.get(row.getField("family_id"));
            assertThat(row.getField("intervention_id")).isEqualTo(intervention == null ? "" : intervention);
        }
    }

    private static List<NamedCsvRecord> rows(String csv) throws IOException {
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(new StringReader(csv))) {
            return reader.stream().toList();
        }
    }

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }
}
