package org.hearth.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.hearth.engine.evaluation.PopulationEvaluation;
import org.hearth.engine.evaluation.EvaluationJson;
import org.hearth.engine.plan.Plan;
import org.hearth.engine.plan.Plans;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.io.Population;
import org.hearth.io.generate.SyntheticAuthority;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hearth demo}: generates a synthetic authority (with earlier episodes of early help, so that the early-help
 * pathway has re-referrals to show), writes it as a canonical data folder, reads it
 * back as any authority's data would be read, evaluates it under each built-in plan, writes each
 * plan's results, and prints per plan and problem how many families were identified, engaged, made
 * progress and are claimable, with the command that explains one family. Then, unless told not to, it starts
 * the server on the same authority with a user of each role ({@link DemoServer}) and runs until stopped.
 */
@Command(name = "demo", description = "Generate a synthetic authority, evaluate it under every built-in plan and summarise.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--families", defaultValue = "2000", description = "how many families (default ${DEFAULT-VALUE})")
    int families;

    @Option(names = "--seed", defaultValue = "2015", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--as-of", paramLabel = "DATE", description = "review date (default: the end of the synthetic data, 2019-03-31)")
    LocalDate asOf;

    @Option(names = "--out", defaultValue = "demo", paramLabel = "DIR",
            description = "where to write data/ and results/ (default ${DEFAULT-VALUE}; replaced if it holds an earlier demo)")
    Path out;

    @Option(names = "--no-serve", description = "stop after the summary: do not start the server")
    boolean noServe;

    @Option(names = "--port", paramLabel = "PORT", description = "the server's HTTP port (default: SERVER_PORT, or 8080)")
    Integer port;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LocalDate day = asOf != null ? asOf : SyntheticAuthority.DATA_END;
        PrintWriter print = spec.commandLine().getOut();
        DemoFolder folder = DemoFolder.prepare(out);
        List<Plan> plans = Plans.allBuiltIn();
        Population generated = GenerateCommand.generate(families, seed, plans, true);
        DataFolder.write(generated, folder.data());
        print.printf("Hearth demo: a synthetic authority of %,d families (%,d people, %,d records), written to %s%n",
                generated.families().size(), generated.people().size(), generated.records().size(), folder.data());
        print.printf("Every family evaluated under each built-in plan as at %s.%n%n", day);
        List<FamilyTimeline> timelines = DataFolder.read(folder.data()).timelines();
        String exampleFamily = null;
        String examplePlan = null;
        for (Plan plan : plans) {
            DemoTally tally = new DemoTally(plan);
            Path results = folder.results().resolve(plan.id() + ".json");
            try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(results));
                 EvaluationJson json = new EvaluationJson(stream, plan, day);
                 ProgressBars.Bar bar = ProgressBars.start("Evaluating " + plan.id(), timelines.size())) {
                PopulationEvaluation.writeJson(plan, timelines, day, json, tally::add, bar::stepBy);
            }
            tally.print(print);
            print.printf("  results: %s%n%n", results);
            if (exampleFamily == null && tally.exampleClaimable() != null) {
                exampleFamily = tally.exampleClaimable();
                examplePlan = plan.id();
            }
        }
        if (exampleFamily != null) {
            print.printf("Read a family's explanation, for example:%n  ./hearth explain --plan %s --data %s --as-of %s --family %s%n",
                    examplePlan, folder.data(), day, exampleFamily);
        }
        print.flush();
        if (!noServe) {
            DemoServer.run(folder, day, port, print);
        }
        return 0;
    }
}
