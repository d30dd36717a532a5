package org.hearth.io.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.hearth.engine.HearthException;
import org.hearth.engine.timeline.TimelineRecord;
import org.hearth.io.Population;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer puts a whole folder in place or leaves the target as it was. */
class CanonicalWriterTest {
    @TempDir
    Path temp;

    @Test
    void writesEveryFileOfTheFormatIntoANewFolder() throws IOException {
        Path folder = temp.resolve("out/authority");

        CanonicalWriter.write(PopulationFixture.population(), folder);

        assertThat(names(folder)).hasSize(DataFolder.layouts().size()).contains("people.csv", "families.csv",
                "memberships.csv", "interventions.csv", "tier_changes.csv", "team_around_family.csv", "school_terms.csv",
                "offences.csv",
                "worker_assessments.csv");
        assertThat(names(temp.resolve("out"))).containsExactly("authority");
    }

    @Test
    void aKindWithNoRecordsGetsAFileWithOnlyItsHeader() throws IOException {
        Population population = PopulationFixture.population();
        Population withoutRecords = new Population(population.families(), population.people(), population.memberships(),
                population.interventions(), population.calendar(), List.of());

        CanonicalWriter.write(withoutRecords, temp.resolve("data"));

        assertThat(Files.readString(temp.resolve("data/missing_episodes.csv")))
                .isEqualTo("record_id,person_id,start_date,end_date,source\n");
        assertThat(CanonicalReader.read(temp.resolve("data")).records()).isEmpty();
    }

    @Test
    void replacesAnEarlierDataFolder() throws IOException {
        Path folder = temp.resolve("data");
        CanonicalWriter.write(PopulationFixture.population(), folder);
        Population population = PopulationFixture.population();
        Population fewer = new Population(population.families(), population.people(), population.memberships(),
                population.interventions(), population.calendar(), population.records().subList(0, 3));

        CanonicalWriter.write(fewer, folder);

        assertThat(CanonicalReader.read(folder).records()).extracting(TimelineRecord::recordId)
                .containsExactly("OF-1", "OF-2", "ASB-1");
        assertThat(names(temp)).containsExactly("data");
    }

    @Test
    void refusesToReplaceAFolderHoldingOtherFiles() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("documents"));
        Files.writeString(folder.resolve("minutes.docx"), "keep me");

        assertThatThrownBy(() -> CanonicalWriter.write(PopulationFixture.population(), folder))
                .isInstanceOf(HearthException.class)
                .hasMessage("Will not replace " + folder + ": it holds minutes.docx, which is not a file of the canonical"
                        + " data format");
        assertThat(names(folder)).containsExactly("minutes.docx");
        assertThat(names(temp)).containsExactly("documents");
    }

    @Test
    void aWriteThatFailsLeavesNothingBehind() throws IOException {
        Population broken = brokenPopulation();

        assertThatThrownBy(() -> CanonicalWriter.write(broken, temp.resolve("data"))).isInstanceOf(RuntimeException.class);

        assertThat(names(temp)).isEmpty();
    }

    @Test
    void aWriteThatFailsLeavesTheEarlierFolderAsItWas() throws IOException {
        Path folder = temp.resolve("data");
        CanonicalWriter.write(PopulationFixture.population(), folder);
        String offences = Files.readString(folder.resolve("offences.csv"));

        assertThatThrownBy(() -> CanonicalWriter.write(brokenPopulation(), folder)).isInstanceOf(RuntimeException.class);

        assertThat(Files.readString(folder.resolve("offences.csv"))).isEqualTo(offences);
        assertThat(names(folder)).hasSize(DataFolder.layouts().size());
        assertThat(names(temp)).containsExactly("data");
    }

    /** A population the writer cannot finish: it has no school calendar to write, found only mid-write. */
    private static Population brokenPopulation() {
        Population population = PopulationFixture.population();
        return new Population(population.families(), population.people(), population.memberships(),
                population.interventions(), null, population.records());
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
