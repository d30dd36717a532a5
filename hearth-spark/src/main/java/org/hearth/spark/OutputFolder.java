package org.hearth.spark;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.hearth.engine.HearthException;

/**
 * The job's output folder, written whole or not at all: the results go into a staging folder beside it
 * ({@code .NAME.partial-…}), which is moved to the folder's name only once every authority's file is complete; on any
 * failure the staging folder is removed and nothing is left. The folder is checked before any work: it must not exist
 * (results are never replaced or mixed with others), its parent must, and it may not be inside a data folder or a
 * folder of authorities the job reads.
 */
final class OutputFolder {
    private final Path target;

    private OutputFolder(Path target) {
        this.target = target;
    }

    /**
     * The target, checked.
     *
     * @param inputs the folders the job reads: the target may be inside none of them
     * @throws HearthException naming the target and what is wrong with it
     */
    static OutputFolder checked(Path target, List<Path> inputs) {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw refused(target, "the folder " + parent + " does not exist");
        }
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw refused(target, "it exists; results are written to a new folder, never over or among others");
        }
        for (Path input : inputs) {
            if (absolute.startsWith(input.toAbsolutePath().normalize())) {
                throw refused(target, "it is inside " + input + ", which this job reads");
            }
        }
        return new OutputFolder(absolute);
    }

    /** Has the content written into a staging folder, then moves it into place; on any failure removes it. */
    void write(Consumer<Path> content) {
        Path staging;
        try {
            staging = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".partial-");
        } catch (IOException e) {
            throw refused(target, "cannot make a staging folder beside it: " + e.getMessage());
        }
        boolean placed = false;
        try {
            content.accept(staging);
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            placed = true;
        } catch (FileAlreadyExistsException e) {
            throw new HearthException("Could not write " + target + ": it was made by something else while the job ran;"
                    + " nothing was written");
        } catch (IOException e) {
            throw new HearthException("Could not write " + target + ": " + e.getMessage() + "; nothing was written");
        } finally {
            if (!placed) {
                remove(staging);
            }
        }
    }

    private static void remove(Path staging) {
        try (Stream<Path> paths = Files.walk(staging)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException ignored) {
            // the first failure is the one to report
        }
    }

    private static HearthException refused(Path target, String why) {
        return new HearthException("Will not write " + target + ": " + why);
    }

    @Override
    public String toString() {
        return target.toString();
    }
}
