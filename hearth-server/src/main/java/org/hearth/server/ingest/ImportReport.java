package org.hearth.server.ingest;

import java.util.Map;

/**
 * What an accepted import did, file by file, and the evaluation that followed it.
 *
 * @param files by file name, in the format's order
 * @param evaluationRun the evaluation of every family made after the import, or null when no plan is in force
 */
public record ImportReport(long importId, Map<String, FileCounts> files, Long evaluationRun, int families) {

    /**
     * @param added rows whose key was not held before
     * @param replaced rows that replaced a held row with the same key and other values (which is kept, ended)
     * @param unchanged rows already held exactly so: nothing is added twice
     * @param withdrawn held rows that a newer extract of the same file and source no longer has (kept, ended)
     */
    public record FileCounts(long added, long replaced, long unchanged, long withdrawn) {
        public long rows() {
            return added + replaced + unchanged;
        }
    }

    public long rows() {
        return files.values().stream().mapToLong(FileCounts::rows).sum();
    }
}
