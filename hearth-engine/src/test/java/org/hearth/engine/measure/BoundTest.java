package org.hearth.engine.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.hearth.engine.timeline.AssessmentTool;
import org.hearth.engine.timeline.ScoredAssessment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoundTest {

    @ParameterizedTest(name = "{0} {1}: {2} -> {3}")
    @CsvSource({
        "at_least, 14, 14,    true",
        "at_least, 14, 13.99, false",
        "below,    14, 13.99, true",
        "below,    14, 14,    false",
        "above,    18, 18,    false",
        "above,    18, 18.01, true",
        "at_most,  2,  2,     true",
        "at_most,  2,  2.01,  false",
        "at_least, 7.5, 7.5,  true",
        "at_least, 7.5, 7.49, false"
    })
    void scoreBoundsAreExactAtTheThreshold(String kind, double threshold, double score, boolean expected) {
        Bound bound = switch (kind) {
            case "at_least" -> new Bound(null, threshold, null, null, null, null);
            case "below" -> new Bound(null, null, threshold, null, null, null);
            case "above" -> new Bound(threshold, null, null, null, null, null);
            default -> new Bound(null, null, null, threshold, null, null);
        };

        assertThat(bound.test(scored(score))).isEqualTo(expected);
        assertThat(bound.describe()).isEqualTo(kind.replace('_', ' ') + " " + new BigDecimal(
                Double.toString(threshold)).stripTrailingZeros().toPlainString());
    }

    @ParameterizedTest(name = "{0} {1}: {2} -> {3}")
    @CsvSource({
        "at_most,  moderate, minor,       true",
        "at_most,  moderate, moderate,    true",
        "at_most,  moderate, significant, false",
        "at_least, moderate, significant, true",
        "at_least, moderate, none,        false"
    })
    void levelBoundsCompareLevelPositions(String kind, String limit, String level, boolean expected) {
        Bound bound = kind.equals("at_most") ? new Bound(null, null, null, null, limit, null)
                : new Bound(null, null, null, null, null, limit);
        ScoredAssessment assessment = new ScoredAssessment("E-1", null, "F1", AssessmentTool.EARLY_HELP_IMPACT,
                LocalDate.of(2015, 6, 1), null, level, "FWi");

        assertThat(bound.test(assessment)).isEqualTo(expected);
        assertThat(bound.describe()).isEqualTo("level " + limit + (kind.equals("at_most") ? " or less" : " or more"));
    }

    @Test
    void aBoundGivesExactlyOneCondition() {
        assertThatThrownBy(() -> new Bound(1.0, 2.0, null, null, null, null)).hasMessageContaining("exactly one");
        assertThatThrownBy(() -> new Bound(null, null, null, null, null, null)).hasMessageContaining("exactly one");
    }

    @Test
    void aLevelBoundMustNameALevelOfTheTool() {
        Bound bound = new Bound(null, null, null, null, "moderate", null);

        assertThatThrownBy(() -> bound.requireFits(AssessmentTool.BARNARDOS_DV_MATRIX, "initial"))
                .hasMessage("initial level 'moderate' is not one of [standard, medium, high, very_high]");
        assertThatThrownBy(() -> bound.requireFits(AssessmentTool.SDQ, "initial"))
                .hasMessage("initial level moderate or less does not fit sdq, which records scores");
    }

    private static ScoredAssessment scored(double score) {
        return new ScoredAssessment("S-1", "P1", null, AssessmentTool.SDQ, LocalDate.of(2015, 6, 1), score, null, "CAMHS");
    }
}
