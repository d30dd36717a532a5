package org.hearth.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.hearth.engine.evaluation.DataUsed;
import org.hearth.engine.evaluation.EvaluationJson;
import org.hearth.engine.plan.Plan;
import org.hearth.engine.plan.Plans;
import org.hearth.io.EvaluationFormat;
import org.hearth.io.canonical.CanonicalReader;
import org.hearth.io.canonical.CanonicalWriter;
import org.hearth.io.canonical.InvalidDataException;
import org.hearth.io.generate.SyntheticAuthority;
import org.hearth.io.generate.WorkerQuestions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Spark job in local mode over two generated authorities, against what {@code hearth evaluate} writes for each. */
class NationalEvaluationTest {
    private static final LocalDate AS_OF = LocalDate.of(2019, 3, 31);
    private static final Supplier<JavaSparkContext> NOT_STARTED = () -> {
        throw new AssertionError("Spark was started before the input was checked");
    };

    @TempDir
    static Path authorities;
    private static JavaSparkContext spark;

    @BeforeAll
    static void startSparkAndGenerateTwoAuthorities() {
        spark = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("hearth-spark test")
                .set("spark.ui.enabled", "false"));
        Plan southampton = Plans.builtIn("southampton");
        generate("north", 160, 11, southampton);
        generate("south", 110, 12, southampton);
    }

    @AfterAll
    static void stopSpark() {
        spark.close();
    }

    @ParameterizedTest
    @EnumSource(EvaluationFormat.class)
    void eachAuthoritysFileHoldsExactlyWhatHearthEvaluateWritesForItsFolder(EvaluationFormat format, @TempDir Path work)
            throws IOException {
        Path out = work.resolve("results");

        Run run = run(() -> spark, "--plan", "southampton", "--as-of", AS_OF.toString(), "--format", format.name(),
                "--out", out.toString(), "--authorities", authorities.toString());

        assertThat(run.code).as(run.err).isZero();
        byte[] north = Files.readAllBytes(out.resolve("north." + format.name()));
        byte[] south = Files.readAllBytes(out.resolve("south." + format.name()));
        assertThat(north).isEqualTo(hearthEvaluate(authorities.resolve("north"), format));
        assertThat(south).isEqualTo(hearthEvaluate(authorities.resolve("south"), format));
        assertThat(north).isNotEqualTo(south);
        assertThat(Files.readAllLines(out.resolve("authorities.csv"))).containsExactly("authority,file,families,data_folder",
                "north,north." + format.name() + ",160," + authorities.resolve("north"),
                "south,south." + format.name() + ",110," + authorities.resolve("south"));
        assertThat(names(out)).containsExactlyInAnyOrder("authorities.csv", "north." + format.name(), "south." + format.name());
        assertThat(names(work)).containsExactly("results");
    }

    @Test
    void aFolderTheReaderRefusesFailsTheWholeJobWithTheReadersMessageAndWritesNothing(@TempDir Path work) throws IOException {
        Path bad = copy(authorities.resolve("south"), work.resolve("east"));
        List<String> people = Files.readAllLines(bad.resolve("people.csv"));
        Files.writeString(bad.resolve("people.csv"), String.join("\n", people) + "\n" + people.get(1) + "\n");
        String readersMessage = readersMessage(bad);
        Path out = work.resolve("results");

        Run run = run(() -> spark, "--plan", "southampton", "--as-of", AS_OF.toString(), "--format", "csv",
                "--out", out.toString(), authorities.resolve("north").toString(), bad.toString());

        assertThat(run.code).isEqualTo(1);
        assertThat(run.err).contains("1 of 2 authorities' data could not be used; nothing was written", readersMessage);
        assertThat(readersMessage).contains(bad.toString(), "people.csv:" + (people.size() + 1) + ":1: person_id");
        assertThat(names(work)).containsExactly("east");
    }

    @Test
    void anOutputFolderThatExistsIsRefusedBeforeSparkStarts(@TempDir Path work) throws IOException {
        Path out = Files.createDirectory(work.resolve("results"));

        Run run = run(NOT_STARTED, "--plan", "southampton", "--as-of", AS_OF.toString(), "--out", out.toString(),
                "--authorities", authorities.toString());

        assertThat(run.code).isEqualTo(1);
        assertThat(run.err).contains("Will not write " + out + ": it exists");
        assertThat(names(out)).isEmpty();
    }

    @Test
    void twoAuthoritiesOfOneNameAreRefusedBeforeSparkStarts(@TempDir Path work) throws IOException {
        Path other = copy(authorities.resolve("north"), work.resolve("elsewhere").resolve("north"));

        Run run = run(NOT_STARTED, "--plan", "southampton", "--as-of", AS_OF.toString(),
                "--out", work.resolve("results").toString(), "--authorities", authorities.toString(), other.toString());

        assertThat(run.code).isEqualTo(1);
        assertThat(run.err).contains("Two authorities are named north");
        assertThat(names(work)).containsExactly("elsewhere");
    }

    @Test
    void aReviewDateBeforeThePlanIsInForceIsRefusedBeforeSparkStarts(@TempDir Path work) throws IOException {
        Run run = run(NOT_STARTED, "--plan", "southampton", "--as-of", "2010-01-01", "--out", work.resolve("results").toString(),
                "--authorities", authorities.toString());

        assertThat(run.code).isEqualTo(1);
        assertThat(run.err).contains("The review date 2010-01-01 is before plan southampton");
        assertThat(names(work)).isEmpty();
    }

    @Test
    void noAuthorityIsAUsageOfNothing(@TempDir Path work) {
        Run run = run(NOT_STARTED, "--plan", "southampton", "--as-of", AS_OF.toString(), "--out", work.resolve("results").toString());

        assertThat(run.code).isEqualTo(1);
        assertThat(run.err).contains("No authority's data folder to evaluate");
    }

    /** What {@code hearth evaluate --plan southampton --data FOLDER --as-of 2019-03-31 --format FORMAT} writes. */
    private static byte[] hearthEvaluate(Path folder, EvaluationFormat format) {
        Plan plan = Plans.loadInForce("southampton", AS_OF);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        format.write(plan, CanonicalReader.read(folder).timelines(), AS_OF, DataUsed.WHOLE_FOLDER,
                EvaluationJson.Content.DECISIONS_AND_EXPLANATIONS, bytes, done -> { });
        return bytes.toByteArray();
    }

    private static String readersMessage(Path folder) {
        try {
            CanonicalReader.read(folder);
        } catch (InvalidDataException e) {
            return e.getMessage();
        }
        throw new AssertionError(folder + " was read without an error");
    }

    private static void generate(String name, int families, long seed, Plan plan) {
        SyntheticAuthority authority = new SyntheticAuthority(families, seed, WorkerQuestions.of(List.of(plan)));
        CanonicalWriter.write(authority.generate(done -> {
        }), authorities.resolve(name));
    }

    private static Path copy(Path folder, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        return to;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(entry -> entry.getFileName().toString()).toList();
        }
    }

    private record Run(int code, String err) {
    }

    private static Run run(Supplier<JavaSparkContext> context, String... args) {
        StringWriter err = new StringWriter();
        int code = NationalEvaluation.execute(context, new PrintWriter(new StringWriter()), new PrintWriter(err), args);
        return new Run(code, err.toString());
    }
}
