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
    /** Whole thresholds of up to this many digits, and counts below {@link #SMALL}, are compared as longs. */
    private static final int WHOLE_DIGITS = 6;
    private static final long SMALL = 1L << 40;

    private Percentages() {
    }

    /** True when numerator ÷ denominator, as a percentage, compares with the threshold as the comparison says. */
    static boolean test(BigDecimal numerator, BigDecimal denominator, Comparison comparison, BigDecimal percent) {
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("a rate needs a positive denominator, not " + denominator);
        }
        return comparison.test(numerator.multiply(HUNDRED), percent.multiply(denominator));
    }

    /**
     * As {@link #test(BigDecimal, BigDecimal, Comparison, BigDecimal)}, in whole numbers when the
     * threshold is a whole percentage (as the plans' are) and the counts are small enough that
     * numerator × 100 and threshold × denominator cannot overflow: the same answer without the objects.
     */
    static boolean test(long numerator, long denominator, Comparison comparison, BigDecimal percent) {
        if (percent.scale() == 0 && percent.precision() <= WHOLE_DIGITS && denominator > 0
                && Math.abs(numerator) < SMALL && denominator < SMALL) {
            return comparison.holds(Long.compare(numerator * 100, percent.longValue() * denominator));
        }
        return test(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator), comparison, percent);
    }

    /**
     * The percentage to one decimal place ("90.0%"), with more decimals where one would show a rate
     * that differs from the threshold as equal to it: 341 of 379 is "89.97%", not "90.0%". Worked out
     * when an explanation is read.
     */
    static Counted shown(long numerator, long denominator, BigDecimal threshold) {
        return new Counted(numerator, denominator, threshold);
    }

    /** The percentage to one decimal place: "65.0%". Worked out when an explanation is read. */
    static Counted shown(long numerator, long denominator) {
        return shown(numerator, denominator, null);
    }

    /** {@link Shown} of counts (sessions), kept as numbers until an explanation is read. */
    record Counted(long numerator, long denominator, BigDecimal threshold) {
        @Override
        public String toString() {
            return shown(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator), threshold).toString();
        }
    }

    static Shown shown(BigDecimal numerator, BigDecimal denominator, BigDecimal threshold) {
        return new Shown(numerator, denominator, threshold);
    }

    /** A rate as an explanation quotes it; {@code threshold} may be null. */
    record Shown(BigDecimal numerator, BigDecimal denominator, BigDecimal threshold) {
        @Override
        public String toString() {
            BigDecimal exact = numerator.multiply(HUNDRED);
            BigDecimal rounded = exact.divide(denominator, 1, RoundingMode.HALF_UP);
            if (threshold != null && exact.compareTo(threshold.multiply(denominator)) != 0) {
                for (int scale = 2; rounded.compareTo(threshold) == 0 && scale <= MOST_DECIMALS; scale++) {
                    rounded = exact.divide(denominator, scale, RoundingMode.HALF_UP);
                }
            }
            return rounded.toPlainString() + "%";
        }
    }
}
