package org.hearth.engine.measure;

import java.util.Locale;

import org.hearth.engine.timeline.ScoredAssessment;

/**
 * A condition on one assessment's result: {@code {at_least: 14}}, {@code {below: 14}},
 * {@code {above: 18}}, {@code {at_most: 2}}, or for levelled tools {@code {level_at_most: moderate}}
 * / {@code {level_at_least: moderate}} (levels ordered from least to most concern).
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

    /** True when the assessment's result satisfies this bound. */
    public boolean test(ScoredAssessment assessment) {
        if (levelAtMost != null || levelAtLeast != null) {
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
        double score = assessment.score();
        if (above != null) {
            return score > above;
        }
        if (atLeast != null) {
            return score >= atLeast;
        }
        if (below != null) {
            return score < below;
        }
        return score <= atMost;
    }

    /** "at least 14", "level at most moderate". */
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
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.UK, "%s", value);
    }

    @Override
    public String toString() {
        return describe();
    }
}
