package org.hearth.io.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.hearth.engine.HearthException;
import org.hearth.io.canonical.FolderReplacement;

/**
 * The readers of returns and extracts under a coverage-guided fuzzer (Jazzer): any bytes at all, as a CIN census, an
 * SSDA903 episodes table, a school census attendance extract or a police extract (with its example mapping), are either
 * staged (with what could not be staged in rejected.csv) or refused with the reader's own error
 * ({@link HearthException}), never another exception, a hang or a crash. The first byte chooses the reader, the rest
 * is the file. Run as a JUnit test it replays the seeds (the fixtures); with {@code JAZZER_FUZZ=1} it fuzzes.
 */
class IngestFuzzTest {
    private record Source(SourceKind kind, String file, Path mapping) {
    }

    private static final List<Source> SOURCES = List.of(
            new Source(SourceKind.CIN_CENSUS, "cin.xml", null),
            new Source(SourceKind.SSDA903, "episodes.csv", null),
            new Source(SourceKind.SCHOOL_CENSUS, "attendance.csv", null),
            new Source(SourceKind.AGENCY, "offences.csv", StagedFolderFixture.fixture("agency/police-offences.yaml")));

    private static Path work;

    @FuzzTest(maxDuration = "60s")
    void anyBytesAreStagedOrRefused(byte[] bytes) throws IOException {
        if (bytes.length == 0) {
            return;
        }
        Source source = SOURCES.get(Byte.toUnsignedInt(bytes[0]) % SOURCES.size());
        Path file = work().resolve(source.file());
        Files.write(file, Arrays.copyOfRange(bytes, 1, bytes.length));
        Path out = work().resolve("staged");
        try {
            StagedFolderFixture.ingest(source.kind(), out, source.mapping(), file);
        } catch (HearthException e) {
            // refused with the reader's own error: what the contract asks
        } finally {
            FolderReplacement.deleteIfPresent(out);
        }
    }

    private static Path work() {
        if (work == null) {
            try {
                work = Files.createTempDirectory("hearth-ingest-fuzz");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return work;
    }
}
