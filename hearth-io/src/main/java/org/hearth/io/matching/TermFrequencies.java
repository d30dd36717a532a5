package org.hearth.io.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Term frequency adjustment (Splink's "term frequency adjustments", after Winkler, 1989): two people agreeing
 * exactly on a value are compared with the chance that two different people share that very value, its frequency
 * among the records, rather than with the field's average u. The adjustment to an exact match's weight is
 * log2(u_exact / frequency(value)): positive for a rare surname, negative for a common one.
 */
final class TermFrequencies {
    private final Map<String, Double> frequency;

    private TermFrequencies(Map<String, Double> frequency) {
        this.frequency = frequency;
    }

    static TermFrequencies of(List<PreparedPerson> people, Comparison comparison) {
        Map<String, Double> counts = new HashMap<>();
        long total = 0;
        for (PreparedPerson person : people) {
            String value = comparison.termFrequencyValue(person);
            if (value != null) {
                counts.merge(value, 1.0, Double::sum);
                total++;
            }
        }
        long all = total;
        counts.replaceAll((value, count) -> count / all);
        return new TermFrequencies(counts);
    }

    /** The value's frequency among the records that have the field (0 for a value nobody has). */
    double frequency(String value) {
        return frequency.getOrDefault(value, 0.0);
    }

    /** The adjustment to an exact match's weight on this value, in bits. */
    double adjustment(String value, double uExact) {
        double f = frequency(value);
        return f == 0 ? 0 : log2(uExact / f);
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
