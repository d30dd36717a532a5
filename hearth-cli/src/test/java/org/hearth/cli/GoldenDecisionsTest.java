package org.hearth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hearth.engine.evaluation.Evaluator;
import org.hearth.engine.evaluation.FamilyEvaluation;
import org.hearth.engine.evaluation.OutcomeResult;
import org.hearth.engine.evaluation.ProblemEvaluation;
import org.hearth.engine.plan.Plan;
import org.hearth.engine.plan.Plans;
import org.hearth.engine.timeline.FamilyTimeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The decisions of every built-in plan on a small generated authority, compared field by field with
 * the checked-in golden results ({@code src/test/resources/golden/PLAN.txt}). A change to any
 * decision (identified, by which indicators and when, eligible, each outcome's status, progress, the
 * claim and its route) fails here with the plan, family and field, so that no decision changes by
 * accident. A change made on purpose updates the golden files in the same commit and says why:
 * run this test with {@code -Dhearth.golden.update=true} (docs/evaluation.md, "Golden results").
 *
 * <p>One line a family and review date: space-separated {@code field=value} pairs, explanations left
 * out (their words may change without a decision changing).
 */
class GoldenDecisionsTest {
    private static final int FAMILIES = 200;
    private static final long SEED = 2015;
    /** The end of the synthetic data, and a day mid-way, when many interventions are under way. */
    private static final List<LocalDate> REVIEW_DATES = List.of(LocalDate.of(2019, 3, 31), LocalDate.of(2017, 9, 30));
    private static final Path SOURCE = Path.of("src/test/resources/golden");

    private static List<FamilyTimeline> families;

    @BeforeAll
    static void generate() {
        families = GenerateCommand.generate(FAMILIES, SEED, Plans.allBuiltIn(), false).timelines();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"southwark", "sunderland", "southampton", "worcestershire"})
    @DisplayName("every decision of every plan is as the golden results record it")
    void decisionsAreTheGoldenOnes(String planId) throws IOException {
        Plan plan = Plans.builtIn(planId);
        List<String> lines = new ArrayList<>();
        for (LocalDate day : REVIEW_DATES) {
            for (FamilyTimeline family : families) {
                lines.add(line(Evaluator.evaluate(plan, family, day)));
            }
        }
        if (Boolean.getBoolean("hearth.golden.update")) {
            Files.createDirectories(SOURCE);
            Files.write(SOURCE.resolve(planId + ".txt"), lines, StandardCharsets.UTF_8);
            return;
        }
        List<String> golden = golden(planId);
        assertThat(lines).as("families evaluated against the golden results").hasSameSizeAs(golden);
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            differences.addAll(differences(planId, fields(golden.get(i)), fields(lines.get(i))));
        }
        assertThat(differences).as("decisions that differ from the golden results (%d in all); if the change is "
                + "meant, update them with -Dhearth.golden.update=true and say why in the commit", differences.size())
                .isEmpty();
        // The golden results show every kind of decision, so that they have something to guard.
        String all = String.join("\n", golden);
        assertThat(all).contains("eligible=Y", "eligible=N", "=M ", "=N ", "=A ", "=E ", "=I ", "progress=Y",
                "claim=significant_and_sustained_progress");
        if (plan.programme().emergingProblems()) {
            assertThat(all).contains("+ ");
        }
    }

    /**
     * One family's decisions as {@code field=value} pairs, nothing in them containing a space:
     * {@code engaged} (the identification day), {@code eligible}, {@code claim} (its route, or -), and
     * for each identified problem {@code pN} (its indicators and day, + when it emerged later),
     * {@code pN.progress} and each outcome's status by its id: M met, N not met, A not applicable,
     * E too early, I not relevant (identified by indicators it does not name). A problem not
     * identified has no fields.
     */
    private static String line(FamilyEvaluation family) {
        StringBuilder out = new StringBuilder();
        out.append("family=").append(family.familyId()).append(" as_of=").append(family.asOf())
                .append(" engaged=").append(family.identifiedOn())
                .append(" eligible=").append(family.eligible() ? 'Y' : 'N')
                .append(" claim=").append(family.claim().route() == null ? "-" : family.claim().route().code());
        for (ProblemEvaluation problem : family.problems()) {
            if (!problem.identified()) {
                continue;
            }
            String p = " p" + problem.problemId();
            out.append(p).append('=').append(String.join(",", problem.identifiedBy())).append('@')
                    .append(problem.identifiedOn()).append(problem.emerged() ? "+" : "")
                    .append(p).append(".progress=").append(problem.progressMet() ? 'Y' : 'N');
            for (OutcomeResult outcome : problem.outcomes()) {
                out.append(' ').append(outcome.outcomeId()).append('=').append(code(outcome));
            }
        }
        return out.toString();
    }

    private static char code(OutcomeResult outcome) {
        if (!outcome.relevant()) {
            return 'I';
        }
        return switch (outcome.status()) {
            case MET -> 'M';
            case NOT_MET -> 'N';
            case NOT_APPLICABLE -> 'A';
            case TOO_EARLY -> 'E';
        };
    }

    private static Map<String, String> fields(String line) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : line.split(" ")) {
            int equals = pair.indexOf('=');
            fields.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return fields;
    }

    private static List<String> differences(String planId, Map<String, String> expected, Map<String, String> actual) {
        List<String> out = new ArrayList<>();
        String where = planId + ", family " + expected.get("family") + " as at " + expected.get("as_of") + ", ";
        for (Map.Entry<String, String> field : expected.entrySet()) {
            String now = actual.get(field.getKey());
            if (!field.getValue().equals(now)) {
                out.add(where + field.getKey() + ": golden " + field.getValue() + ", now " + (now == null ? "absent" : now));
            }
        }
        for (String field : actual.keySet()) {
            if (!expected.containsKey(field)) {
                out.add(where + field + ": not in the golden results, now " + actual.get(field));
            }
        }
        return out;
    }

    private static List<String> golden(String planId) throws IOException {
        try (InputStream in = GoldenDecisionsTest.class.getResourceAsStream("/golden/" + planId + ".txt")) {
            assertThat(in).as("golden results for %s (make them with -Dhearth.golden.update=true)", planId).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
