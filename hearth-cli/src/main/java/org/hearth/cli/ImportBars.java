package org.hearth.cli;

import org.hearth.server.ingest.ImportProgress;

/** An import's progress on the terminal: one bar per step (checking, copying, merging, reading, evaluating). */
final class ImportBars implements ImportProgress, AutoCloseable {
    private ProgressBars.Bar bar;

    @Override
    public void phase(String what, long total) {
        close();
        bar = ProgressBars.start(what, total > 0 ? total : -1);
    }

    @Override
    public void advance(long done) {
        if (bar != null) {
            bar.stepBy(done);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
