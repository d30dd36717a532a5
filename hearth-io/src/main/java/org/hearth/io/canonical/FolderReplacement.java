package org.hearth.io.canonical;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.hearth.engine.HearthException;

/**
 * Puts a fully written folder in place of the target with renames, so that readers see the old folder
 * or the new one and never a mixture, and a failure leaves the old one where it was. The canonical writer and
 * {@code hearth ingest}'s staged source folders are put in place by it.
 */
public final class FolderReplacement {
    private FolderReplacement() {
    }

    /** Refuses a target that is a file, or a folder holding anything but the files of the format. */
    static void checkReplaceable(Path target) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new HearthException("Cannot write the data folder " + target + ": it is a file");
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(target)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!Files.isRegularFile(entry) || DataFolder.layout(name) == null) {
                    throw new HearthException("Will not replace " + target + ": it holds " + name
                            + ", which is not a file of the canonical data format");
                }
            }
        }
    }

    /** Moves the staged folder to the target, first moving any existing target aside and then deleting it. */
    public static void moveIntoPlace(Path staging, Path target) throws IOException {
        if (!Files.exists(target)) {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
        Files.delete(old);
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        deleteIfPresent(old);
    }

    public static void deleteIfPresent(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(folder)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : paths) {
            Files.deleteIfExists(path);
        }
    }
}
