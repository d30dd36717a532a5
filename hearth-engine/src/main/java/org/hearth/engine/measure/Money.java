package org.hearth.engine.measure;

import java.math.BigDecimal;

/**
 * Amounts of money as the measures compare and quote them. Records hold pence and plans give pounds
 * (possibly with fractions of a penny in a dated rate), so the two are compared as exact decimals.
 */
final class Money {
    private Money() {
    }

    /** Below zero, zero or above zero as the pence are below, equal to or above the pounds. */
    static int compare(long pence, BigDecimal pounds) {
        return BigDecimal.valueOf(pence, 2).compareTo(pounds);
    }

    /** "£338.00"; a plan's amount with more decimals is quoted as written. */
    static String pounds(BigDecimal pounds) {
        return "£" + (pounds.scale() <= 2 ? pounds.setScale(2) : pounds.stripTrailingZeros()).toPlainString();
    }
}
