package org.hearth.engine.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;

import org.hearth.engine.plan.Plan;
import org.hearth.engine.timeline.FamilyTimeline;

/**
 * Evaluates every family of an authority under a plan, on all cores, handing the results to a
 * consumer in family order as they are decided ({@link InFamilyOrder}), so that a whole authority's
 * results are never all held in memory at once.
 */
public final class PopulationEvaluation {
    /** The most results waiting for the consumer while the cores go on: memory held, whatever the authority's size. */
    private static final int WINDOW = 2_000;

    private PopulationEvaluation() {
    }

    /** Evaluates for a consumer that reads only the decisions; {@code evaluated} hears how many more are done. */
    public static void run(Plan plan, List<FamilyTimeline> families, LocalDate asOf, Consumer<FamilyEvaluation> consumer,
                    IntConsumer evaluated) {
        map(families, family -> Evaluator.evaluate(plan, family, asOf), consumer, evaluated);
    }

    /**
     * Evaluates every family into the JSON document: each family's part, its explanations' words included when
     * the document has them, is written on the core that evaluated it, and added to the document in family
     * order; {@code consumer} hears each evaluation too, in the same order.
     */
    public static void writeJson(Plan plan, List<FamilyTimeline> families, LocalDate asOf, EvaluationJson json,
                                 Consumer<FamilyEvaluation> consumer, IntConsumer evaluated) {
        map(families, family -> {
            FamilyEvaluation evaluation = Evaluator.evaluate(plan, family, asOf);
            return new Written(evaluation, json.part(evaluation));
        }, written -> {
            json.write(written.part());
            consumer.accept(written.evaluation());
        }, evaluated);
    }

    /**
     * Does {@code work} for every family on all cores, handing the results to the consumer in family order as
     * each is ready (an evaluation and what else is worked out from a family's timeline, such as its outlook),
     * with at most {@value #WINDOW} waiting for it.
     */
    public static <T> void map(List<FamilyTimeline> families, Function<FamilyTimeline, T> work, Consumer<T> consumer,
                               IntConsumer done) {
        new InFamilyOrder<>(families, work, WINDOW).run(consumer, done);
    }

    /** A family's evaluation and its part of the JSON document. */
    private record Written(FamilyEvaluation evaluation, byte[] part) {
    }
}
