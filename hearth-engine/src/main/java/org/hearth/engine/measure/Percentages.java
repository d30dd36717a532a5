package org.hearth.engine.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Exact tests of a fraction against a percentage threshold, and the figures explanations quote.
 * A rate is compared by cross-multiplying (numerator × 100 against threshold × denominator), never
 * as a rounded or floating-point number, so that 342 of 380 sessions is exactly 90%.
 */
final class Percentages {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int MOST_DECIMALS = 6;

    private Percentages() {
    }

    /** True when numerator ÷ denominator, as a percentage, compares with the threshold as the comparison says. */
    static boolean test(BigDecimal numerator, BigDecimal denominator, Comparison comparison, BigDecimal percent) {
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("a rate needs a positive denominator, not " + denominator);
        }
        return comparison.test(numerator.multiply(HUNDRED), percent.multiply(denominator));
    }

    static boolean test(long numerator, long denominator, Comparison comparison, BigDecimal percent) {
        return test(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator), comparison, percent);
    }

    /**
     * The percentage to one decimal place ("90.0%"), with more decimals where one would show a rate
     * that differs from the threshold as equal to it: 341 of 379 is "89.97%", not "90.0%".
     */
    static String format(BigDecimal numerator, BigDecimal denominator, BigDecimal threshold) {
        BigDecimal exact = numerator.multiply(HUNDRED);
        boolean equal = exact.compareTo(threshold.multiply(denominator)) == 0;
        BigDecimal shown = exact.divide(denominator, 1, RoundingMode.HALF_UP);
        for (int scale = 2; !equal && shown.compareTo(threshold) == 0 && scale <= MOST_DECIMALS; scale++) {
            shown = exact.divide(denominator, scale, RoundingMode.HALF_UP);
        }
        return shown.toPlainString() + "%";
    }

    /** The percentage to one decimal place: "65.0%". */
    static String format(BigDecimal numerator, BigDecimal denominator) {
        return numerator.multiply(HUNDRED).divide(denominator, 1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    static String format(long numerator, long denominator) {
        return format(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
    }

    static String format(long numerator, long denominator, BigDecimal threshold) {
        return format(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator), threshold);
    }
}
