package org.hearth.io;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntConsumer;

import org.hearth.engine.evaluation.DataUsed;
import org.hearth.engine.evaluation.EvaluationJson;
import org.hearth.engine.evaluation.PopulationEvaluation;
import org.hearth.engine.plan.Plan;
import org.hearth.engine.timeline.FamilyTimeline;

/**
 * How an authority's evaluation is written: {@code hearth evaluate --format} and the Spark job's files (hearth-spark)
 * write through here, so that both write the same bytes for the same folder. The names are the option's values and the
 * Spark job's file extensions.
 */
public enum EvaluationFormat {
    /**
     * One object with every family's decisions and, unless left out, their explanations: with them, the contract in
     * DESIGN.md ({@link EvaluationJson}).
     */
    json {
        @Override
        public void write(Plan plan, List<FamilyTimeline> families, LocalDate asOf, DataUsed used,
                          EvaluationJson.Content content, OutputStream stream, IntConsumer evaluated) {
            try (EvaluationJson json = new EvaluationJson(stream, plan, asOf, used, content)) {
                PopulationEvaluation.writeJson(plan, families, asOf, json, family -> { }, evaluated);
            }
        }
    },
    /** One row per family and problem, decisions only ({@link EvaluationCsv}). */
    csv {
        @Override
        public void write(Plan plan, List<FamilyTimeline> families, LocalDate asOf, DataUsed used,
                          EvaluationJson.Content content, OutputStream stream, IntConsumer evaluated) {
            try (EvaluationCsv rows = new EvaluationCsv(stream)) {
                PopulationEvaluation.run(plan, families, asOf, rows::family, evaluated);
            }
        }
    };

    /**
     * Evaluates every family under the plan as at the day and writes the result to the stream (left open).
     *
     * @param used      what of the data folder the families were made from (the JSON says so)
     * @param content   whether the JSON gives the explanations (the CSV never does)
     * @param evaluated hears how many more families are done
     */
    public abstract void write(Plan plan, List<FamilyTimeline> families, LocalDate asOf, DataUsed used,
                               EvaluationJson.Content content, OutputStream stream, IntConsumer evaluated);
}
