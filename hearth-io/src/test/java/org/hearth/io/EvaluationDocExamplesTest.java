package org.hearth.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.hearth.engine.evaluation.Evaluator;
import org.hearth.engine.evaluation.FamilyEvaluation;
import org.hearth.engine.evaluation.OutcomeResult;
import org.hearth.engine.evaluation.ProblemEvaluation;
import org.hearth.engine.plan.Plan;
import org.hearth.engine.plan.PlanLoader;
import org.hearth.engine.plan.Problem;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.io.canonical.CanonicalReader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The worked examples of docs/evaluation.md ("Worked examples") are run as tests. Each example is a
 * {@code ###} heading with its data as fenced {@code csv FILE} blocks, which are written into a
 * canonical data folder and read by the real reader, and its decisions as fenced {@code expect}
 * blocks. An expect block names the built-in plan ({@code plan: southwark}) and the review date
 * ({@code as_of: 2016-03-31}), either of which may change further down the block, and then says what
 * Hearth decides about a family, several decisions to a line separated by semicolons:
 *
 * <pre>
 * family F-1: identified on 2015-06-01; eligible yes; problems 1, 4
 * family F-1: problem 1 identified by 1A; problem 4 not identified; problem 1 progress yes
 * family F-1: outcome 1.1 met; outcome 1.2 not_relevant; claim significant_and_sustained_progress
 * </pre>
 *
 * Every decision is checked; a failure names the example's title, the doc's line and what Hearth
 * decided instead.
 */
class EvaluationDocExamplesTest {
    private static final Path DOC = Path.of("..", "docs", "evaluation.md");
    private static final Pattern SECTION = Pattern.compile("## (\\d+\\. )?Worked examples");
    private static final Pattern CSV_FILE = Pattern.compile("csv ([a-z_]+\\.csv)");
    private static final Pattern FAMILY_LINE = Pattern.compile("family (\\S+): (.+)");
    private static final Pattern SETTING = Pattern.compile("(plan|as_of): (\\S+)");
    private static final Map<String, Plan> PLANS = new HashMap<>();

    /** A fenced block: its info string ({@code csv people.csv}, {@code expect}), its lines and the doc line of the first. */
    record Block(String info, List<String> lines, int firstLine) {
        String text() {
            return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
        }
    }

    /** One worked example: its heading, the doc line of the heading, and its fenced blocks in order. */
    record Example(String title, int line, List<Block> blocks) {
    }

    @TestFactory
    Stream<DynamicTest> everyWorkedExampleDecidesAsTheDocSays() throws IOException {
        List<Example> examples = examples(Files.readAllLines(DOC, StandardCharsets.UTF_8));
        assertThat(examples).as("the worked examples in " + DOC).isNotEmpty();
        return examples.stream().map(example -> DynamicTest.dynamicTest(
                example.title() + " (line " + example.line() + ")", () -> run(example)));
    }

    /** The section is there and each example has data and decisions: an empty section must not pass. */
    @Test
    void theSectionHasExamplesEachWithDataAndDecisions() throws IOException {
        List<Example> examples = examples(Files.readAllLines(DOC, StandardCharsets.UTF_8));

        assertThat(examples).as("the worked examples in " + DOC).hasSizeGreaterThanOrEqualTo(6);
        for (Example example : examples) {
            assertThat(example.blocks()).as(example.title() + ": csv blocks")
                    .anyMatch(block -> CSV_FILE.matcher(block.info()).matches());
            assertThat(example.blocks()).as(example.title() + ": expect blocks with a family")
                    .anyMatch(block -> block.info().equals("expect")
                            && block.lines().stream().anyMatch(line -> line.startsWith("family ")));
        }
    }

    /** The checking itself is checked: the first example, with its decisions turned round, must fail. */
    @Test
    void anExampleWhoseExpectationIsWrongFails() throws IOException {
        List<Example> examples = examples(Files.readAllLines(DOC, StandardCharsets.UTF_8));
        assertThat(examples).as("the worked examples in " + DOC).isNotEmpty();
        Example example = examples.get(0);
        List<Block> blocks = new ArrayList<>();
        for (Block block : example.blocks()) {
            blocks.add(block.info().equals("expect") ? new Block("expect", block.lines().stream()
                    .map(EvaluationDocExamplesTest::flipped).toList(), block.firstLine()) : block);
        }
        Example wrong = new Example(example.title(), example.line(), blocks);

        try {
            run(wrong);
        } catch (AssertionError expected) {
            assertThat(expected.getMessage()).contains(example.title()).contains("docs/evaluation.md line ");
            return;
        }
        fail("an example with every yes turned to no and met to not_met passed: " + example.title());
    }

    /** The line with eligible yes and no swapped and every met made not_met. */
    private static String flipped(String line) {
        return line.replace("eligible yes", "eligible -").replace("eligible no", "eligible yes")
                .replace("eligible -", "eligible no").replace(" met", " not_met");
    }

    /** The examples of the "Worked examples" section: each {@code ###} heading up to the next heading. */
    static List<Example> examples(List<String> doc) {
        List<Example> examples = new ArrayList<>();
        boolean inSection = false;
        String title = null;
        int titleLine = 0;
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < doc.size(); i++) {
            String line = doc.get(i);
            if (line.startsWith("```")) {
                // a fenced block, read whole so that nothing inside it is taken for a heading
                String info = line.substring(3).strip();
                int first = i + 2; // the doc's line numbers count from 1
                List<String> lines = new ArrayList<>();
                for (i++; i < doc.size() && !doc.get(i).startsWith("```"); i++) {
                    lines.add(doc.get(i));
                }
                if (inSection && title != null) {
                    blocks.add(new Block(info, List.copyOf(lines), first));
                }
            } else if (line.startsWith("## ")) {
                if (title != null) {
                    examples.add(new Example(title, titleLine, List.copyOf(blocks)));
                    title = null;
                }
                inSection = SECTION.matcher(line).matches();
            } else if (inSection && line.startsWith("### ")) {
                if (title != null) {
                    examples.add(new Example(title, titleLine, List.copyOf(blocks)));
                }
                title = line.substring(4).strip();
                titleLine = i + 1;
                blocks = new ArrayList<>();
            }
        }
        if (title != null) {
            examples.add(new Example(title, titleLine, List.copyOf(blocks)));
        }
        return examples;
    }

    /** Writes the example's data folder, reads it, and checks every decision its expect blocks state. */
    private static void run(Example example) throws IOException {
        Path folder = Files.createTempDirectory("hearth-doc-example");
        try {
            for (Block block : example.blocks()) {
                Matcher file = CSV_FILE.matcher(block.info());
                if (file.matches()) {
                    Path path = folder.resolve(file.group(1));
                    if (Files.exists(path)) {
                        fail(where(example, block.firstLine() - 1) + ": " + file.group(1) + " is given twice");
                    }
                    Files.writeString(path, block.text(), StandardCharsets.UTF_8);
                }
            }
            Population population;
            try {
                population = CanonicalReader.read(folder);
            } catch (RuntimeException e) {
                throw new AssertionError(where(example, example.line()) + ": the example's data is not read: "
                        + e.getMessage(), e);
            }
            List<String> failures = new ArrayList<>();
            int checked = 0;
            for (Block block : example.blocks()) {
                if (block.info().equals("expect")) {
                    checked += check(example, block, population, failures);
                }
            }
            if (checked == 0) {
                failures.add(where(example, example.line()) + ": the example states no decision");
            }
            if (!failures.isEmpty()) {
                fail(failures.size() + " decision" + (failures.size() == 1 ? "" : "s")
                        + " not as the doc says:\n" + String.join("\n", failures));
            }
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** Checks one expect block's lines, adding a failure for each decision that differs; returns how many were checked. */
    private static int check(Example example, Block block, Population population, List<String> failures) {
        String planName = null;
        LocalDate asOf = null;
        int checked = 0;
        Map<String, FamilyEvaluation> evaluated = new HashMap<>();
        for (int i = 0; i < block.lines().size(); i++) {
            String line = block.lines().get(i).strip();
            String where = where(example, block.firstLine() + i) + ": \"" + line + "\"";
            if (line.isEmpty()) {
                continue;
            }
            Matcher setting = SETTING.matcher(line);
            if (setting.matches()) {
                try {
                    if (setting.group(1).equals("plan")) {
                        planName = setting.group(2);
                        plan(planName);
                    } else {
                        asOf = LocalDate.parse(setting.group(2));
                    }
                } catch (RuntimeException e) {
                    failures.add(where + ": " + e.getMessage());
                    return checked;
                }
                evaluated.clear();
                continue;
            }
            Matcher familyLine = FAMILY_LINE.matcher(line);
            if (!familyLine.matches()) {
                failures.add(where + ": not a line of the format (plan: NAME, as_of: DATE or family ID: decisions)");
                continue;
            }
            if (planName == null || asOf == null) {
                failures.add(where + ": give plan: and as_of: before the first family");
                return checked;
            }
            String familyId = familyLine.group(1);
            FamilyEvaluation evaluation = evaluated.get(familyId);
            if (evaluation == null) {
                FamilyTimeline family = population.timeline(familyId);
                if (family == null) {
                    failures.add(where + ": the example's families.csv has no family " + familyId);
                    continue;
                }
                try {
                    evaluation = Evaluator.evaluate(plan(planName), family, asOf);
                } catch (RuntimeException e) {
                    failures.add(where + ": evaluation failed: " + e.getMessage());
                    continue;
                }
                evaluated.put(familyId, evaluation);
            }
            Plan plan = plan(planName);
            for (String decision : familyLine.group(2).split(";")) {
                String problem = decided(plan, evaluation, decision.strip());
                checked++;
                if (problem != null) {
                    failures.add(where + ": " + decision.strip() + ": " + problem);
                }
            }
        }
        return checked;
    }

    private static final Pattern IDENTIFIED_ON = Pattern.compile("identified on (\\S+)");
    private static final Pattern ELIGIBLE = Pattern.compile("eligible (yes|no)");
    private static final Pattern PROBLEMS = Pattern.compile("problems (.+)");
    private static final Pattern PROBLEM_BY = Pattern.compile("problem (\\S+) identified by (.+)");
    private static final Pattern PROBLEM_NOT = Pattern.compile("problem (\\S+) not identified");
    private static final Pattern PROGRESS = Pattern.compile("problem (\\S+) progress (yes|no)");
    private static final Pattern OUTCOME = Pattern.compile(
            "outcome (\\S+) (met|not_met|not_applicable|too_early|not_relevant)");
    private static final Pattern CLAIM = Pattern.compile(
            "claim (none|significant_and_sustained_progress|continuous_employment)");

    /** Null when Hearth decided as the decision says; otherwise what it decided instead. */
    private static String decided(Plan plan, FamilyEvaluation evaluation, String decision) {
        Matcher m;
        if ((m = IDENTIFIED_ON.matcher(decision)).matches()) {
            LocalDate expected;
            try {
                expected = LocalDate.parse(m.group(1));
            } catch (DateTimeParseException e) {
                return "not a date: " + m.group(1);
            }
            return expected.equals(evaluation.identifiedOn()) ? null
                    : "Hearth identifies the family on " + evaluation.identifiedOn();
        }
        if ((m = ELIGIBLE.matcher(decision)).matches()) {
            boolean expected = m.group(1).equals("yes");
            return expected == evaluation.eligible() ? null
                    : "Hearth says eligible " + yesNo(evaluation.eligible()) + " (" + evaluation.eligibility() + ")";
        }
        if ((m = PROBLEMS.matcher(decision)).matches()) {
            List<String> expected = list(m.group(1));
            List<String> identified = evaluation.problems().stream().filter(ProblemEvaluation::identified)
                    .map(ProblemEvaluation::problemId).toList();
            return expected.equals(identified) ? null : "Hearth identifies problems " + words(identified);
        }
        if ((m = PROBLEM_BY.matcher(decision)).matches()) {
            ProblemEvaluation problem = evaluation.problem(m.group(1));
            if (problem == null) {
                return "the plan has no problem " + m.group(1);
            }
            List<String> expected = list(m.group(2));
            if (!problem.identified()) {
                return "Hearth does not identify problem " + problem.problemId();
            }
            return expected.equals(problem.identifiedBy()) ? null
                    : "Hearth identifies it by " + words(problem.identifiedBy());
        }
        if ((m = PROBLEM_NOT.matcher(decision)).matches()) {
            ProblemEvaluation problem = evaluation.problem(m.group(1));
            if (problem == null) {
                return "the plan has no problem " + m.group(1);
            }
            return problem.identified() ? "Hearth identifies it by " + words(problem.identifiedBy()) : null;
        }
        if ((m = PROGRESS.matcher(decision)).matches()) {
            ProblemEvaluation problem = evaluation.problem(m.group(1));
            if (problem == null) {
                return "the plan has no problem " + m.group(1);
            }
            boolean expected = m.group(2).equals("yes");
            return expected == problem.progressMet() ? null
                    : "Hearth says progress " + yesNo(problem.progressMet()) + " (" + problem.progress() + ")";
        }
        if ((m = OUTCOME.matcher(decision)).matches()) {
            String outcomeId = m.group(1);
            if (plan.outcome(outcomeId) == null) {
                return "the plan has no outcome " + outcomeId;
            }
            Problem owner = plan.problemOf(outcomeId);
            ProblemEvaluation problem = evaluation.problem(owner.id());
            OutcomeResult outcome = problem.outcome(outcomeId);
            if (outcome == null) {
                return "Hearth does not test it: problem " + owner.id() + " was not identified";
            }
            String status = outcome.relevant() ? outcome.status().name().toLowerCase(Locale.ROOT) : "not_relevant";
            return status.equals(m.group(2)) ? null : "Hearth says " + status + " (" + outcome.explanation() + ")";
        }
        if ((m = CLAIM.matcher(decision)).matches()) {
            String claim = evaluation.claim().claimable() ? evaluation.claim().route().code() : "none";
            return claim.equals(m.group(1)) ? null : "Hearth says claim " + claim + " (" + evaluation.claim().explanation() + ")";
        }
        return "not a decision the format knows (identified on, eligible, problems, problem ... identified by, "
                + "problem ... not identified, problem ... progress, outcome, claim)";
    }

    private static List<String> list(String text) {
        return text.strip().equals("none") ? List.of() : Arrays.stream(text.split(",")).map(String::strip).toList();
    }

    private static String words(List<String> ids) {
        return ids.isEmpty() ? "none" : String.join(", ", ids);
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    private static String where(Example example, int line) {
        return "worked example \"" + example.title() + "\", docs/evaluation.md line " + line;
    }

    /** A built-in plan, loaded once, from the engine's classpath resource /plans/NAME.yaml. */
    private static synchronized Plan plan(String name) {
        return PLANS.computeIfAbsent(name, key -> {
            try (InputStream in = Plan.class.getResourceAsStream("/plans/" + key + ".yaml")) {
                if (in == null) {
                    throw new IllegalArgumentException("no built-in plan " + key + " (a plans/" + key + ".yaml)");
                }
                try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    return PlanLoader.withBuiltInSchema().load(key + ".yaml", reader);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
