package org.hearth.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.hearth.engine.HearthException;
import org.hearth.engine.evaluation.Evaluator;
import org.hearth.engine.plan.Plan;
import org.hearth.engine.timeline.FamilyTimeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hearth explain}: one family's decisions and explanations as readable text. */
@Command(name = "explain", description = "Explain one family's evaluation under a plan, as at a date.")
final class ExplainCommand implements Callable<Integer> {

    @Option(names = "--plan", required = true, paramLabel = "FILE", description = "plan file, or a built-in plan name")
    String plan;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "canonical data folder")
    Path data;

    @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "review date (YYYY-MM-DD)")
    LocalDate asOf;

    @Option(names = "--family", required = true, paramLabel = "ID", description = "the family's id")
    String family;

    @Option(names = "--skip-invalid", description = "report rejected rows and use the rest")
    boolean skipInvalid;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Plan loaded = Plans.load(plan);
        FamilyTimeline timeline = DataFolder.read(data, skipInvalid, spec.commandLine().getErr()).timelines().stream()
                .filter(t -> t.familyId().equals(family))
                .findFirst()
                .orElseThrow(() -> new HearthException("family " + family + " is not in " + data));
        PrintWriter out = spec.commandLine().getOut();
        ExplanationReport.print(loaded, Evaluator.evaluate(loaded, timeline, asOf), out);
        return 0;
    }
}
