package org.hearth.engine.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentagesTest {

    @ParameterizedTest(name = "{0} of {1} sessions {2} {3}%: {4}")
    @CsvSource({
        "342, 380, AT_LEAST, 90, true",    // exactly 90%
        "342, 380, ABOVE, 90, false",      // Southwark 2.1: "in excess of 90%" is not met at 90% exactly
        "341, 379, AT_LEAST, 90, false",   // 89.97%
        "343, 380, ABOVE, 90, true",
        "57, 380, AT_LEAST, 15, true",     // absence of exactly 15%: persistently absent before September 2015
        "56, 380, AT_LEAST, 15, false",
        "38, 380, AT_LEAST, 10, true",     // exactly 10% from September 2015
        "37, 380, BELOW, 10, true",
        "38, 380, BELOW, 10, false",
        "38, 380, AT_MOST, 10, true",
        "0, 380, AT_MOST, 10, true",
        "-5, 100, BELOW, 0, true"          // a fall in attendance against "any improvement"
    })
    void wholeThresholdsCompareExactly(long numerator, long denominator, Comparison comparison, int percent,
                                       boolean expected) {
        assertThat(Percentages.test(numerator, denominator, comparison, BigDecimal.valueOf(percent)))
                .isEqualTo(expected);
    }

    @Test
    void wholeNumbersGiveTheSameAnswerAsDecimalsForEveryRate() {
        // The whole-number comparison is a shortcut: it must agree with the exact decimal one for every
        // rate the plans' thresholds meet, including those written with decimals (90.0, 33.3).
        String[] thresholds = {"0", "10", "15", "33", "85", "90", "100", "90.0", "33.3", "12.5"};
        for (String written : thresholds) {
            BigDecimal percent = new BigDecimal(written);
            for (Comparison comparison : Comparison.values()) {
                for (long denominator = 1; denominator <= 120; denominator++) {
                    for (long numerator = -3; numerator <= denominator + 3; numerator++) {
                        boolean decimal = Percentages.test(BigDecimal.valueOf(numerator),
                                BigDecimal.valueOf(denominator), comparison, percent);
                        assertThat(Percentages.test(numerator, denominator, comparison, percent))
                                .as("%d / %d %s %s%%", numerator, denominator, comparison, written)
                                .isEqualTo(decimal);
                    }
                }
            }
        }
    }

    @Test
    void countsTooLargeForWholeNumbersAreStillExact() {
        long huge = 1_000_000_000_000_000L; // beyond the whole-number shortcut
        BigDecimal ninety = BigDecimal.valueOf(90);
        assertThat(Percentages.test(huge / 10 * 9, huge, Comparison.AT_LEAST, ninety)).isTrue();
        assertThat(Percentages.test(huge / 10 * 9 - 1, huge, Comparison.AT_LEAST, ninety)).isFalse();
        assertThat(Percentages.test(huge / 10 * 9, huge, Comparison.ABOVE, ninety)).isFalse();
        assertThat(Percentages.test(899_999, 1_000_000, Comparison.AT_LEAST, BigDecimal.valueOf(999_999)))
                .isFalse();
        assertThat(Percentages.test(huge, huge, Comparison.AT_LEAST, BigDecimal.valueOf(9_999_999))).isFalse();
    }

    @Test
    void aRateNeedsPossibleSessions() {
        assertThatThrownBy(() -> Percentages.test(0, 0, Comparison.AT_LEAST, BigDecimal.valueOf(90)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive denominator");
    }
}
