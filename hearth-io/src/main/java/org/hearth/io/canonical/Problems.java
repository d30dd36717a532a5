package org.hearth.io.canonical;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rows of one file that were rejected, with their reasons. All-or-nothing reading keeps only the
 * first errors of each file (enough to fill the report) and counts the rest; skip-invalid reading
 * keeps every rejected row, since each is left out of the result.
 */
final class Problems {
    private final String file;
    private final boolean keepAll;
    private final List<RejectedRow> rows = new ArrayList<>();
    private long errorCount;
    private long kept;

    Problems(String file, boolean keepAll) {
        this.file = file;
        this.keepAll = keepAll;
    }

    void reject(long line, List<DataError> reasons) {
        errorCount += reasons.size();
        if (keepAll || kept < CanonicalReader.ERROR_LIMIT) {
            rows.add(new RejectedRow(file, line, reasons));
            kept += reasons.size();
        }
    }

    void reject(long line, DataError reason) {
        reject(line, List.of(reason));
    }

    /** A collector for one part of the file, with the same rules, to be {@link #append appended} once every part is read. */
    Problems part() {
        return new Problems(file, keepAll);
    }

    /**
     * Adds what a part of the file found after what was found before it, as if its rows had been
     * rejected here: the rows it kept are offered again in order (a part keeps every row this collector
     * could still keep, since it had kept no more than this one), and its other errors are counted.
     */
    void append(Problems part) {
        long offered = 0;
        for (RejectedRow row : part.rows) {
            reject(row.line(), row.reasons());
            offered += row.reasons().size();
        }
        errorCount += part.errorCount - offered;
    }

    /** The rejected rows in line order (checks across rows reject rows after those rejected alone). */
    List<RejectedRow> rows() {
        rows.sort(Comparator.comparingLong(RejectedRow::line));
        return rows;
    }

    long errorCount() {
        return errorCount;
    }
}
