package org.hearth.io.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * docs/data-in.md is what an authority writes its mappings from, so it is held to the code: every example mapping it
 * shows is a fixture the agency reader's tests run, and every CIN census factor code the reader knows is in its table.
 */
class IngestDocumentationTest {
    private static final Path DOC = Path.of("..", "docs", "data-in.md");

    @Test
    @DisplayName("each example mapping in docs/data-in.md is, character for character, a mapping the tests ingest with")
    void exampleMappingsAreFixtures() throws IOException {
        List<String> documented = yamlBlocks(Files.readString(DOC));
        List<String> fixtures;
        try (Stream<Path> files = Files.list(StagedFolderFixture.fixture("agency"))) {
            fixtures = files.filter(f -> f.toString().endsWith(".yaml") && !f.getFileName().toString().startsWith("bad-"))
                    .sorted().map(IngestDocumentationTest::read).toList();
        }
        assertThat(fixtures).hasSize(7);
        assertThat(documented).containsExactlyInAnyOrderElementsOf(fixtures);
    }

    @Test
    @DisplayName("every factor code the CIN census reader knows is in the factors table")
    void everyFactorDocumented() throws IOException {
        String doc = Files.readString(DOC);
        String table = doc.substring(doc.indexOf("| factor | meaning | staged as |"), doc.indexOf("## SSDA903"));
        for (AssessmentFactor factor : AssessmentFactor.values()) {
            String code = factor.code();
            boolean listed = Arrays.stream(table.split("\n")).map(line -> line.split("\\|"))
                    .filter(cells -> cells.length > 1)
                    .anyMatch(cells -> Arrays.stream(cells[1].split(",")).map(String::strip)
                            .anyMatch(c -> c.equals(code) || (c.equals("8B to 8F") && code.startsWith("8"))));
            assertThat(listed).as("factor " + code + " in docs/data-in.md").isTrue();
        }
    }

    private static List<String> yamlBlocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        int at = 0;
        while ((at = markdown.indexOf("```yaml\n", at)) >= 0) {
            int end = markdown.indexOf("```\n", at + 8);
            blocks.add(markdown.substring(at + 8, end));
            at = end + 4;
        }
        return blocks;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
