package org.hearth.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.hearth.engine.evaluation.Evaluator;
import org.hearth.engine.evaluation.FamilyEvaluation;
import org.hearth.engine.plan.Plan;
import org.hearth.engine.timeline.FamilyTimeline;

/**
 * Evaluates every family of an authority under a plan, on all cores, handing the results to a
 * consumer in family order a batch at a time, so that a whole authority's results are never all held
 * in memory at once.
 */
final class PopulationEvaluation {
    private static final int BATCH = 2_000;

    private PopulationEvaluation() {
    }

    /** Evaluates for a consumer that reads only the decisions. */
    static void run(Plan plan, List<FamilyTimeline> families, LocalDate asOf, Consumer<FamilyEvaluation> consumer,
                    ProgressBars.Bar bar) {
        run(plan, families, asOf, false, consumer, bar);
    }

    /**
     * Evaluates for a consumer that reads every explanation too (the JSON output): they are worked
     * out on all cores with the decisions, not one by one as the consumer reads them.
     */
    static void runExplained(Plan plan, List<FamilyTimeline> families, LocalDate asOf,
                             Consumer<FamilyEvaluation> consumer, ProgressBars.Bar bar) {
        run(plan, families, asOf, true, consumer, bar);
    }

    private static void run(Plan plan, List<FamilyTimeline> families, LocalDate asOf, boolean explained,
                            Consumer<FamilyEvaluation> consumer, ProgressBars.Bar bar) {
        for (int from = 0; from < families.size(); from += BATCH) {
            List<FamilyEvaluation> batch = families.subList(from, Math.min(families.size(), from + BATCH)).parallelStream()
                    .map(family -> Evaluator.evaluate(plan, family, asOf))
                    .map(evaluation -> explained ? evaluation.explanationsWorkedOut() : evaluation)
                    .toList();
            batch.forEach(consumer);
            bar.stepBy(batch.size());
        }
    }
}
