package org.hearth.io.matching;

import java.util.List;

/**
 * A pair's levels on every comparison packed in one int, four bits each: 0 when the field is missing on either
 * side, otherwise the level plus one. Training counts the distinct vectors, and scoring looks each one up.
 */
final class ComparisonVector {
    static final int BITS = 4;

    private ComparisonVector() {
    }

    static int of(List<Comparison> comparisons, PreparedPerson a, PreparedPerson b) {
        int vector = 0;
        for (int k = 0; k < comparisons.size(); k++) {
            vector |= (comparisons.get(k).level(a, b) + 1) << (BITS * k);
        }
        return vector;
    }

    /** The level of comparison k in the vector, or {@link Comparison#MISSING}. */
    static int level(int vector, int k) {
        return ((vector >>> (BITS * k)) & ((1 << BITS) - 1)) - 1;
    }
}
