package org.hearth.io.matching;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * u probabilities estimated by random sampling (Splink's {@code estimate_u_using_random_sampling}): the levels of
 * pairs of people drawn at random, almost all of whom are different people, so that the share of pairs at a level is
 * the chance that two different people agree that much. Seeded, so a run is repeatable. A level no sampled pair
 * reached gets half a pair's count rather than zero, so that its weight stays finite.
 */
final class RandomPairSample {
    /** The sample is drawn in this many parts, each from its own seeded stream, so it is the same on any machine. */
    private static final int PARTS = 16;

    private RandomPairSample() {
    }

    static double[][] uProbabilities(List<PreparedPerson> people, List<Comparison> comparisons, int pairs, long seed) {
        long[][] counts = new long[comparisons.size()][];
        for (int k = 0; k < comparisons.size(); k++) {
            counts[k] = new long[comparisons.get(k).levels().size()];
        }
        int n = people.size();
        List<long[][]> parts = IntStream.range(0, PARTS).parallel().mapToObj(part -> {
            long[][] own = new long[counts.length][];
            for (int k = 0; k < counts.length; k++) {
                own[k] = new long[counts[k].length];
            }
            SplittableRandom random = new SplittableRandom(seed * PARTS + part);
            for (int i = part; i < pairs && n > 1; i += PARTS) {
                int a = random.nextInt(n);
                int b = random.nextInt(n - 1);
                b = b >= a ? b + 1 : b;
                for (int k = 0; k < comparisons.size(); k++) {
                    int level = comparisons.get(k).level(people.get(a), people.get(b));
                    if (level != Comparison.MISSING) {
                        own[k][level]++;
                    }
                }
            }
            return own;
        }).toList();
        for (long[][] part : parts) {
            for (int k = 0; k < counts.length; k++) {
                for (int level = 0; level < counts[k].length; level++) {
                    counts[k][level] += part[k][level];
                }
            }
        }
        double[][] u = new double[comparisons.size()][];
        for (int k = 0; k < counts.length; k++) {
            long total = 0;
            for (long count : counts[k]) {
                total += count;
            }
            u[k] = new double[counts[k].length];
            for (int level = 0; level < counts[k].length; level++) {
                u[k][level] = Math.max(counts[k][level], 0.5) / Math.max(total, 1);
            }
        }
        return u;
    }
}
