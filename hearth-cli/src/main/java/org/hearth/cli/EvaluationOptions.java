package org.hearth.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.hearth.engine.plan.Plan;
import org.hearth.engine.plan.Plans;
import picocli.CommandLine.Option;

/** The options every evaluating command takes: the plan, the data folder, the review date, and how to treat bad rows. */
final class EvaluationOptions {

    @Option(names = "--plan", required = true, paramLabel = "FILE", description = "plan file, or a built-in plan name")
    String plan;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "canonical data folder")
    Path data;

    @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "review date (YYYY-MM-DD)")
    LocalDate asOf;

    @Option(names = "--skip-invalid", description = "report rejected rows and use the rest, instead of rejecting the folder")
    boolean skipInvalid;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "list every error in the data (or every row left out, with --skip-invalid) in this CSV file")
    Path errors;

    /** What the command reads: the data folder, and the plan when it is a file. */
    List<Path> inputs() {
        try {
            Path planFile = Path.of(plan);
            return Files.exists(planFile) ? List.of(data, planFile) : List.of(data);
        } catch (InvalidPathException e) {
            return List.of(data); // not a file's name: a built-in plan's, or an error loadPlan reports
        }
    }

    /** The plan, refused when the review date is before it is in force: its rules did not apply then. */
    Plan loadPlan() {
        return Plans.loadInForce(plan, asOf);
    }

    /**
     * Reads the data folder as the options say. With --skip-invalid and a result file but no --errors,
     * the rows left out are listed beside the result ({@code RESULT.left-out.csv}).
     *
     * @param result the command's result file, or null
     */
    DataFolder.Loaded load(PrintWriter err, Path result) {
        Path listed = errors != null ? errors
                : skipInvalid && result != null ? result.resolveSibling(result.getFileName() + ".left-out.csv") : null;
        ErrorList list = listed == null ? null : ErrorList.at(listed, inputs());
        return DataFolder.read(data, skipInvalid, list, err);
    }
}
