package org.hearth.io.matching;

/**
 * One field's part in a pair's match weight: the comparison level the pair is at, that level's m and u
 * probabilities, log2(m/u), and the term frequency adjustment (0 unless the level is an exact match on an adjusted
 * field). A field missing on either side is at level {@code missing} and adds nothing.
 */
public record FieldContribution(String field, String level, double m, double u, double weight, double termFrequency) {
    public static final String MISSING = "missing";

    static FieldContribution missing(String field) {
        return new FieldContribution(field, MISSING, Double.NaN, Double.NaN, 0, 0);
    }

    /** The field's whole part in the weight, in bits. */
    public double total() {
        return weight + termFrequency;
    }
}
