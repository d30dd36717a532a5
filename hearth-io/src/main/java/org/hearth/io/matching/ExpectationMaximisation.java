package org.hearth.io.matching;

import java.util.Arrays;
import java.util.Map;

/**
 * m probabilities estimated by expectation-maximisation over the comparison vectors of one blocking rule's pairs
 * (Fellegi and Sunter's model fitted as in Winkler, 1988, and Splink's {@code estimate_parameters_using_expectation_maximisation}):
 * u stays as random sampling estimated it; each round computes every vector's probability of being a match given
 * the current m, u and share of matches, then sets each m to the expected share of matches at each level. The
 * fields the rule blocks on are left out (all of its pairs agree on them), as Splink does.
 */
final class ExpectationMaximisation {
    static final int MAX_ROUNDS = 200;
    static final double CONVERGED = 1e-6;
    private static final double FLOOR = 1e-6;

    /** The fitted m probabilities (null for fields left out), the share of pairs that match, and the rounds run. */
    record Fit(double[][] m, double matchShare, int rounds) {
    }

    private ExpectationMaximisation() {
    }

    /** The share of pairs that match, fitted with m and u held fixed (the prior's own expectation-maximisation). */
    static double matchShare(Map<Integer, Long> vectors, double[][] m, double[][] u, double shareStart) {
        boolean[] all = new boolean[u.length];
        Arrays.fill(all, true);
        double share = shareStart;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            double matches = 0;
            double total = 0;
            for (Map.Entry<Integer, Long> entry : vectors.entrySet()) {
                matches += posterior(entry.getKey(), m, u, all, share) * entry.getValue();
                total += entry.getValue();
            }
            double next = total == 0 ? share : matches / total;
            if (Math.abs(next - share) < CONVERGED) {
                return next;
            }
            share = next;
        }
        return share;
    }

    /** The chance that a pair with this comparison vector is a match. */
    static double posterior(int vector, double[][] m, double[][] u, boolean[] estimated, double share) {
        double pMatch = share;
        double pNon = 1 - share;
        for (int k = 0; k < u.length; k++) {
            int level = ComparisonVector.level(vector, k);
            if (estimated[k] && level != Comparison.MISSING) {
                pMatch *= m[k][level];
                pNon *= u[k][level];
            }
        }
        return pMatch / (pMatch + pNon);
    }

    /**
     * @param vectors how many pairs have each comparison vector
     * @param estimated which comparisons to estimate (the others are left out of the likelihood)
     */
    static Fit fit(Map<Integer, Long> vectors, double[][] u, double[][] mStart, boolean[] estimated, double shareStart) {
        int size = vectors.size();
        int[] vector = new int[size];
        double[] count = new double[size];
        int i = 0;
        for (Map.Entry<Integer, Long> entry : vectors.entrySet()) {
            vector[i] = entry.getKey();
            count[i++] = entry.getValue();
        }
        double[][] m = new double[u.length][];
        for (int k = 0; k < u.length; k++) {
            m[k] = estimated[k] ? mStart[k].clone() : null;
        }
        double share = shareStart;
        int round = 0;
        double change = Double.MAX_VALUE;
        while (round < MAX_ROUNDS && change > CONVERGED) {
            round++;
            double[][] expected = new double[u.length][];
            for (int k = 0; k < u.length; k++) {
                expected[k] = estimated[k] ? new double[u[k].length] : null;
            }
            double matches = 0;
            double total = 0;
            for (int v = 0; v < size; v++) {
                double posterior = posterior(vector[v], m, u, estimated, share) * count[v];
                matches += posterior;
                total += count[v];
                for (int k = 0; k < u.length; k++) {
                    int level = ComparisonVector.level(vector[v], k);
                    if (estimated[k] && level != Comparison.MISSING) {
                        expected[k][level] += posterior;
                    }
                }
            }
            change = Math.abs(matches / total - share);
            share = matches / total;
            for (int k = 0; k < u.length; k++) {
                if (estimated[k]) {
                    double sum = Arrays.stream(expected[k]).sum();
                    for (int level = 0; level < m[k].length; level++) {
                        double next = sum == 0 ? m[k][level] : Math.max(expected[k][level] / sum, FLOOR);
                        change = Math.max(change, Math.abs(next - m[k][level]));
                        m[k][level] = next;
                    }
                }
            }
        }
        return new Fit(m, share, round);
    }
}
