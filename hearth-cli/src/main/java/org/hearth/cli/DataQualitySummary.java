package org.hearth.cli;

import java.io.PrintWriter;
import java.util.List;

import org.hearth.io.link.SourceQuality;

/**
 * The data quality of the sources a worklist was made from, for {@code hearth screen}'s console (docs/data-in.md,
 * "Data quality"): a line per source and provider, what arrived and when, what was rejected or is in no family, and
 * whether it is late or missing against the schedule.
 */
final class DataQualitySummary {
    private DataQualitySummary() {
    }

    static void print(List<SourceQuality.Line> lines, PrintWriter err) {
        if (lines.isEmpty()) {
            return;
        }
        err.printf("the sources it was made from (sources/data_quality.csv):%n");
        err.printf("  %-14s %-34s %-10s %8s %8s %9s %10s  %s%n", "kind", "provider", "read on", "people", "rows",
                "rejected", "no family", "status");
        for (SourceQuality.Line line : lines) {
            err.printf("  %-14s %-34s %-10s %,8d %,8d %,9d %,10d  %s%n", line.kind(), line.provider(),
                    line.readOn() == null ? "-" : line.readOn(), line.people(), line.rows(), line.rejected(),
                    line.inNoFamily(), line.status());
        }
    }
}
