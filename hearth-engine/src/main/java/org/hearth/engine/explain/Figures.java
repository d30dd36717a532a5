package org.hearth.engine.explain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formats the numbers explanations quote, the same way everywhere. */
public final class Figures {
    private Figures() {
    }

    /** A percentage to one decimal place: "33.3%". */
    public static String percent(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** A threshold as the plan wrote it: "33%", "89.9%". */
    public static String percent(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString() + "%";
    }

    /** A number without needless decimals: 1.5, 2, 0.75. */
    public static String number(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }

    /** Pounds from pence: "£338.00". */
    public static String pounds(long pence) {
        return "£" + BigDecimal.valueOf(pence, 2).toPlainString();
    }

    /** "1 offence" or "3 offences". */
    public static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
