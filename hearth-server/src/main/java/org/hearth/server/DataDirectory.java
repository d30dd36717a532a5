package org.hearth.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.springframework.core.env.PropertyResolver;

/**
 * {@code HEARTH_DATA_DIR} (default {@code ~/.hearth}): the embedded database's data, and the private
 * folders an import works in. Those hold people's records while they exist, so only the server's own
 * user may open them, and they are deleted when the work ends.
 */
public record DataDirectory(Path folder) {

    /** {@code HEARTH_DATA_DIR} as the settings give it, or {@code ~/.hearth}. */
    public static DataDirectory configured(PropertyResolver settings) {
        return new DataDirectory(Path.of(settings.getProperty("HEARTH_DATA_DIR",
                Path.of(System.getProperty("user.home"), ".hearth").toString())));
    }

    /** A new empty folder only this process's user can read, for one piece of work; delete it after. */
    public Path privateWorkFolder(String purpose) {
        try {
            Path work = Files.createDirectories(folder.resolve("work"));
            return Files.createTempDirectory(work, purpose + "-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a working folder in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Deletes a folder made by {@link #privateWorkFolder} and everything in it. */
    public static void delete(Path work) {
        try (var files = Files.walk(work)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the working folder " + work + ": " + e.getMessage(), e);
        }
    }
}
