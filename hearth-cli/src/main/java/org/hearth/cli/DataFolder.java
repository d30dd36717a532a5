package org.hearth.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.hearth.engine.HearthException;
import org.hearth.engine.evaluation.DataUsed;
import org.hearth.io.Population;
import org.hearth.io.canonical.CanonicalReader;
import org.hearth.io.canonical.CanonicalWriter;
import org.hearth.io.canonical.DataError;
import org.hearth.io.canonical.InvalidDataException;
import org.hearth.io.canonical.ReadResult;
import org.hearth.io.canonical.RejectedRow;

/**
 * The commands' access to canonical data folders. By default a folder with any bad row is rejected
 * whole, with its errors; with skip-invalid, the rows left out are reported with their reasons and the
 * rest is used. The terminal shows the first {@value #ON_SCREEN} errors; an {@link ErrorList}, when
 * there is one, holds every one.
 */
final class DataFolder {
    /** How many errors or reasons are printed; the rest are counted, and listed in full in an error list. */
    static final int ON_SCREEN = InvalidDataException.ERRORS_IN_MESSAGE;

    private DataFolder() {
    }

    /** The population read, and what of the folder it leaves out. */
    record Loaded(Population population, DataUsed used) {
    }

    /** Reads the whole folder, all or nothing, for commands that make their own data (demo, bench). */
    static Population read(Path folder) {
        return CanonicalReader.read(folder);
    }

    /**
     * Reads the folder, all or nothing or skipping invalid rows.
     *
     * @param list where every error, or every reason a row was left out, is written; or null
     */
    static Loaded read(Path folder, boolean skipInvalid, ErrorList list, PrintWriter err) {
        if (!skipInvalid) {
            try {
                return new Loaded(CanonicalReader.read(folder, list != null), DataUsed.WHOLE_FOLDER);
            } catch (InvalidDataException e) {
                if (list != null) {
                    list.write(e.errors());
                    throw new HearthException(e.getMessage() + System.lineSeparator() + "  every error is listed in " + list);
                }
                if (e.errorCount() > ON_SCREEN) {
                    throw new HearthException(e.getMessage() + System.lineSeparator()
                            + "  give --errors FILE to have every error listed in a file");
                }
                throw e;
            }
        }
        ReadResult result = CanonicalReader.readSkippingInvalid(folder);
        List<DataError> reasons = new ArrayList<>();
        for (RejectedRow row : result.rejected()) {
            for (DataError reason : row.reasons()) {
                if (reasons.size() < ON_SCREEN) {
                    err.println("rejected " + row.file() + " line " + row.line() + ": " + reason);
                }
                reasons.add(reason);
            }
        }
        int rows = result.rejected().size();
        if (rows > 0) {
            if (reasons.size() > ON_SCREEN) {
                err.printf("and %,d more reasons%n", reasons.size() - ON_SCREEN);
            }
            if (list != null) {
                list.write(reasons);
            }
            err.printf("%,d rows left out (%,d reasons); the rest are used; %s%n", rows, reasons.size(),
                    list != null ? "every one is listed in " + list : "give --errors FILE to list every one");
        }
        err.flush();
        return new Loaded(result.population(), rows == 0 ? DataUsed.WHOLE_FOLDER
                : new DataUsed(rows, reasons.size(), list == null ? null : list.toString()));
    }

    /** Writes the population as a canonical data folder. */
    static void write(Population population, Path folder) {
        CanonicalWriter.write(population, folder);
    }
}
