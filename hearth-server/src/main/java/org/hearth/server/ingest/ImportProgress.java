package org.hearth.server.ingest;

/** What an import tells whoever watches it (a progress bar on the command line, the import page). */
public interface ImportProgress {
    ImportProgress NONE = new ImportProgress() {
        @Override
        public void phase(String what, long total) {
        }

        @Override
        public void advance(long done) {
        }
    };

    /** A new step of the work begins, of {@code total} units (0 when unknown). */
    void phase(String what, long total);

    /** {@code done} more units of the current step are done. */
    void advance(long done);
}
