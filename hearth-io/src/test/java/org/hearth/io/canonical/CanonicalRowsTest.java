package org.hearth.io.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.writer.CsvWriter;
import org.hearth.io.Population;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store that keeps rows as text, with their lines, and writes them back as a folder the reader reads the same. */
class CanonicalRowsTest {
    @TempDir
    Path temp;

    @Test
    void rowsWrittenBackReadAsTheSamePopulation() throws IOException {
        Population population = PopulationFixture.population();
        CanonicalWriter.write(population, temp.resolve("data"));
        Map<String, List<String[]>> rows = new HashMap<>();
        CanonicalRows.read(temp.resolve("data"), (file, line, cells) -> rows.computeIfAbsent(file, f -> new ArrayList<>()).add(cells));

        Files.createDirectories(temp.resolve("again"));
        for (Map.Entry<String, List<String[]>> file : rows.entrySet()) {
            try (CsvWriter csv = CanonicalRows.writer(temp.resolve("again"), file.getKey())) {
                file.getValue().forEach(csv::writeRecord);
            }
        }
        Population again = CanonicalReader.read(temp.resolve("again"));

        assertThat(again.people()).isEqualTo(population.people());
        assertThat(again.memberships()).isEqualTo(population.memberships());
        assertThat(again.interventions()).isEqualTo(population.interventions());
        assertThat(again.records()).isEqualTo(population.records());
        assertThat(rows.keySet()).contains("people.csv", "offences.csv", "worker_assessments.csv");
    }

    @Test
    void givesCellsInTheFormatsOrderWithTheLineEachRowStartsOn() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("data"));
        Files.writeString(folder.resolve("offences.csv"), """
                person_id,record_id,date,gravity
                P-1,OF-1,2015-01-10,3

                P-2,OF-2,2015-02-10,4
                """);
        List<String> seen = new ArrayList<>();
        CanonicalRows.read(folder, (file, line, cells) -> seen.add(file + ":" + line + ":" + String.join("|", cells)));

        assertThat(CanonicalRows.columns("offences.csv"))
                .containsExactly("record_id", "person_id", "date", "disposal", "serious", "gravity", "source");
        assertThat(seen).containsExactly("offences.csv:2:OF-1|P-1|2015-01-10|||3|", "offences.csv:4:OF-2|P-2|2015-02-10|||4|");
        assertThat(CanonicalRows.keyColumn("offences.csv")).isEqualTo("record_id");
        assertThat(CanonicalRows.keyColumn("memberships.csv")).isNull();
    }
}
