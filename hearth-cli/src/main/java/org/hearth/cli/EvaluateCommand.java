package org.hearth.cli;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.hearth.engine.evaluation.DataUsed;
import org.hearth.engine.evaluation.EvaluationJson;
import org.hearth.engine.plan.Plan;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.io.EvaluationFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hearth evaluate}: every family of a canonical data folder under a plan as at a date, as JSON
 * (the contract in DESIGN.md, with every explanation unless {@code --explanations none}) or CSV (one row per
 * family and problem, decisions only). With {@code --out}, the result is written whole or not at all
 * ({@link OutputFile}).
 */
@Command(name = "evaluate", description = "Evaluate every family in a data folder under a plan, as at a date.")
final class EvaluateCommand implements Callable<Integer> {
    enum Explanations {
        all(EvaluationJson.Content.DECISIONS_AND_EXPLANATIONS), none(EvaluationJson.Content.DECISIONS);

        private final EvaluationJson.Content content;

        Explanations(EvaluationJson.Content content) {
            this.content = content;
        }
    }

    @CommandLine.Mixin
    EvaluationOptions options;

    @Option(names = "--format", defaultValue = "json", description = "json (default) or csv")
    EvaluationFormat format;

    @Option(names = "--explanations", paramLabel = "all|none", defaultValue = "all",
            description = "JSON only. all (default): every decision with its explanation and cited records, the full"
                    + " contract an auditor reads. none: the decisions alone, much cheaper to write; this leaves"
                    + " out the contract's outcome explanation (and eligibility, indicator_explanations, progress, cited)")
    Explanations explanations;

    @Option(names = "--out", paramLabel = "FILE", description = "write here instead of standard output")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (format == EvaluationFormat.csv && explanations == Explanations.all
                && spec.commandLine().getParseResult().hasMatchedOption("--explanations")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--explanations all is for --format json: the CSV holds the decisions alone");
        }
        OutputFile file = out == null ? null : OutputFile.checked(out, options.inputs());
        Plan loaded = options.loadPlan();
        Timelines data = timelines();
        List<FamilyTimeline> families = data.families();
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

    /** The families' timelines, and what of the folder they were made from. */
    private record Timelines(List<FamilyTimeline> families, DataUsed used) {
    }

    /**
     * Reads the folder and builds its timelines. The population read (people's names, Teams Around the Family, the
     * list of every record) is let go when this returns: only the timelines are held while evaluating, about 6% less
     * heap for an authority.
     */
    private Timelines timelines() {
        DataFolder.Loaded data = options.load(spec.commandLine().getErr(), out);
        return new Timelines(data.population().timelines(), data.used());
    }

    private void write(Plan loaded, List<FamilyTimeline> families, DataUsed used, OutputStream stream) {
        try (ProgressBars.Bar bar = ProgressBars.start("Evaluating " + loaded.id(), families.size())) {
            format.write(loaded, families, options.asOf, used, explanations.content, stream, bar::stepBy);
        }
    }
}
