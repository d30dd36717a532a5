package org.hearth.io.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What {@code hearth ingest} staged: the folder written, how many persons, how many records of each file, how many
 * rejected.csv rows, and the first of them for the console.
 *
 * @param records   rows staged per record file ({@code referrals.csv} → 12), in the order the files were first written
 * @param firstRejections at most {@link #SHOWN} rejections, in the order they were found
 */
public record IngestSummary(Path folder, String source, SourceKind kind, int persons, Map<String, Integer> records,
                            long rejected, List<Rejection> firstRejections) {
    /** How many rejections the console shows. */
    public static final int SHOWN = 20;

    public int recordCount() {
        return records.values().stream().mapToInt(Integer::intValue).sum();
    }
}
