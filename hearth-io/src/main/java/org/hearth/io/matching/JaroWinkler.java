package org.hearth.io.matching;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Jaro-Winkler similarity of two names (Winkler, 1990, prefix scale 0.1, prefix up to 4 characters), from Apache
 * Commons Text. The thresholds are Splink's for names: 0.92 for a typo or a letter dropped (Jon and John score
 * 0.93), 0.80 for names that are alike but further apart.
 */
final class JaroWinkler {
    static final double CLOSE = 0.92;
    static final double ALIKE = 0.80;
    private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

    private JaroWinkler() {
    }

    static double similarity(String a, String b) {
        return SIMILARITY.apply(a, b);
    }
}
