package org.hearth.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import org.hearth.engine.evaluation.PopulationEvaluation;
import org.hearth.engine.plan.Plan;
import org.hearth.engine.plan.Plans;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.io.Population;
import org.hearth.io.generate.SyntheticAuthority;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hearth bench}: measures loading a canonical data folder and evaluating it under each built-in
 * plan, and prints the figures as a Markdown table for docs/benchmarks.md. A measurement, not a test:
 * it asserts nothing. Run it with the heap it should fit in, e.g. {@code JAVA_OPTS=-Xmx4g}.
 */
@Command(name = "bench", description = "Measure load and evaluation time and memory on a generated authority.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--families", defaultValue = "100000", description = "families to generate (default ${DEFAULT-VALUE})")
    int families;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--data", paramLabel = "DIR", description = "an existing canonical folder to measure instead of generating one")
    Path data;

    @Option(names = "--as-of", paramLabel = "DATE", description = "review date (default 2019-03-31)")
    LocalDate asOf;

    @Option(names = "--warm-passes", defaultValue = "0", paramLabel = "N",
            description = "after the first pass, evaluate each plan N more times and report the fastest: the steady "
                    + "state of a long-running server, with the JIT compiler warmed up (default ${DEFAULT-VALUE})")
    int warmPasses;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        LocalDate day = asOf != null ? asOf : SyntheticAuthority.DATA_END;
        List<Plan> plans = Plans.allBuiltIn();
        Path folder = data != null ? data : generated(plans, out);
        Loaded loaded = load(folder);
        List<FamilyTimeline> timelines = loaded.timelines();
        long timelinesHeap = liveHeapMegabytes();
        out.printf("%n| step | families | people | records | time (s) | families/s |%n|---|---:|---:|---:|---:|---:|%n");
        out.printf("| read canonical folder | %,d | %,d | %,d | %.1f | |%n", timelines.size(), loaded.people(),
                loaded.records(), loaded.read());
        out.printf("| build family timelines | %,d | | | %.1f | |%n", timelines.size(), loaded.built());
        double all = loaded.read() + loaded.built();
        for (Plan plan : plans) {
            AtomicInteger claimable = new AtomicInteger();
            double took = evaluate(plan, timelines, day, claimable);
            all += took;
            out.printf("| evaluate under %s (%,d claimable) | %,d | | | %.1f | %,.0f |%n", plan.id(), claimable.get(),
                    timelines.size(), took, timelines.size() / took);
        }
        out.printf("| end to end: read, build, evaluate all four plans | | | | %.1f | |%n", all);
        for (int plan = 0; plan < plans.size() && warmPasses > 0; plan++) {
            double fastest = Double.MAX_VALUE;
            for (int pass = 0; pass < warmPasses; pass++) {
                fastest = Math.min(fastest, evaluate(plans.get(plan), timelines, day, new AtomicInteger()));
            }
            out.printf("| evaluate under %s, warm (fastest of %d more passes) | %,d | | | %.1f | %,.0f |%n",
                    plans.get(plan).id(), warmPasses, timelines.size(), fastest, timelines.size() / fastest);
        }
        out.printf("%nheap in use (after a full collection) with the authority read and its timelines built: %,d MB;"
                + " with the timelines alone, as `hearth evaluate` holds them: %,d MB;"
                + " maximum heap %,d MB; %d processors; %s%n", loaded.heap(), timelinesHeap,
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        out.printf("JVM options: %s%n", jvmOptions());
        out.flush();
        if (data == null) {
            deleteGenerated(folder);
        }
        return 0;
    }

    /** Generates the authority into a new temporary folder; the population made is let go when this returns. */
    private Path generated(List<Plan> plans, PrintWriter out) throws IOException {
        Path folder = Files.createTempDirectory("hearth-bench");
        long start = System.nanoTime();
        Population generated = GenerateCommand.generate(families, seed, plans, false);
        DataFolder.write(generated, folder);
        out.printf("generated and wrote %,d families in %.1f s to %s%n", families, seconds(start), folder);
        out.flush();
        return folder;
    }

    /** The folder's timelines, its size, how long reading and building took, and the heap with both held. */
    private record Loaded(List<FamilyTimeline> timelines, int people, int records, double read, double built,
                          long heap) {
    }

    /** Reads the folder and builds its timelines; the population read is let go when this returns. */
    private static Loaded load(Path folder) {
        System.gc();
        long start = System.nanoTime();
        Population population = DataFolder.read(folder);
        double read = seconds(start);
        start = System.nanoTime();
        List<FamilyTimeline> timelines = population.timelines();
        double built = seconds(start);
        return new Loaded(timelines, population.people().size(), population.records().size(), read, built,
                liveHeapMegabytes());
    }

    /** Evaluates every family under the plan, counting the claimable ones; the seconds it took. */
    private static double evaluate(Plan plan, List<FamilyTimeline> timelines, LocalDate day, AtomicInteger claimable) {
        long start = System.nanoTime();
        try (ProgressBars.Bar bar = ProgressBars.start("Evaluating " + plan.id(), timelines.size())) {
            PopulationEvaluation.run(plan, timelines, day, family -> {
                if (family.claim().claimable()) {
                    claimable.incrementAndGet();
                }
            }, bar::stepBy);
        }
        return seconds(start);
    }

    private static void deleteGenerated(Path folder) throws IOException {
        try (java.util.stream.Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /**
     * The options the JVM was started with, so that a figure can be told apart from one measured with
     * another compiler or heap ({@code hearth} runs the bench without tiered compilation).
     */
    private static String jvmOptions() {
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments();
        return options.isEmpty() ? "none" : String.join(" ", options);
    }

    /** The heap the live data needs: used heap right after a full collection. */
    private static long liveHeapMegabytes() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }
}
