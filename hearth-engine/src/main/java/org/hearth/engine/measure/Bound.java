package org.hearth.engine.measure;

import java.math.BigDecimal;

import org.hearth.engine.timeline.AssessmentTool;
import org.hearth.engine.timeline.ScoredAssessment;
import org.hearth.engine.timeline.Vocabulary;

/**
 * A condition on one assessment's result: {@code {at_least: 14}}, {@code {below: 14}},
 * {@code {above: 18}}, {@code {at_most: 2}}, or for levelled tools {@code {level_at_most: moderate}}
 * / {@code {level_at_least: moderate}} (levels ordered from least to most concern, so a level bound
 * compares level positions, never names).
 */
public record Bound(Double above, Double atLeast, Double below, Double atMost, String levelAtMost,
                    String levelAtLeast) {

    public Bound {
        int given = (above == null ? 0 : 1) + (atLeast == null ? 0 : 1) + (below == null ? 0 : 1)
                + (atMost == null ? 0 : 1) + (levelAtMost == null ? 0 : 1) + (levelAtLeast == null ? 0 : 1);
        if (given != 1) {
            throw new IllegalArgumentException("a bound gives exactly one of above, at_least, below, at_most, "
                    + "level_at_most, level_at_least");
        }
    }

    /** True when this bound names a level rather than a score. */
    public boolean levelled() {
        return levelAtMost != null || levelAtLeast != null;
    }

    /**
     * Checks that this bound can be applied to the tool's results: a level bound needs a levelled tool
     * and one of its levels, a score bound a scoring tool.
     *
     * @throws IllegalArgumentException saying what does not fit, for plan validation to report
     */
    public void requireFits(AssessmentTool tool, String field) {
        if (levelled() != tool.levelled()) {
            throw new IllegalArgumentException(field + " " + describe() + " does not fit " + Vocabulary.code(tool)
                    + (tool.levelled() ? ", which records levels " + tool.levels()
                    : ", which records scores"));
        }
        String level = levelAtMost != null ? levelAtMost : levelAtLeast;
        if (level != null && !tool.levels().contains(level)) {
            throw new IllegalArgumentException(field + " level '" + level + "' is not one of " + tool.levels());
        }
    }

    /** True when the assessment's result satisfies this bound. */
    public boolean test(ScoredAssessment assessment) {
        if (levelled()) {
            int position = assessment.tool().levels().indexOf(assessment.level());
            int limit = assessment.tool().levels().indexOf(levelAtMost != null ? levelAtMost : levelAtLeast);
            if (position < 0 || limit < 0) {
                return false;
            }
            return levelAtMost != null ? position <= limit : position >= limit;
        }
        if (assessment.score() == null) {
            return false;
        }
        // Compared as decimals, so that a score of 13.9 against "below 14" is decided exactly.
        int c = BigDecimal.valueOf(assessment.score()).compareTo(BigDecimal.valueOf(threshold()));
        if (above != null) {
            return c > 0;
        }
        if (atLeast != null) {
            return c >= 0;
        }
        if (below != null) {
            return c < 0;
        }
        return c <= 0;
    }

    private double threshold() {
        return above != null ? above : atLeast != null ? atLeast : below != null ? below : atMost;
    }

    /** "at least 14", "level moderate or less". */
    public String describe() {
        if (above != null) {
            return "above " + plain(above);
        }
        if (atLeast != null) {
            return "at least " + plain(atLeast);
        }
        if (below != null) {
            return "below " + plain(below);
        }
        if (atMost != null) {
            return "at most " + plain(atMost);
        }
        return levelAtMost != null ? "level " + levelAtMost + " or less" : "level " + levelAtLeast + " or more";
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
