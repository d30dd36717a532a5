package org.hearth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hearth evaluate --explanations} end to end on a generated authority: {@code none} writes the same
 * decisions as the full JSON (and as the CSV) with every explanation left out and says so; {@code all}, the
 * default, is the full contract; a wrong value is a usage error that writes nothing.
 */
class EvaluateExplanationsTest {
    private static final String AS_OF = "2019-03-31";
    /** The fields that carry explanations: what {@code --explanations none} leaves out, and nothing else. */
    private static final Set<String> EXPLANATION_FIELDS = Set.of("eligibility", "indicator_explanations", "progress",
            "explanation", "cited");

    @TempDir
    static Path work;

    static Path data;
    static JsonNode full;
    static JsonNode decisions;

    @BeforeAll
    static void generateAndEvaluateBothWays() throws IOException {
        data = work.resolve("authority");
        assertThat(CommandRun.of("generate", "--families", "300", "--seed", "5", "--out", data.toString()).code()).isZero();
        full = evaluated("full.json");
        decisions = evaluated("decisions.json", "--explanations", "none");
    }

    @Test
    void withoutExplanationsTheDecisionsAreTheFullDocumentsWithEveryExplanationLeftOut() {
        JsonNode expected = full.deepCopy();
        leaveOutExplanations(expected);
        ((ObjectNode) expected).put("explanations", "none");

        assertThat(decisions).isEqualTo(expected);
        assertThat(decisions.get("explanations").asText()).isEqualTo("none");
        assertThat(decisions.findValues("explanation")).isEmpty();
        assertThat(decisions.findValues("cited")).isEmpty();
        assertThat(decisions.findValues("met")).hasSameSizeAs(full.findValues("met")).isNotEmpty();
    }

    @Test
    void theDefaultAndExplanationsAllAreTheFullContractWithAnExplanationForEveryOutcomeAndClaim() throws IOException {
        JsonNode all = evaluated("all.json", "--explanations", "all");

        assertThat(all).isEqualTo(full);
        assertThat(full.has("explanations")).isFalse();
        List<JsonNode> outcomes = new ArrayList<>();
        full.get("families").forEach(family -> family.get("problems").forEach(problem -> problem.get("outcomes").forEach(outcomes::add)));
        assertThat(outcomes).as("the generated families have outcomes to explain").isNotEmpty()
                .allSatisfy(outcome -> assertThat(outcome.get("explanation").asText()).isNotBlank());
        full.get("families").forEach(family -> assertThat(family.at("/claim/explanation").asText()).isNotBlank());
    }

    @Test
    void theCsvHoldsTheSameDecisionsAsTheJsonWithoutExplanations() throws IOException {
        Path csv = work.resolve("decisions.csv");
        CommandRun run = CommandRun.of("evaluate", "--plan", "southwark", "--data", data.toString(), "--as-of", AS_OF, "--format",
                "csv", "--explanations", "none", "--out", csv.toString());
        assertThat(run.code()).as(run.err()).isZero();

        List<String> fromCsv = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> rows = CsvReader.builder().ofNamedCsvRecord(new StringReader(Files.readString(csv)))) {
            rows.forEach(row -> fromCsv.add(String.join("|", row.getField("family_id"), row.getField("claimable"),
                    row.getField("problem_id"), row.getField("identified"), row.getField("progress_met"),
                    row.getField("outcomes_met"))));
        }
        List<String> fromJson = new ArrayList<>();
        for (JsonNode family : decisions.get("families")) {
            for (JsonNode problem : family.get("problems")) {
                List<String> met = new ArrayList<>();
                problem.get("outcomes").forEach(outcome -> {
                    if (outcome.get("met").asBoolean()) {
                        met.add(outcome.get("id").asText());
                    }
                });
                fromJson.add(String.join("|", family.get("family_id").asText(), family.at("/claim/claimable").asText(),
                        problem.get("id").asText(), problem.get("identified").asText(), problem.get("progress_met").asText(),
                        String.join(";", met)));
            }
        }
        assertThat(fromCsv).hasSize(300 * 6).containsExactlyElementsOf(fromJson);
    }

    @Test
    void aWrongValueIsAUsageErrorNamingTheChoicesAndTheTargetIsLeftAsItWas() throws IOException {
        Path target = work.resolve("kept.json");
        Files.writeString(target, "the previous result");

        CommandRun run = CommandRun.of("evaluate", "--plan", "southwark", "--data", data.toString(), "--as-of", AS_OF,
                "--explanations", "some", "--out", target.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--explanations").contains("all, none").contains("'some'");
        assertThat(Files.readString(target)).isEqualTo("the previous result");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void explanationsAllWithTheCsvIsAUsageErrorAndWritesNothing() throws IOException {
        Path target = work.resolve("never.csv");

        CommandRun run = CommandRun.of("evaluate", "--plan", "southwark", "--data", data.toString(), "--as-of", AS_OF,
                "--format", "csv", "--explanations", "all", "--out", target.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--explanations all is for --format json");
        assertThat(target).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void theUsageSaysThatNoneLeavesTheContractsExplanationOut() {
        CommandRun run = CommandRun.of("evaluate");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().replaceAll("\\s+", " ")).contains("--explanations=all|none")
                .contains("leaves out the contract's outcome explanation");
    }

    private static JsonNode evaluated(String name, String... more) throws IOException {
        Path out = work.resolve(name);
        List<String> args = new ArrayList<>(List.of("evaluate", "--plan", "southwark", "--data", data.toString(), "--as-of", AS_OF,
                "--out", out.toString()));
        args.addAll(List.of(more));
        CommandRun run = CommandRun.of(args.toArray(String[]::new));
        assertThat(run.code()).as(run.err()).isZero();
        return new ObjectMapper().readTree(out.toFile());
    }

    private static void leaveOutExplanations(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(EXPLANATION_FIELDS);
        }
        node.forEach(EvaluateExplanationsTest::leaveOutExplanations);
    }

    private static List<Path> leftovers() throws IOException {
        try (var files = Files.list(work)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".partial")).toList();
        }
    }
}
