package org.hearth.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import org.hearth.engine.measure.CountAgainstBaseline;
import org.hearth.engine.measure.Measure;
import org.hearth.engine.measure.NoneInWindow;
import org.hearth.engine.timeline.RecordKind;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PlanLoaderTest {
    private static final PlanLoader LOADER = PlanLoader.withBuiltInSchema();
    private static final String FILE = "example.yaml";

    /** A small valid plan; the error cases below change one line of it (line numbers in the comments). */
    private static final String VALID = """
            id: example-plan
            authority: Example Borough Council
            title: Example family outcomes plan
            version: "2015.1"
            effective: {from: 2015-04-01}
            programme:
              eligibility: {minimum_problems: 2}
              claim_routes:
                - route: significant_and_sustained_progress
                - route: continuous_employment
                  outcome: "2.1"
            problems:
              - id: "1"
                theme: crime_asb
                name: Crime and anti-social behaviour
                indicators:
                  - id: A
                    test:
                      type: count_in_window
                      records: offences
                      where: {proven: true}
                      people: children
                      window: {months: 12}
                  - id: B
                    test: {type: count_in_window, records: police_callouts, window: {months: 12}}
                outcomes:
                  - id: "1.1"
                    applies_when_identified_by: [A]
                    measure:
                      type: count_against_baseline
                      records: offences
                      where: {proven: true}
                      people: children
                      baseline: {months: 12}
                      review: {months: 6}
                      fall_at_least_percent: 33
                  - id: "1.2"
                    applies_when_identified_by: [B]
                    also_evidences: ["2"]
                    measure: {type: none_in_window, records: police_callouts, window: {months: 6}}
              - id: "2"
                theme: work_and_money
                name: Adults out of work
                indicators:
                  - id: A
                    test: {type: status_held, records: benefits, where: {out_of_work: true}, people: adults}
                outcomes:
                  - id: "2.1"
                    measure:
                      type: continuous_employment
                      rules:
                        - {benefits: [jobseekers_allowance], weeks_in_work: 26, within_weeks: 30}
                        - {benefits: [employment_support_allowance, income_support], weeks_in_work: 13, within_weeks: 13}
            """;

    /** Lines 20 to 23: the record selection of indicator 1A. */
    private static final String INDICATOR_A =
            "          records: offences\n          where: {proven: true}\n          people: children\n          window";

    @Test
    void aValidPlanLoadsIntoTheModel() {
        Plan plan = LOADER.load(FILE, VALID);

        assertThat(plan.label()).isEqualTo("example-plan 2015.1");
        assertThat(plan.effective()).isEqualTo(new Plan.Effective(LocalDate.of(2015, 4, 1), null));
        assertThat(plan.programme().eligibility().minimumProblems()).isEqualTo(2);
        assertThat(plan.programme().claimRoutes()).extracting(ClaimRoute::route)
                .containsExactly(ClaimRoute.Route.SIGNIFICANT_AND_SUSTAINED_PROGRESS, ClaimRoute.Route.CONTINUOUS_EMPLOYMENT);
        assertThat(plan.problems()).extracting(Problem::id).containsExactly("1", "2");
        assertThat(plan.problem("1").progress()).isEqualTo(ProgressRule.ONE_RELEVANT_OUTCOME);
        assertThat(plan.outcome("1.1").appliesWhenIdentifiedBy()).containsExactly("A");
        assertThat(plan.outcome("1.2").alsoEvidences()).containsExactly("2");
        CountAgainstBaseline fall = (CountAgainstBaseline) plan.outcome("1.1").measure();
        assertThat(fall.selection().describe()).isEqualTo("offences where proven = true");
        assertThat(fall.fallAtLeastPercent().on(LocalDate.of(2016, 3, 31))).isEqualByComparingTo("33");
        assertThat(plan.outcome("1.2").measure()).isInstanceOf(NoneInWindow.class);
    }

    @Test
    void aThresholdThatChangesOnADateIsReadAsSteps() {
        Plan plan = LOADER.load(FILE, VALID.replace("          fall_at_least_percent: 33\n", """
                          fall_at_least_percent:
                            - value: 33
                            - value: 40
                              from: 2016-04-01
                """));

        CountAgainstBaseline fall = (CountAgainstBaseline) plan.outcome("1.1").measure();
        assertThat(fall.fallAtLeastPercent().on(LocalDate.of(2016, 3, 31))).isEqualByComparingTo(new BigDecimal("33"));
        assertThat(fall.fallAtLeastPercent().on(LocalDate.of(2016, 4, 1))).isEqualByComparingTo(new BigDecimal("40"));
    }

    @Test
    void yesIsTrueAsInYaml() {
        Plan plan = LOADER.load(FILE, VALID.replace("      - id: \"1.2\"\n", "      - id: \"1.2\"\n        priority: yes\n"));

        assertThat(plan.outcome("1.2").priority()).isTrue();
        assertThat(plan.outcome("1.1").priority()).isFalse();
    }

    private static final String NOT_AN_ID = "is not an id: an id is ASCII letters, digits, punctuation and spaces,"
            + " with no space at either end and no line break, tab or other control character";

    /** One fault each: the line of VALID changed, what it becomes, and the single error expected. */
    static Stream<Arguments> faults() {
        return Stream.of(
                Arguments.of("YAML syntax error",
                        "    name: Crime and anti-social behaviour\n", "    name: Crime: and anti-social behaviour\n",
                        error(15, 16, "", "not valid YAML: mapping values are not allowed here: a value contains ': ' "
                                + "(put the text in quotes) or a line is indented wrongly")),
                Arguments.of("duplicate key",
                        "    theme: crime_asb\n", "    theme: crime_asb\n    theme: health\n",
                        error(15, 5, "/problems/0/theme", "the key 'theme' is given twice")),
                Arguments.of("missing required field",
                        "    theme: crime_asb\n", "",
                        error(13, 5, "/problems/0", "the required field 'theme' is missing")),
                Arguments.of("unknown property",
                        "        applies_when_identified_by: [B]\n", "        applies_when_identified_by: [B]\n        colour: red\n",
                        error(39, 9, "/problems/0/outcomes/1/colour", "unknown field 'colour'; the fields here are: id, "
                                + "description, evidence, key_worker_question, priority, applies_when_identified_by, "
                                + "also_evidences, measure, significant, sustained, source_ref, decisions")),
                Arguments.of("misspelt property",
                        "          people: children\n          baseline", "          peple: children\n          baseline",
                        error(33, 11, "/problems/0/outcomes/0/measure/peple", "unknown field 'peple' (did you mean "
                                + "'people'?); the fields here are: type, records, where, people, counted, baseline, review, "
                                + "fall_at_least_percent")),
                Arguments.of("unknown measure type",
                        "type: count_against_baseline", "type: count_against_base",
                        error(30, 11, "/problems/0/outcomes/0/measure/type", "'count_against_base' is not one of: "
                                + measureTypes())),
                Arguments.of("measure without a type",
                        "{type: none_in_window, records: police_callouts,", "{records: police_callouts,",
                        error(40, 9, "/problems/0/outcomes/1/measure", "the required field 'type' is missing")),
                Arguments.of("wrong value type",
                        "{minimum_problems: 2}", "{minimum_problems: two}",
                        error(7, 17, "/programme/eligibility/minimum_problems",
                                "should be a whole number, not the text 'two'")),
                Arguments.of("an id that YAML reads as a number",
                        "  - id: \"1.2\"", "  - id: 1.20",
                        error(37, 9, "/problems/0/outcomes/1/id", "should be text, not the number 1.20: write it in quotes, "
                                + "\"1.20\"")),
                Arguments.of("an id holding a terminal escape, which would recolour explanations and CSV output",
                        "  - id: \"1.2\"", "  - id: \"1.2\\u001B[31m\"",
                        error(37, 9, "/problems/0/outcomes/1/id", NOT_AN_ID)),
                Arguments.of("an id with a line break that would forge a line of explain's output",
                        "  - id: \"1.2\"", "  - id: \"1.2\\nProblem 1: progress made\"",
                        error(37, 9, "/problems/0/outcomes/1/id", NOT_AN_ID)),
                Arguments.of("bad date",
                        "{from: 2015-04-01}", "{from: 2015-02-30}",
                        error(5, 13, "/effective/from", "'2015-02-30' is not a real day")),
                Arguments.of("date not written YYYY-MM-DD",
                        "{from: 2015-04-01}", "{from: 1/4/2015}",
                        error(5, 13, "/effective/from", "'1/4/2015' is not a date written YYYY-MM-DD, such as 2015-09-01")),
                Arguments.of("plan ends before it starts",
                        "{from: 2015-04-01}", "{from: 2015-04-01, to: 2015-03-31}",
                        error(5, 31, "/effective/to", "the plan ends (2015-03-31) before it starts (2015-04-01)")),
                Arguments.of("unknown record kind in records",
                        INDICATOR_A,
                        INDICATOR_A.replace("offences", "offense"),
                        error(20, 11, "/problems/0/indicators/0/test/records", "'offense' is not one of: "
                                + RecordKind.names())),
                Arguments.of("unknown field in where",
                        INDICATOR_A, INDICATOR_A.replace("proven", "proved"),
                        error(21, 19, "/problems/0/indicators/0/test/where/proved", "unknown field 'proved' (did you mean "
                                + "'proven'?); the fields here are: disposal, proven, out_of_court, further_action, serious")),
                Arguments.of("unknown value in where",
                        "where: {out_of_work: true}", "where: {benefit: jsa}",
                        error(46, 62, "/problems/1/indicators/0/test/where/benefit", "'jsa' is not one of: "
                                + "jobseekers_allowance, employment_support_allowance, income_support, incapacity_benefit, "
                                + "severe_disablement_allowance, carers_allowance, universal_credit")),
                Arguments.of("applies_when_identified_by naming an undefined indicator",
                        "applies_when_identified_by: [A]", "applies_when_identified_by: [A, Z]",
                        error(28, 41, "/problems/0/outcomes/0/applies_when_identified_by/1", "'Z' is not an indicator of problem 1")),
                Arguments.of("also_evidences naming an unknown problem",
                        "also_evidences: [\"2\"]", "also_evidences: [\"7\"]",
                        error(39, 26, "/problems/0/outcomes/1/also_evidences/0", "'7' is not another problem of the plan")),
                Arguments.of("duplicate outcome id",
                        "  - id: \"1.2\"", "  - id: \"1.1\"",
                        error(37, 9, "/problems/0/outcomes/1/id", "outcome id '1.1' is used twice in the plan (first in problem 1)")),
                Arguments.of("claim route naming a missing outcome",
                        "outcome: \"2.1\"", "outcome: \"4.1\"",
                        error(11, 7, "/programme/claim_routes/1/outcome",
                                "the claim route names outcome '4.1', which the plan does not have")),
                Arguments.of("an outcome with both measure and significant",
                        "window: {months: 6}}\n", "window: {months: 6}}\n        significant: {type: worker_assessment}\n",
                        error(41, 9, "/problems/0/outcomes/1/significant",
                                "an outcome has either a measure, or significant and sustained, not both")),
                Arguments.of("an outcome with neither measure nor significant and sustained",
                        "        measure: {type: none_in_window, records: police_callouts, window: {months: 6}}\n", "",
                        error(37, 9, "/problems/0/outcomes/1", "an outcome needs a measure, or both significant and sustained")),
                Arguments.of("a period of both months and weeks",
                        "review: {months: 6}", "review: {months: 6, weeks: 26}",
                        error(35, 11, "/problems/0/outcomes/0/measure/review", "give exactly one of: months, weeks")),
                Arguments.of("a score bound on a tool that gives levels",
                        "{type: none_in_window, records: police_callouts, window: {months: 6}}",
                        "{type: score_reached, tool: early_help_impact, latest: {at_most: 1}}",
                        error(40, 74, "/problems/0/outcomes/1/measure/latest/at_most", "early_help_impact gives a level, not "
                                + "a score: use level_at_most or level_at_least with one of none, minor, moderate, significant")),
                Arguments.of("more weeks in work than weeks looked at",
                        "weeks_in_work: 13, within_weeks: 13", "weeks_in_work: 14, within_weeks: 13",
                        error(53, 74, "/problems/1/outcomes/0/measure/rules/1/weeks_in_work",
                                "weeks_in_work (14) is more than within_weeks (13)")),
                Arguments.of("a worker assessment without its question outside an outcome",
                        "    - route: significant_and_sustained_progress\n",
                        "    - route: significant_and_sustained_progress\n      requires: {type: worker_assessment}\n",
                        error(10, 7, "/programme/claim_routes/0/requires",
                                "a worker_assessment outside an outcome must name its question")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void eachFaultIsReportedWithItsLineColumnFieldAndAPlainMessage(String fault, String line, String becomes,
                                                                     PlanError expected) {
        assertThat(VALID).contains(line);

        assertThat(errors(VALID.replace(line, becomes))).containsExactly(expected);
    }

    @Test
    void everyErrorInAFileIsReportedAtOnceInLineOrder() {
        String plan = VALID.replace("{from: 2015-04-01}", "{from: 2015-02-30}")
                .replace("{minimum_problems: 2}", "{minimum_problems: two}")
                .replace("outcome: \"2.1\"", "outcome: \"4.1\"")
                .replace(INDICATOR_A,
                        INDICATOR_A.replace("offences", "offense"))
                .replace("applies_when_identified_by: [A]", "applies_when_identified_by: [A, Z]")
                .replace("  - id: \"1.2\"", "  - id: \"1.1\"");

        InvalidPlanException thrown = catchThrowableOfType(InvalidPlanException.class, () -> LOADER.load(FILE, plan));

        assertThat(thrown.file()).isEqualTo(FILE);
        assertThat(thrown.errors()).extracting(PlanError::line, PlanError::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(5, "/effective/from"),
                org.assertj.core.groups.Tuple.tuple(7, "/programme/eligibility/minimum_problems"),
                org.assertj.core.groups.Tuple.tuple(11, "/programme/claim_routes/1/outcome"),
                org.assertj.core.groups.Tuple.tuple(20, "/problems/0/indicators/0/test/records"),
                org.assertj.core.groups.Tuple.tuple(28, "/problems/0/outcomes/0/applies_when_identified_by/1"),
                org.assertj.core.groups.Tuple.tuple(37, "/problems/0/outcomes/1/id"));
        assertThat(thrown.getMessage()).startsWith("example.yaml: 6 errors")
                .contains("example.yaml:5:13: /effective/from: '2015-02-30' is not a real day");
    }

    @Test
    void aFaultTheSchemaFindsIsNotReportedAgainByThePlanChecks() {
        List<PlanError> errors = errors(VALID.replace("where: {out_of_work: true}", "where: {out_of_work: maybe}"));

        assertThat(errors).extracting(PlanError::message)
                .containsExactly("should be true or false, not the text 'maybe'");
    }

    @Test
    void anEmptyFileIsAnError() {
        assertThat(errors("# nothing yet\n")).containsExactly(new PlanError(FILE, 1, 1, "", "the file is empty"));
    }

    @Test
    void errorsNameTheFileTheyAreIn(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("southwark.yaml");
        Files.writeString(file, VALID.replace("{minimum_problems: 2}", "{minimum_problems: 0}"));

        InvalidPlanException thrown = catchThrowableOfType(InvalidPlanException.class, () -> LOADER.load(file));

        assertThat(thrown.errors()).containsExactly(new PlanError(file.toString(), 7, 17,
                "/programme/eligibility/minimum_problems", "should be at least 1, not 0"));
    }

    @Test
    void aFileThatIsNotThereIsAnError(@TempDir Path folder) {
        Path missing = folder.resolve("missing.yaml");

        assertThat(fileErrors(missing)).containsExactly(new PlanError(missing.toString(), 0, 0, "", "no such file"));
    }

    @Test
    void aFolderOrADeviceIsNotReadAsAPlan(@TempDir Path folder) {
        assertThat(fileErrors(folder)).containsExactly(new PlanError(folder.toString(), 0, 0, "", "is a folder, not a plan file"));
        assertThat(fileErrors(Path.of("/dev/zero"))).containsExactly(new PlanError("/dev/zero", 0, 0, "",
                "is not a regular file (a device, a pipe or a socket)"));
    }

    /** The YAML reader's time grows with the square of a line's length: 8 MB on one line took 34 s and 1 GB. */
    @Test
    void aFileLargerThanAMebibyteIsRefusedUnread(@TempDir Path folder) throws IOException {
        Path huge = folder.resolve("huge.yaml");
        Files.writeString(huge, "id: " + "x".repeat(8_000_000) + "\n");

        assertThat(fileErrors(huge)).containsExactly(new PlanError(huge.toString(), 0, 0, "", "is 8,000,005 bytes; a plan"
                + " file is at most 1,048,576 bytes (the largest built-in plan is under 100,000)"));
    }

    @Test
    void aLineOfFourThousandCharactersIsRead() {
        assertThat(LOADER.load(FILE, VALID + "# " + "x".repeat(3_998) + "\n").problems()).isNotEmpty(); // 4,000: allowed
    }

    @Test
    void aLineOfFourThousandAndOneCharactersIsAnError() {
        String plan = VALID + "# " + "x".repeat(3_999) + "\n";
        int line = (int) VALID.lines().count() + 1;

        assertThat(errors(plan)).containsExactly(error(line, 4_001, "", "the line is 4,001 characters long; a plan's lines"
                + " are at most 4,000"));
    }

    static Stream<Arguments> unreadableYaml() {
        return Stream.of(
                Arguments.of("an alias bomb", "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                        + "c: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n", error(0, 0, "", "not valid YAML: more than 10 aliases"
                        + " (*name) of lists or mappings; a plan needs none, and many can make a small file expand without end")),
                Arguments.of("nesting 200 deep", "a: " + "[".repeat(200) + "]".repeat(200) + "\n",
                        error(0, 0, "", "not valid YAML: nested more than 50 levels deep; a plan needs far fewer")),
                Arguments.of("a NUL character", "id: a\u0000b\n",
                        error(1, 6, "", "holds the control character \\u0000, which a plan may not")),
                Arguments.of("a terminal escape", "id: \"\u001B[2J\"\n",
                        error(1, 6, "", "holds the control character \\u001B, which a plan may not")),
                Arguments.of("a file of passwords given as the plan", "root:x:0:0:root:/root:/bin/bash\n",
                        error(1, 1, "", "is not a plan: a plan file is a YAML mapping of fields (id, authority, effective,"
                                + " programme, problems), and this names none")),
                Arguments.of("a password-hash file, which reads as a YAML mapping", "root:$6$hash-of-a-password:20228:0:::\n"
                        + "daemon:*:20228:0:99999:7:::\n", error(1, 1, "", "is not a plan: a plan file is a YAML mapping of"
                        + " fields (id, authority, effective, programme, problems), and this names none")));
    }

    /** Found by the fuzzer (PlanLoaderFuzzTest): the tree was endless, and reading it overflowed the stack. */
    @Test
    void anAliasNamingTheListThatHoldsItIsAnErrorNotAnEndlessTree() {
        assertThat(errors("id: x\na: &a [x, *a]\n")).contains(error(2, 4, "/a/1", "an alias (*name) here names a list or"
                + " mapping that holds it, which would make the plan endless"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadableYaml")
    void whatTheYamlReaderCannotTakeIsAPlanErrorWithTheFileName(String what, String text, PlanError expected) {
        assertThat(errors(text)).containsExactly(expected);
    }

    @Test
    void bytesThatAreNotUtf8AreAnErrorAtTheirLineAndColumn(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("latin1.yaml");
        Files.write(file, "# written in Latin-1\nid: caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        assertThat(fileErrors(file)).containsExactly(new PlanError(file.toString(), 2, 8, "",
                "is not UTF-8 text: byte 0xE9 here is not a character"));
    }

    @Test
    void aValueQuotedInAnErrorIsCutAndEscaped() {
        String plan = VALID.replace("{minimum_problems: 2}", "{minimum_problems: \"" + "two ".repeat(100) + "\"}");

        assertThat(errors(plan)).extracting(PlanError::message).containsExactly("should be a whole number, not the text '"
                + "two ".repeat(15) + "…' (a value of 400 characters)");
    }

    private static List<PlanError> fileErrors(Path file) {
        InvalidPlanException thrown = catchThrowableOfType(InvalidPlanException.class, () -> LOADER.load(file));
        assertThat(thrown).as("the plan should have been refused").isNotNull();
        return thrown.errors();
    }

    /** Every plan the project ships must load. */
    @TestFactory
    Stream<DynamicTest> everyShippedPlanLoads() throws IOException {
        List<Path> plans = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("..", "plans"))) {
            files.filter(file -> file.toString().endsWith(".yaml")).sorted().forEach(plans::add);
        }
        return plans.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
                () -> assertThat(LOADER.load(file).problems()).isNotEmpty()));
    }

    private static List<PlanError> errors(String plan) {
        InvalidPlanException thrown = catchThrowableOfType(InvalidPlanException.class, () -> LOADER.load(FILE, plan));
        assertThat(thrown).as("the plan should have been refused").isNotNull();
        return thrown.errors();
    }

    private static PlanError error(int line, int column, String field, String message) {
        return new PlanError(FILE, line, column, field, message);
    }

    private static String measureTypes() {
        List<String> names = new ArrayList<>();
        for (JsonSubTypes.Type type : Measure.class.getAnnotation(JsonSubTypes.class).value()) {
            names.add(type.name());
        }
        return String.join(", ", names);
    }
}
