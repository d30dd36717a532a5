package org.hearth.cli;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.hearth.engine.evaluation.DataUsed;
import org.hearth.engine.plan.Plan;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.io.EvaluationFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hearth evaluate}: every family of a canonical data folder under a plan as at a date, as JSON
 * (the contract in DESIGN.md) or CSV (one row per family and problem). With {@code --out}, the
 * result is written whole or not at all ({@link OutputFile}).
 */
@Command(name = "evaluate", description = "Evaluate every family in a data folder under a plan, as at a date.")
final class EvaluateCommand implements Callable<Integer> {
    @CommandLine.Mixin
    EvaluationOptions options;

    @Option(names = "--format", defaultValue = "json", description = "json (default) or csv")
    EvaluationFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "write here instead of standard output")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        OutputFile file = out == null ? null : OutputFile.checked(out, options.inputs());
        Plan loaded = options.loadPlan();
        DataFolder.Loaded data = options.load(spec.commandLine().getErr(), out);
        List<FamilyTimeline> families = data.population().timelines();
        if (file == null) {
            write(loaded, families, data.used(), System.out); // a failed write is found when the command ends
        } else {
            file.write(stream -> write(loaded, families, data.used(), stream));
            spec.commandLine().getErr().printf("wrote %d families to %s%n", families.size(), out);
        }
        if (!data.used().complete()) {
            spec.commandLine().getErr().printf("made from part of the data: %,d rows left out%s%n", data.used().rowsLeftOut(),
                    data.used().leftOutList() == null ? "" : ", listed in " + data.used().leftOutList());
        }
        return 0;
    }

    private void write(Plan loaded, List<FamilyTimeline> families, DataUsed used, OutputStream stream) {
        try (ProgressBars.Bar bar = ProgressBars.start("Evaluating " + loaded.id(), families.size())) {
            format.write(loaded, families, options.asOf, used, stream, bar::stepBy);
        }
    }
}
