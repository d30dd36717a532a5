package org.hearth.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * A file that hearth-io writes to a path (the decisions files hearth link reads), made as bytes for a download: written
 * to a temporary file, read back and deleted, so the bytes are exactly what the writer writes.
 */
public final class WrittenFile {
    private WrittenFile() {
    }

    /**
     * @param what  the file in words, for the error ("the decisions file")
     * @param write writes the file at the path given
     */
    public static byte[] bytes(String what, Consumer<Path> write) {
        try {
            Path file = Files.createTempFile("hearth-download", ".csv");
            try {
                write.accept(file);
                return Files.readAllBytes(file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(what + " cannot be made: " + e.getMessage(), e);
        }
    }
}
