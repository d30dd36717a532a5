package org.hearth.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.hearth.io.Population;
import org.hearth.io.canonical.CanonicalReader;
import org.hearth.io.canonical.CanonicalWriter;
import org.hearth.io.canonical.DataError;
import org.hearth.io.canonical.ReadResult;
import org.hearth.io.canonical.RejectedRow;

/**
 * The commands' access to canonical data folders. By default a folder with any bad row is rejected
 * whole (the reader throws with every error); with skip-invalid, every rejected row is reported on
 * standard error with its reasons and the rest is used.
 */
final class DataFolder {
    private DataFolder() {
    }

    static Population read(Path folder, boolean skipInvalid, PrintWriter err) {
        if (!skipInvalid) {
            return CanonicalReader.read(folder);
        }
        ReadResult result = CanonicalReader.readSkippingInvalid(folder);
        for (RejectedRow row : result.rejected()) {
            for (DataError reason : row.reasons()) {
                err.println("rejected " + row.file() + " line " + row.line() + ": " + reason);
            }
        }
        if (!result.rejected().isEmpty()) {
            err.printf("%d rows rejected; the rest are used%n", result.rejected().size());
        }
        err.flush();
        return result.population();
    }

    static void write(Population population, Path folder) {
        CanonicalWriter.write(population, folder);
    }
}
