package org.hearth.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.hearth.engine.evaluation.Evaluator;
import org.hearth.engine.evaluation.FamilyEvaluation;
import org.hearth.engine.evaluation.PopulationEvaluation;
import org.hearth.engine.plan.Plan;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.io.link.SourceQuality;
import org.hearth.io.screening.ScreeningWorklist;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hearth screen}: identification screening of the whole population (docs/data-in.md, "hearth screen"): every
 * family of a canonical folder evaluated under a plan as at a date, and the worklist of those eligible and not engaged
 * in an intervention written as CSV ({@link ScreeningWorklist}), with a summary per problem on the console. With
 * {@code --out}, the worklist is written whole or not at all ({@link OutputFile}).
 */
@Command(name = "screen", description = "List the families a plan makes eligible and no intervention engages yet: the "
        + "worklist for allocation.")
final class ScreenCommand implements Callable<Integer> {

    @CommandLine.Mixin
    EvaluationOptions options;

    @Option(names = "--out", paramLabel = "FILE", description = "write the worklist (CSV) here instead of standard output")
    Path out;

    @Option(names = "--include-engaged", description = "list eligible families already engaged too, with their intervention")
    boolean includeEngaged;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** A family evaluated, with its worklist entry or null. */
    private record Screened(FamilyEvaluation evaluation, ScreeningWorklist.Entry entry) {
    }

    @Override
    public Integer call() {
        OutputFile file = out == null ? null : OutputFile.checked(out, options.inputs());
        Plan plan = options.loadPlan();
        DataFolder.Loaded data = options.load(spec.commandLine().getErr(), out);
        List<FamilyTimeline> families = data.population().timelines();
        ScreeningWorklist worklist = new ScreeningWorklist(plan, includeEngaged);
        try (ProgressBars.Bar bar = ProgressBars.start("Screening under " + plan.id(), families.size())) {
            PopulationEvaluation.map(families, family -> {
                FamilyEvaluation evaluation = Evaluator.evaluate(plan, family, options.asOf);
                return new Screened(evaluation, ScreeningWorklist.entry(family, evaluation,
                        data.population().familyReference(family.familyId()), includeEngaged));
            }, screened -> worklist.add(screened.evaluation(), screened.entry()), bar::stepBy);
        }
        if (file == null) {
            worklist.write(spec.commandLine().getOut());
        } else {
            file.write(worklist::write);
        }
        worklist.summarise(spec.commandLine().getErr(), options.asOf);
        DataQualitySummary.print(SourceQuality.of(options.data), spec.commandLine().getErr());
        if (!data.used().complete()) {
            spec.commandLine().getErr().printf("made from part of the data: %,d rows left out%n", data.used().rowsLeftOut());
        }
        return 0;
    }
}
