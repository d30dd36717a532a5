package org.hearth.cli;

import java.io.PrintWriter;
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

    @CommandLine.Mixin
    EvaluationOptions options;

    @Option(names = "--family", required = true, paramLabel = "ID", description = "the family's id")
    String family;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Plan loaded = options.loadPlan();
        FamilyTimeline timeline = options.load(spec.commandLine().getErr(), null).population().timeline(family);
        if (timeline == null) {
            throw new HearthException("family " + family + " is not in " + options.data);
        }
        PrintWriter out = spec.commandLine().getOut();
        ExplanationReport.print(loaded, Evaluator.evaluate(loaded, timeline, options.asOf).explanationsWorkedOut(), out);
        return 0;
    }
}
