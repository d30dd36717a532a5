package org.hearth.io.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.io.canonical.PopulationFixture.d;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.RecordKind;
import org.hearth.engine.timeline.TermAttendance;
import org.hearth.engine.timeline.Vocabulary.Tier;
import org.hearth.io.Population;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/data-format.md is the public statement of the format, so it is checked against the code: each
 * file's table lists the layout's columns in order, with the right type, whether required, and every
 * allowed code; and the worked example is a folder the reader reads as the text says.
 */
class CanonicalDocumentationTest {
    private static final Path DOC = Path.of("..", "docs", "data-format.md");
    private static final Map<String, CellType<?>> TYPES = Map.of("identifier", CellTypes.ID, "family", CellTypes.FAMILY,
            "intervention", CellTypes.INTERVENTION, "text", CellTypes.TEXT, "date", CellTypes.DATE, "flag", CellTypes.FLAG,
            "whole number", CellTypes.WHOLE, "count", CellTypes.COUNT, "decimal", CellTypes.DECIMAL, "money", CellTypes.PENCE);

    @TempDir
    Path temp;

    @Test
    void everyFileOfTheFormatHasATableListingItsColumns() throws IOException {
        Map<String, List<String[]>> tables = tables(Files.readString(DOC));

        assertThat(tables.keySet()).containsExactlyElementsOf(DataFolder.layouts().stream().map(Layout::file).toList());
        for (Layout<?> layout : DataFolder.layouts()) {
            List<String[]> rows = tables.get(layout.file());
            assertThat(rows).as(layout.file()).extracting(row -> row[0])
                    .containsExactlyElementsOf(layout.columns().stream().map(column -> "`" + column.name() + "`").toList());
            for (int i = 0; i < rows.size(); i++) {
                checkRow(layout.file(), layout.columns().get(i), rows.get(i));
            }
        }
    }

    private static void checkRow(String file, Column<?, ?> column, String[] row) {
        String where = file + " " + column.name();
        assertThat(row[2]).as(where + " required").isEqualTo(column.required() ? "yes" : "no");
        String type = row[1];
        List<String> allowed = allowedCodes(column);
        if (type.equals("code")) {
            assertThat(allowed).as(where + " is a code").isNotEmpty();
            String meaning = row[3];
            assertThat(meaning).as(where + " lists its codes").contains("Codes: ");
            assertThat(backticked(meaning.substring(meaning.indexOf("Codes: ")))).as(where + " codes")
                    .containsExactlyElementsOf(allowed);
        } else if (type.equals("person") && column.name().equals("mother_id")) {
            // a mother may come later in people.csv, so the reference is checked once the file is read
            assertThat(column.type()).as(where).isSameAs(CellTypes.ID);
        } else if (type.equals("person")) {
            assertThat(column.type()).as(where).isIn(CellTypes.PERSON, CellTypes.MEMBER);
        } else if (type.equals("academic year")) {
            assertThat(column.type()).as(where).isSameAs(CellTypes.ACADEMIC_YEAR);
        } else {
            assertThat(column.type()).as(where + " is " + type).isSameAs(TYPES.get(type));
        }
    }

    /** The codes a column accepts, as its reader lists them when given something else. */
    private static List<String> allowedCodes(Column<?, ?> column) {
        try {
            column.type().parse("?", new FileScope(new ReadContext(false)));
        } catch (BadCell e) {
            String marker = " is not one of ";
            if (e.getMessage().contains(marker)) {
                return List.of(e.getMessage().substring(e.getMessage().indexOf(marker) + marker.length()).split(", "));
            }
        } catch (RuntimeException e) {
            return List.of();
        }
        return List.of();
    }

    @Test
    void theWorkedExampleReadsAsTheTextSays() throws IOException {
        Path folder = workedExample();

        Population population = CanonicalReader.read(folder);

        assertThat(population.families()).containsExactly("F-1", "F-2");
        FamilyTimeline family = population.timelines().get(0);
        assertThat(family.person("P-2").ageOn(d("2015-06-01"))).isEqualTo(9);
        assertThat(family.interventionOn(d("2015-10-01")).tierOn(d("2015-10-01"))).isEqualTo(Tier.CHILD_IN_NEED);
        TermAttendance autumn = family.records(RecordKind.ATTENDANCE).get(0);
        assertThat(autumn.start()).isEqualTo(d("2015-09-01"));
        assertThat(autumn.end()).isEqualTo(d("2015-12-31"));
        assertThat(autumn.attendedSessions()).isEqualTo(124);
        assertThat(family.records(RecordKind.OFFENCES)).extracting(o -> o.disposal().proven()).containsExactly(true);
        assertThat(population.timelines().get(1).people()).extracting(p -> p.personId()).containsExactly("P-3");
    }

    @Test
    void theWorkedExamplesErrorIsTheOneTheReaderGives() throws IOException {
        Path folder = workedExample();
        Path offences = folder.resolve("offences.csv");
        Files.writeString(offences, Files.readString(offences).replace("2015-01-10", "2015-02-29"));
        String doc = Files.readString(DOC);
        String expected = blocks(doc.substring(doc.indexOf("Had `offences.csv` given")), "```text").get(0).strip();

        assertThatThrownBy(() -> CanonicalReader.read(folder)).isInstanceOfSatisfying(InvalidDataException.class,
                e -> assertThat(e.errors()).extracting(DataError::toString).containsExactly(expected));
    }

    private Path workedExample() throws IOException {
        String doc = Files.readString(DOC);
        String example = doc.substring(doc.indexOf("## Worked example"));
        Path folder = Files.createDirectories(temp.resolve("example"));
        int at = example.indexOf("**");
        while (at >= 0) {
            int end = example.indexOf("**", at + 2);
            String file = example.substring(at + 2, end);
            String block = blocks(example.substring(end), "```csv").get(0);
            Files.writeString(folder.resolve(file), block);
            at = example.indexOf("\n**", end);
            at = at < 0 ? -1 : at + 1;
        }
        return folder;
    }

    /** The text of the fenced blocks that open with the given fence. */
    private static List<String> blocks(String text, String fence) {
        List<String> blocks = new ArrayList<>();
        for (int at = text.indexOf(fence + "\n"); at >= 0; at = text.indexOf(fence + "\n", at + 1)) {
            int start = at + fence.length() + 1;
            blocks.add(text.substring(start, text.indexOf("```", start)));
        }
        return blocks;
    }

    /** Each "### name.csv" section's table rows, cells trimmed, header and rule left out. */
    private static Map<String, List<String[]>> tables(String doc) {
        Map<String, List<String[]>> tables = new LinkedHashMap<>();
        List<String[]> current = null;
        for (String line : doc.split("\n")) {
            if (line.startsWith("### ") && line.endsWith(".csv")) {
                current = new ArrayList<>();
                tables.put(line.substring(4), current);
            } else if (line.startsWith("## ")) {
                current = null;
            } else if (current != null && line.startsWith("| `")) {
                String[] cells = line.substring(1, line.length() - 1).split(" \\| ", 4);
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].strip();
                }
                current.add(cells);
            }
        }
        return tables;
    }

    private static List<String> backticked(String text) {
        List<String> words = new ArrayList<>();
        for (int at = text.indexOf('`'); at >= 0; at = text.indexOf('`', text.indexOf('`', at + 1) + 1)) {
            words.add(text.substring(at + 1, text.indexOf('`', at + 1)));
        }
        return words;
    }
}
