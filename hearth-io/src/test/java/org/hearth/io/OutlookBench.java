package org.hearth.io;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.hearth.engine.evaluation.Evaluator;
import org.hearth.engine.outlook.FamilyOutlook;
import org.hearth.engine.outlook.OutcomeOutlook;
import org.hearth.engine.outlook.Outlook;
import org.hearth.engine.plan.Plan;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.io.generate.SyntheticAuthority;

/**
 * Measures the outlook on a generated authority, beside plain evaluation of the same families, for
 * docs/benchmarks.md: a measurement, not a test (it asserts nothing and no build runs it). Run from the
 * repository root after {@code ./mvnw -o -q -pl hearth-engine,hearth-io test-compile}:
 *
 * <pre>
 * java -cp hearth-engine/target/classes:hearth-io/target/classes:hearth-io/target/test-classes:$(cat cp.txt) \
 *     org.hearth.io.OutlookBench 2000 1 2019-03-31 5 southwark southampton
 * </pre>
 *
 * with {@code cp.txt} from {@code ./mvnw -o -q -pl hearth-io dependency:build-classpath -Dmdep.outputFile=cp.txt}.
 * Arguments: families, seed, review date, warm passes, plan names. Each plan is timed on one thread and on
 * all cores; the fastest of the passes after the first is reported.
 */
public final class OutlookBench {
    private OutlookBench() {
    }

    public static void main(String[] args) {
        int families = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        LocalDate asOf = args.length > 2 ? LocalDate.parse(args[2]) : SyntheticAuthority.DATA_END;
        int warmPasses = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        String[] names = args.length > 4 ? java.util.Arrays.copyOfRange(args, 4, args.length)
                : new String[] {"southwark", "southampton"};
        List<Plan> plans = GeneratedAuthority.plans(names);
        List<FamilyTimeline> timelines = GeneratedAuthority.families(families, seed, plans);
        System.out.printf("%,d families, seed %d, reviewed as at %s, horizon 12 months; %d cores; best of %d warm passes%n%n",
                timelines.size(), seed, asOf, Runtime.getRuntime().availableProcessors(), warmPasses);
        System.out.println("| plan | engaged | outcomes not met | met later | waiting for sign-off | claims due later "
                + "| evaluations/s, 1 thread | outlooks/s, 1 thread | outlooks/s, all cores |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Plan plan : plans) {
            Tally tally = new Tally();
            timelines.forEach(family -> tally.add(Outlook.of(plan, family, asOf), asOf));
            double evaluations = best(warmPasses, timelines, family -> Evaluator.evaluate(plan, family, asOf), false);
            double oneThread = best(warmPasses, timelines, family -> Outlook.of(plan, family, asOf), false);
            double allCores = best(warmPasses, timelines, family -> Outlook.of(plan, family, asOf), true);
            System.out.printf("| %s | %,d | %,d | %,d | %,d | %,d | %,.0f | %,.0f | %,.0f |%n", plan.id(),
                    tally.engaged.get(), tally.outcomes.get(), tally.metLater.get(), tally.waiting.get(),
                    tally.claimsLater.get(), evaluations, oneThread, allCores);
        }
    }

    /** Families per second, the fastest of the passes after a first that warms the compiler up. */
    private static double best(int warmPasses, List<FamilyTimeline> timelines, Consumer<FamilyTimeline> work,
                               boolean allCores) {
        double best = 0;
        for (int pass = 0; pass <= warmPasses; pass++) {
            long start = System.nanoTime();
            if (allCores) {
                timelines.parallelStream().forEach(work);
            } else {
                timelines.forEach(work);
            }
            double perSecond = timelines.size() / ((System.nanoTime() - start) / 1e9);
            best = pass == 0 ? 0 : Math.max(best, perSecond);
        }
        return best;
    }

    /** What the outlooks found, to say what the figures are of. */
    private static final class Tally {
        final AtomicInteger engaged = new AtomicInteger();
        final AtomicInteger outcomes = new AtomicInteger();
        final AtomicInteger metLater = new AtomicInteger();
        final AtomicInteger waiting = new AtomicInteger();
        final AtomicInteger claimsLater = new AtomicInteger();

        void add(FamilyOutlook outlook, LocalDate asOf) {
            engaged.addAndGet(outlook.engaged() ? 1 : 0);
            for (OutcomeOutlook outcome : outlook.outcomes()) {
                outcomes.incrementAndGet();
                metLater.addAndGet(outcome.earliestMetOn() != null ? 1 : 0);
                waiting.addAndGet(outcome.waitsForSignOff() ? 1 : 0);
            }
            claimsLater.addAndGet(outlook.claimableOn() != null && outlook.claimableOn().isAfter(asOf) ? 1 : 0);
        }
    }
}
