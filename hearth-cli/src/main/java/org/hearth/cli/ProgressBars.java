package org.hearth.cli;

import java.io.PrintStream;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress bars for long work, drawn on standard error so they never mix with results on standard
 * output. On a terminal a live bar; elsewhere (a CI log, a pipe) nothing, so logs stay clean.
 */
final class ProgressBars {
    private ProgressBars() {
    }

    /** A bar for a task of {@code total} steps; close it when the task ends. */
    static Bar start(String task, long total) {
        if (System.console() == null) {
            return new Bar(null);
        }
        ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true)))
                .build();
        return new Bar(bar);
    }

    /** A running bar; stepping is safe from several threads. */
    static final class Bar implements AutoCloseable {
        private final ProgressBar bar;

        private Bar(ProgressBar bar) {
            this.bar = bar;
        }

        void step() {
            if (bar != null) {
                bar.step();
            }
        }

        void stepBy(long steps) {
            if (bar != null) {
                bar.stepBy(steps);
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
