package org.hearth.engine.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import org.hearth.engine.plan.Indicator;
import org.hearth.engine.plan.Outcome;
import org.hearth.engine.plan.Plan;
import org.hearth.engine.plan.Problem;

/**
 * Checks that a plan's decisions are written up in its docs/plan-decisions page, in either of the two
 * forms the pages use: a section per decision id ("## SW-05 ..."), or a table row per source row
 * ("| 4.1 indicator / 4.1b | ...").
 */
public final class PlanDecisionDocs {
    private PlanDecisionDocs() {
    }

    /** Every decision id cited in the plan ("SW-05: ...") has its own section in the page. */
    public static void assertEveryCitedIdHasASection(Plan plan, Path page) {
        String doc = read(page);
        Set<String> cited = new TreeSet<>();
        plan.decisions().forEach(text -> cited.add(decisionId(text)));
        for (Problem problem : plan.problems()) {
            problem.decisions().forEach(text -> cited.add(decisionId(text)));
            problem.indicators().forEach(i -> i.decisions().forEach(text -> cited.add(decisionId(text))));
            problem.outcomes().forEach(o -> o.decisions().forEach(text -> cited.add(decisionId(text))));
        }
        assertThat(cited).isNotEmpty().allSatisfy(id -> assertThat(doc).contains("## " + id + " "));
    }

    /** Every indicator and outcome with decisions has a table row naming it in the page. */
    public static void assertEveryDecidedRowIsInTheTable(Plan plan, Path page) {
        Set<String> documented = new HashSet<>();
        for (String line : read(page).split("\n")) {
            if (line.startsWith("| ")) {
                // a first cell such as "4.1 indicator / 4.1b" or "1.1, 1.2 outcomes"; no kind named means both
                for (String part : line.substring(2, line.indexOf(" |", 1)).split(" / ")) {
                    boolean indicator = part.contains("indicator") || !part.contains("outcome");
                    boolean outcome = part.contains("outcome") || !part.contains("indicator");
                    for (String id : part.split("[^0-9a-z.]+")) {
                        if (id.matches("\\d\\.\\d[ab]?")) {
                            documented.add((indicator ? "indicator " : "-") + id);
                            documented.add((outcome ? "outcome " : "-") + id);
                        }
                    }
                }
            }
        }
        for (Problem problem : plan.problems()) {
            for (Indicator indicator : problem.indicators()) {
                if (!indicator.decisions().isEmpty()) {
                    assertThat(documented).contains("indicator " + indicator.id());
                }
            }
            for (Outcome outcome : problem.outcomes()) {
                if (!outcome.decisions().isEmpty()) {
                    assertThat(documented).contains("outcome " + outcome.id());
                }
            }
        }
    }

    /** "SW-05" from "SW-05: the plan gives no baseline ...". */
    private static String decisionId(String decision) {
        return decision.substring(0, decision.indexOf(':'));
    }

    private static String read(Path page) {
        try {
            return Files.readString(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
