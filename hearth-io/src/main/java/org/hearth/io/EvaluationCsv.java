package org.hearth.io;

import static org.hearth.io.SpreadsheetCell.safe;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import de.siegmar.fastcsv.writer.CsvWriter;
import org.hearth.engine.evaluation.FamilyEvaluation;
import org.hearth.engine.evaluation.OutcomeResult;
import org.hearth.engine.evaluation.ProblemEvaluation;
import org.hearth.engine.measure.Status;

/**
 * Evaluations as CSV for analysts' spreadsheets: one row per family and problem, with the family's
 * eligibility and claim repeated on each row so any row can be filtered on its own. Every id is written
 * safe to open in a spreadsheet ({@link SpreadsheetCell}). The format of {@code hearth evaluate --format csv}
 * and of the Spark job's files (hearth-spark).
 */
public final class EvaluationCsv implements AutoCloseable {
    private final Writer writer;
    private final CsvWriter csv;

    /** Starts the CSV with its header row. */
    public EvaluationCsv(OutputStream out) {
        this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.csv = CsvWriter.builder().build(writer);
        csv.writeRecord("family_id", "eligible", "claimable", "route", "problem_id", "identified", "identified_by",
                "identified_on", "emerged", "progress_met", "outcomes_met", "outcomes_too_early");
    }

    /** Writes the family's rows, one per problem of the plan. */
    public void family(FamilyEvaluation family) {
        for (ProblemEvaluation problem : family.problems()) {
            List<String> met = new ArrayList<>();
            List<String> early = new ArrayList<>();
            for (OutcomeResult outcome : problem.outcomes()) {
                if (outcome.met()) {
                    met.add(outcome.outcomeId());
                } else if (outcome.status() == Status.TOO_EARLY) {
                    early.add(outcome.outcomeId());
                }
            }
            csv.writeRecord(safe(family.familyId()), Boolean.toString(family.eligible()),
                    Boolean.toString(family.claim().claimable()),
                    family.claim().route() == null ? "" : safe(family.claim().route().code()), safe(problem.problemId()),
                    Boolean.toString(problem.identified()), safe(String.join(";", problem.identifiedBy())),
                    problem.identifiedOn() == null ? "" : problem.identifiedOn().toString(), Boolean.toString(problem.emerged()),
                    Boolean.toString(problem.progressMet()), safe(String.join(";", met)), safe(String.join(";", early)));
        }
    }

    @Override
    public void close() {
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
