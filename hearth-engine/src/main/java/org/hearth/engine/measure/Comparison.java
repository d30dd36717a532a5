package org.hearth.engine.measure;

import java.math.BigDecimal;

/** How a figure is compared with a threshold. "In excess of 90%" is above; "90% or greater" at least. */
public enum Comparison {
    ABOVE(">"), AT_LEAST(">="), BELOW("<"), AT_MOST("<=");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    /** True when {@code value} compares as this says with {@code threshold}, exactly. */
    public boolean test(BigDecimal value, BigDecimal threshold) {
        return holds(value.compareTo(threshold));
    }

    /** True when a comparison's sign (negative, zero, positive: value against threshold) is what this asks. */
    public boolean holds(int c) {
        return switch (this) {
            case ABOVE -> c > 0;
            case AT_LEAST -> c >= 0;
            case BELOW -> c < 0;
            case AT_MOST -> c <= 0;
        };
    }

    /** "above", "at least". */
    public String words() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    public String symbol() {
        return symbol;
    }
}
