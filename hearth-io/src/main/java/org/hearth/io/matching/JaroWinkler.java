package org.hearth.io.matching;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Jaro-Winkler similarity of two names (Jaro, 1989; Winkler, 1990): the Jaro similarity (matching characters within
 * half the longer length less one of each other, and half the matched characters out of order counted as
 * transpositions) raised, when it is at least 0.7 (Winkler's boost threshold), by 0.1 of the gap to 1 for each of the first four
 * characters the names share. The same values as Apache
 * Commons Text's {@code JaroWinklerSimilarity} (the tests check them against it), written over the strings' chars
 * without allocating, since the linker compares tens of millions of names. The thresholds are Splink's for names:
 * 0.92 for a typo or a letter dropped (Jon and John score 0.93), 0.80 for names alike but further apart.
 */
final class JaroWinkler {
    static final double CLOSE = 0.92;
    static final double ALIKE = 0.80;
    private static final int LONGEST = 64;
    /** For names longer than a long has bits (stateless, so shared). */
    private static final JaroWinklerSimilarity LONG_NAMES = new JaroWinklerSimilarity();
    private static final double PREFIX_SCALE = 0.1;
    private static final int PREFIX = 4;
    private static final double BOOST_THRESHOLD = 0.7;

    private JaroWinkler() {
    }

    static double similarity(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        if (shorter.isEmpty()) {
            return 0;
        }
        if (longer.length() > LONGEST) {
            return LONG_NAMES.apply(a, b);
        }
        int window = Math.max(longer.length() / 2 - 1, 0);
        long usedInLonger = 0;
        long matchedInShorter = 0;
        int matches = 0;
        for (int i = 0; i < shorter.length(); i++) {
            char c = shorter.charAt(i);
            int from = Math.max(0, i - window);
            int to = Math.min(longer.length() - 1, i + window);
            for (int j = from; j <= to; j++) {
                if ((usedInLonger & (1L << j)) == 0 && longer.charAt(j) == c) {
                    usedInLonger |= 1L << j;
                    matchedInShorter |= 1L << i;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int outOfOrder = 0;
        int j = 0;
        for (int i = 0; i < shorter.length(); i++) {
            if ((matchedInShorter & (1L << i)) != 0) {
                while ((usedInLonger & (1L << j)) == 0) {
                    j++;
                }
                if (shorter.charAt(i) != longer.charAt(j)) {
                    outOfOrder++;
                }
                j++;
            }
        }
        double m = matches;
        double jaro = (m / a.length() + m / b.length() + (m - outOfOrder / 2.0) / m) / 3;
        if (jaro < BOOST_THRESHOLD) {
            return jaro;
        }
        int prefix = 0;
        while (prefix < Math.min(PREFIX, shorter.length()) && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * PREFIX_SCALE * (1 - jaro);
    }
}
