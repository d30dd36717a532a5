package org.hearth.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.hearth.engine.HearthException;

/**
 * A result file written whole or not at all: into a temporary file beside the target, moved over the
 * target only once complete. The target is checked before any work is done: it must be absent or a
 * regular file (not a link, a device or a folder), in a folder that exists, and not one of the
 * command's inputs (a file of the data folder, the plan). Any failure removes the temporary file and
 * leaves the target as it was.
 */
final class OutputFile {
    /** Writes the whole result to the stream it is given. */
    interface Content {
        void writeTo(OutputStream stream) throws IOException;
    }

    private final Path target;

    private OutputFile(Path target) {
        this.target = target;
    }

    /**
     * The target, checked.
     *
     * @param inputs files and folders the command reads: the target may be none of them, nor inside one
     * @throws HearthException naming the target and what is wrong with it
     */
    static OutputFile checked(Path target, List<Path> inputs) {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw refused(target, "the folder " + folder + " does not exist");
        }
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw refused(target, Files.isDirectory(absolute) ? "it is a folder"
                    : Files.isSymbolicLink(absolute) ? "it is a link, which is not followed"
                    : "it is not a regular file (a device, a pipe or a socket)");
        }
        for (Path input : inputs) {
            if (input != null && isOrHolds(input, absolute)) {
                throw refused(target, "it is one of this command's inputs (" + input + ")");
            }
        }
        return new OutputFile(absolute);
    }

    /** Writes the content, then moves it into place; on any failure the temporary file is removed. */
    void write(Content content) {
        Path partial;
        try {
            partial = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".partial");
        } catch (IOException e) {
            throw refused(target, reason(e));
        }
        boolean placed = false;
        try {
            try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(partial))) {
                content.writeTo(stream);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            placed = true;
        } catch (IOException e) {
            throw new HearthException("Could not write " + target + ": " + reason(e) + "; nothing was written");
        } catch (UncheckedIOException e) {
            throw new HearthException("Could not write " + target + ": " + reason(e.getCause()) + "; nothing was written");
        } finally {
            if (!placed) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException ignored) {
                    // the first failure is the one to report
                }
            }
        }
    }

    /** True when the input is the target, or a folder that holds it. */
    private static boolean isOrHolds(Path input, Path target) {
        try {
            Path real = input.toRealPath();
            Path realTarget = target.getParent().toRealPath().resolve(target.getFileName());
            return realTarget.startsWith(real) || (Files.exists(target) && Files.isSameFile(real, target));
        } catch (IOException e) {
            return false; // an input that cannot be resolved cannot be the target
        }
    }

    private static HearthException refused(Path target, String why) {
        return new HearthException("Will not write " + target + ": " + why);
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
