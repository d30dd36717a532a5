package org.hearth.engine.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

import org.hearth.engine.plan.Plan;
import org.hearth.engine.timeline.FamilyTimeline;

/**
 * Evaluates every family of an authority under a plan, on all cores, handing the results to a
 * consumer in family order a batch at a time, so that a whole authority's results are never all held
 * in memory at once.
 */
public final class PopulationEvaluation {
    private static final int BATCH = 2_000;

    private PopulationEvaluation() {
    }

    /** Evaluates for a consumer that reads only the decisions; {@code evaluated} hears how many more are done. */
    public static void run(Plan plan, List<FamilyTimeline> families, LocalDate asOf, Consumer<FamilyEvaluation> consumer,
                    IntConsumer evaluated) {
        run(plan, families, asOf, false, consumer, evaluated);
    }

    /**
     * Evaluates for a consumer that reads every explanation too (the JSON output): they are worked
     * out on all cores with the decisions, not one by one as the consumer reads them.
     */
    public static void runExplained(Plan plan, List<FamilyTimeline> families, LocalDate asOf,
                             Consumer<FamilyEvaluation> consumer, IntConsumer evaluated) {
        run(plan, families, asOf, true, consumer, evaluated);
    }

    private static void run(Plan plan, List<FamilyTimeline> families, LocalDate asOf, boolean explained,
                            Consumer<FamilyEvaluation> consumer, IntConsumer evaluated) {
        map(families, family -> {
            FamilyEvaluation evaluation = Evaluator.evaluate(plan, family, asOf);
            return explained ? evaluation.explanationsWorkedOut() : evaluation;
        }, consumer, evaluated);
    }

    /**
     * Does {@code work} for every family on all cores, handing the results to the consumer in family order a
     * batch at a time (an evaluation and what else is worked out from a family's timeline, such as its outlook).
     * Each batch is shared out a family at a time: every core takes the next family as it finishes one, so no
     * core waits long at the end of a batch for another's last share.
     */
    public static <T> void map(List<FamilyTimeline> families, Function<FamilyTimeline, T> work, Consumer<T> consumer,
                               IntConsumer done) {
        int cores = Runtime.getRuntime().availableProcessors();
        @SuppressWarnings("unchecked")
        T[] batch = (T[]) new Object[BATCH];
        for (int from = 0; from < families.size(); from += BATCH) {
            int first = from;
            int size = Math.min(families.size() - from, BATCH);
            AtomicInteger next = new AtomicInteger();
            IntStream.range(0, cores).parallel().forEach(core -> {
                for (int i = next.getAndIncrement(); i < size; i = next.getAndIncrement()) {
                    batch[i] = work.apply(families.get(first + i));
                }
            });
            for (int i = 0; i < size; i++) {
                consumer.accept(batch[i]);
                batch[i] = null;
            }
            done.accept(size);
        }
    }
}
