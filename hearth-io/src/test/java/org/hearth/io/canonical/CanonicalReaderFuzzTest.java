package org.hearth.io.canonical;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.hearth.engine.HearthException;

/**
 * The data reader under a coverage-guided fuzzer (Jazzer): any bytes at all, as any of several of a
 * folder's files, are either read or rejected with the reader's own error ({@link HearthException}:
 * {@link InvalidDataException} for bad data), never another exception, a hang or a crash. The first
 * byte chooses the file, the rest is its content; the other files are a small valid folder. Run as a
 * JUnit test it replays the seed inputs; with {@code JAZZER_FUZZ=1} it fuzzes for the time given, as
 * {@code .ci/run} does.
 */
class CanonicalReaderFuzzTest {
    /** Files a fuzzed input may be: the core files every record hangs on, and records of several shapes. */
    private static final List<String> FILES = List.of("people.csv", "families.csv", "memberships.csv",
            "interventions.csv", "offences.csv", "attendance.csv", "worker_assessments.csv", "earnings.csv");

    private static Path folder;

    @FuzzTest(maxDuration = "60s")
    void anyBytesAreReadOrRejected(byte[] bytes) throws IOException {
        if (bytes.length == 0) {
            return;
        }
        Path data = folder();
        String file = FILES.get(Byte.toUnsignedInt(bytes[0]) % FILES.size());
        Path target = data.resolve(file);
        byte[] before = Files.exists(target) ? Files.readAllBytes(target) : null;
        Files.write(target, Arrays.copyOfRange(bytes, 1, bytes.length));
        try {
            CanonicalReader.read(data);
            CanonicalReader.readSkippingInvalid(data);
        } catch (HearthException e) {
            // rejected with the reader's own error: what the contract asks
        } finally {
            if (before == null) {
                Files.delete(target);
            } else {
                Files.write(target, before);
            }
        }
    }

    private static Path folder() {
        if (folder == null) {
            try {
                folder = DataFolderFixture.in(Files.createTempDirectory("hearth-fuzz")).write();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return folder;
    }
}
