package org.hearth.io.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.io.ingest.StagedFolderFixture.fixture;
import static org.hearth.io.ingest.StagedFolderFixture.ingest;
import static org.hearth.io.ingest.StagedFolderFixture.rows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.hearth.engine.HearthException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every ingest does, whatever the source: the folder written whole or not at all, source.csv, the summary. */
class IngestTest {
    @TempDir
    Path work;

    @Test
    @DisplayName("source.csv names the source, its kind, the day and the files; the summary counts what was staged and rejected")
    void sourceAndSummary() {
        Path out = work.resolve("staged");
        AtomicLong bytes = new AtomicLong();
        IngestSummary summary = new Ingest(SourceKind.SSDA903, "ssda903-2019", null, List.of(fixture("ssda903/header.csv"),
                fixture("ssda903/missing.csv")), out, StagedFolderFixture.READ_ON, bytes::addAndGet).run();
        assertThat(rows(out, "source.csv")).containsExactly(Map.of("source", "ssda903-2019", "kind", "ssda903",
                "read_on", "2026-01-05", "files", "header.csv;missing.csv"));
        assertThat(summary.persons()).isEqualTo(4);
        assertThat(summary.records()).containsExactly(Map.entry("missing_episodes.csv", 2));
        assertThat(summary.rejected()).isEqualTo(rows(out, "rejected.csv").size()).isEqualTo(5);
        assertThat(summary.firstRejections()).hasSize(5);
        assertThat(bytes.get()).isEqualTo(fileSize("ssda903/header.csv") + fileSize("ssda903/missing.csv"));
        assertThat(out.toFile().list()).containsExactlyInAnyOrder("source.csv", "persons.csv", "rejected.csv", "missing_episodes.csv");
    }

    @Test
    @DisplayName("a second file that cannot be read leaves the earlier staged folder exactly as it was")
    void unreadableLeavesTargetAlone() throws Exception {
        Path out = work.resolve("staged");
        ingest(SourceKind.SSDA903, out, null, fixture("ssda903/header.csv"));
        String before = Files.readString(out.resolve("persons.csv"));
        Path notUtf8 = work.resolve("latin1.csv");
        Files.write(notUtf8, "CHILD,SEX,DOB\nLAC9,1,01/01/2010\nJos\u00e9,1,01/01/2010\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> ingest(SourceKind.SSDA903, out, null, fixture("ssda903/missing.csv"), notUtf8))
                .isInstanceOf(UnreadableSourceException.class)
                .hasMessage("latin1.csv: is not UTF-8 text; save it as UTF-8 CSV and ingest it again");
        assertThat(Files.readString(out.resolve("persons.csv"))).isEqualTo(before);
        assertThat(out.resolve("missing_episodes.csv")).doesNotExist();
        assertThat(work.toFile().list()).noneMatch(name -> name.startsWith("."));
    }

    @Test
    @DisplayName("an empty file has no header: it is named, and nothing is written")
    void emptyFile() throws Exception {
        Path empty = Files.createFile(work.resolve("episodes.csv"));
        assertThatThrownBy(() -> ingest(SourceKind.SSDA903, work.resolve("out"), null, empty))
                .hasMessage("episodes.csv: is empty: a CSV file begins with a header row naming its columns");
        assertThat(work.resolve("out")).doesNotExist();
    }

    @Test
    @DisplayName("a folder that is not a staged source folder is never replaced")
    void refusesOtherFolders() throws Exception {
        Path other = Files.createDirectories(work.resolve("documents"));
        Files.writeString(other.resolve("notes.txt"), "keep me");
        assertThatThrownBy(() -> ingest(SourceKind.SSDA903, other, null, fixture("ssda903/header.csv")))
                .isInstanceOf(HearthException.class).hasMessageContaining("it holds notes.txt");
        assertThat(other.resolve("notes.txt")).hasContent("keep me");
    }

    @Test
    @DisplayName("a mapping is for agency extracts only, and an agency extract needs one")
    void mappingOnlyForAgencies() {
        assertThatThrownBy(() -> ingest(SourceKind.SCHOOL_CENSUS, work.resolve("a"), fixture("agency/police-offences.yaml"),
                fixture("school/exclusions.csv"))).hasMessageContaining("A mapping file is for agency extracts only");
        assertThatThrownBy(() -> ingest(SourceKind.AGENCY, work.resolve("b"), null, fixture("agency/police-offences.csv")))
                .hasMessageContaining("give --mapping FILE");
    }

    @Test
    @DisplayName("a row with more or fewer fields than the header is rejected whole, not read askew")
    void raggedRow() throws Exception {
        Path file = work.resolve("missing.csv");
        Files.writeString(file, "CHILD,MISSING,MIS_START,MIS_END\nLAC1,M,01/01/2019\nLAC1,M,02/01/2019,03/01/2019,extra\n");
        Path out = work.resolve("ragged");
        ingest(SourceKind.SSDA903, out, null, file);
        assertThat(rows(out, "rejected.csv")).extracting(r -> r.get("line") + " " + r.get("reason"))
                .containsExactly("2 the row has 3 fields; the header has 4", "3 the row has 5 fields; the header has 4");
    }

    private static long fileSize(String fixture) {
        try {
            return Files.size(fixture(fixture));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
