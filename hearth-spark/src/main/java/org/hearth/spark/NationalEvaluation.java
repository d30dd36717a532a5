package org.hearth.spark;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.apache.spark.api.java.JavaSparkContext;
import org.hearth.engine.HearthException;
import org.hearth.engine.plan.Plans;
import org.hearth.io.EvaluationFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hearth evaluate} over many authorities on Apache Spark: each authority's canonical data folder is read,
 * evaluated under the plan as at the day and written by one Spark task, exactly as {@code hearth evaluate --format
 * FORMAT} writes it, to {@code OUT/AUTHORITY.FORMAT}, with {@code OUT/authorities.csv} listing them. The output folder
 * is written whole or not at all ({@link OutputFolder}): one folder the reader refuses fails the job, with the reader's
 * message for each such folder, and leaves nothing. Exit codes as the {@code hearth} command's: 0 success, 1 the input
 * was rejected (reasons printed), 2 usage error. Run with {@code spark-submit --class org.hearth.spark.NationalEvaluation}
 * (docs/operations.md).
 */
@Command(name = "hearth-spark", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Evaluate every family of many authorities' data folders under a plan, as at a date, on Apache Spark.")
public final class NationalEvaluation implements Callable<Integer> {

    @Option(names = "--plan", required = true, paramLabel = "FILE",
            description = "plan file (at the same path on every executor), or a built-in plan name")
    String plan;

    @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "review date (YYYY-MM-DD)")
    LocalDate asOf;

    @Option(names = "--format", defaultValue = "json", description = "json (default) or csv, as hearth evaluate writes them")
    EvaluationFormat format;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "the folder to write, which must not exist (on storage the executors write to)")
    Path out;

    @Option(names = "--authorities", paramLabel = "DIR",
            description = "a folder holding one canonical data folder per authority (repeatable)")
    List<Path> parents = new ArrayList<>();

    @Parameters(paramLabel = "FOLDER", arity = "0..*", description = "an authority's canonical data folder")
    List<Path> folders = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Supplier<JavaSparkContext> spark;

    NationalEvaluation(Supplier<JavaSparkContext> spark) {
        this.spark = spark;
    }

    /** Run by spark-submit; Spark is started only once the arguments and the plan have been checked. */
    public static void main(String[] args) {
        int code;
        try (SparkOnDemand spark = new SparkOnDemand("hearth national evaluation")) {
            code = execute(spark, new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
        }
        if (code != 0) {
            System.exit(code);
        }
    }

    /** Runs the command line on the Spark context given, and returns its exit code. */
    static int execute(Supplier<JavaSparkContext> spark, PrintWriter out, PrintWriter err, String... args) {
        CommandLine line = new CommandLine(new NationalEvaluation(spark));
        line.setOut(out);
        line.setErr(err);
        line.setExecutionExceptionHandler((e, command, parsed) -> {
            command.getErr().println(e instanceof HearthException ? e.getMessage()
                    : "The Spark job failed; nothing was written: " + e);
            command.getErr().flush();
            return 1;
        });
        return line.execute(args);
    }

    @Override
    public Integer call() {
        List<Authority> authorities = Authority.of(folders, parents);
        List<Path> inputs = new ArrayList<>(parents);
        authorities.forEach(authority -> inputs.add(Path.of(authority.folder())));
        OutputFolder output = OutputFolder.checked(out, inputs);
        Plans.loadInForce(plan, asOf); // its errors, before any work; each task loads it as hearth evaluate does
        PrintWriter err = spec.commandLine().getErr();
        output.write(staging -> {
            List<AuthorityResult> results = spark.get().parallelize(authorities, authorities.size())
                    .map(new AuthorityTask(plan, asOf, format, staging)).collect();
            List<String> refused = results.stream().filter(AuthorityResult::wasRefused).map(AuthorityResult::reason).toList();
            if (!refused.isEmpty()) {
                throw new HearthException(refused.size() + " of " + results.size() + " authorities' data could not be used;"
                        + " nothing was written" + System.lineSeparator() + String.join(System.lineSeparator(), refused));
            }
            Manifest.write(staging, results);
        });
        err.printf("wrote %d authorities' results to %s%n", authorities.size(), output);
        return 0;
    }
}
