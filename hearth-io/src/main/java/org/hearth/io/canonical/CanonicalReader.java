package org.hearth.io.canonical;

import java.nio.file.Path;

import org.hearth.io.Population;

/**
 * Reads a canonical data folder (docs/data-format.md) into a {@link Population}.
 *
 * <p>Two modes. {@link #read} is all-or-nothing: it checks every row of every file, and when anything
 * is wrong it throws an {@link InvalidDataException} listing the errors (the first
 * {@value #ERROR_LIMIT}, with a count of the rest) and produces no population. {@link #readSkippingInvalid}
 * leaves out each invalid row, and every row that depends on one (a rejected person takes their
 * memberships and records; a rejected family its memberships, interventions and household records;
 * a rejected intervention its tier changes; a person whose every membership was rejected, their
 * records), and reports each row it left out.
 *
 * <p>In both modes a folder that is not in the format at all (a file the format does not have, an
 * unknown or missing column, no people.csv) is rejected whole before any row is read.
 */
public final class CanonicalReader {
    /** The most errors an {@link InvalidDataException} lists; it counts the rest. */
    public static final int ERROR_LIMIT = 1000;

    private CanonicalReader() {
    }

    /**
     * Reads the folder, all or nothing.
     *
     * @throws InvalidDataException when any file, row or cell is invalid
     * @throws org.hearth.engine.HearthException when the folder cannot be read
     */
    public static Population read(Path folder) {
        return read(folder, false);
    }

    /**
     * Reads the folder, all or nothing; with {@code everyError}, the exception holds every error found
     * rather than the first {@value #ERROR_LIMIT} (for a full report written to a file).
     */
    public static Population read(Path folder, boolean everyError) {
        return new FolderRead(folder, false, everyError).run().population();
    }

    /**
     * Reads the valid rows of the folder and reports the others.
     *
     * @throws InvalidDataException when the folder is not in the format (its files or headers)
     * @throws org.hearth.engine.HearthException when the folder cannot be read
     */
    public static ReadResult readSkippingInvalid(Path folder) {
        return new FolderRead(folder, true, true).run();
    }
}
