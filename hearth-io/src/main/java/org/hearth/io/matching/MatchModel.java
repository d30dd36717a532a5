package org.hearth.io.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The trained Fellegi-Sunter model: for each comparison its levels' m and u probabilities and, for the
 * term-frequency adjusted ones, each person's adjustment; and the prior, the chance that two people drawn at random
 * are the same person. A pair's match weight is log2 of the prior odds plus, for each field, log2(m/u) of its level
 * (0 when the field is missing) plus the term frequency adjustment of an exact match (Splink's match weight).
 */
final class MatchModel {
    private static final double M_START_EXACT = 0.7;
    private static final double SHARE_START = 0.1;
    /** The most people of one block a training-only rule compares. */
    private static final int TRAINING_BLOCK = 100;

    final List<Comparison> comparisons;
    final double[][] m;
    final double[][] u;
    final double prior;
    final double priorWeight;
    private final double[][] weights;
    /** Each person's term frequency adjustment per comparison (0 for comparisons not adjusted). */
    private final float[][] adjustments;

    private MatchModel(List<Comparison> comparisons, double[][] m, double[][] u, double prior,
            List<PreparedPerson> people) {
        this.comparisons = comparisons;
        this.m = m;
        this.u = u;
        this.prior = prior;
        this.priorWeight = TermFrequencies.log2(prior / (1 - prior));
        this.weights = new double[m.length][];
        this.adjustments = new float[m.length][];
        for (int k = 0; k < m.length; k++) {
            weights[k] = new double[m[k].length];
            for (int level = 0; level < m[k].length; level++) {
                weights[k][level] = TermFrequencies.log2(m[k][level] / u[k][level]);
            }
            Comparison comparison = comparisons.get(k);
            if (comparison.termFrequencyAdjusted()) {
                TermFrequencies tf = TermFrequencies.of(people, comparison);
                float[] adjustment = new float[people.size()];
                double uExact = u[k][0];
                people.parallelStream().forEach(p -> {
                    String value = comparison.termFrequencyValue(p);
                    adjustment[p.index] = value == null ? 0 : (float) tf.adjustment(value, uExact);
                });
                adjustments[k] = adjustment;
            }
        }
    }

    /**
     * Trains a model on the people and their candidate pairs: u by random sampling, m by expectation-maximisation
     * on each training blocking rule's pairs (the rule's own fields left out), averaged over the rules that estimated
     * it, and the prior from the share of all candidate pairs that the trained m and u say match (the expected
     * matches among the candidates, over all pairs of people: pairs no rule gives are taken to be non-matches).
     */
    static MatchModel train(List<PreparedPerson> people, CandidatePairs pairs, List<BlockingRule> rules,
            List<Comparison> comparisons, int uSample, long seed) {
        List<BlockingRule> predicting = rules.stream().filter(BlockingRule::predicts).toList();
        double[][] u = RandomPairSample.uProbabilities(people, comparisons, uSample, seed);
        double[][] start = startingM(comparisons);
        double[][] sum = new double[comparisons.size()][];
        int[] fits = new int[comparisons.size()];
        for (BlockingRule rule : rules) {
            if (!rule.trains()) {
                continue;
            }
            Map<Integer, Long> vectors = rule.predicts() ? counts(pairs, predicting.indexOf(rule))
                    : CandidatePairs.vectorCounts(people, rule, comparisons, TRAINING_BLOCK);
            if (vectors.isEmpty()) {
                continue;
            }
            boolean[] estimated = new boolean[comparisons.size()];
            for (int k = 0; k < comparisons.size(); k++) {
                estimated[k] = !rule.fields().contains(comparisons.get(k).field());
            }
            ExpectationMaximisation.Fit fit = ExpectationMaximisation.fit(vectors, u, start, estimated, SHARE_START);
            for (int k = 0; k < comparisons.size(); k++) {
                if (estimated[k]) {
                    sum[k] = sum[k] == null ? fit.m()[k].clone() : add(sum[k], fit.m()[k]);
                    fits[k]++;
                }
            }
        }
        double[][] m = new double[comparisons.size()][];
        for (int k = 0; k < comparisons.size(); k++) {
            int n = fits[k];
            m[k] = n == 0 ? start[k] : Arrays.stream(sum[k]).map(x -> x / n).toArray();
        }
        double allPairs = people.size() * (people.size() - 1.0) / 2;
        double expectedMatches = ExpectationMaximisation.matchShare(counts(pairs, -1), m, u, SHARE_START) * pairs.size();
        double prior = Math.min(Math.max(expectedMatches, 1) / Math.max(allPairs, 2), 0.5);
        return new MatchModel(comparisons, m, u, prior, people);
    }

    /** How many of the rule's pairs (all pairs for rule -1) have each comparison vector. */
    private static Map<Integer, Long> counts(CandidatePairs pairs, int rule) {
        Map<Integer, Long> vectors = new HashMap<>();
        for (int i = 0; i < pairs.size(); i++) {
            if (rule < 0 || pairs.blockedBy(i, rule)) {
                vectors.merge(pairs.vectors[i], 1L, Long::sum);
            }
        }
        return vectors;
    }

    /** A model with the given parameters (for tests with known m and u). */
    static MatchModel of(List<Comparison> comparisons, double[][] m, double[][] u, double prior, List<PreparedPerson> people) {
        return new MatchModel(comparisons, m, u, prior, people);
    }

    private static double[] add(double[] sum, double[] more) {
        for (int i = 0; i < sum.length; i++) {
            sum[i] += more[i];
        }
        return sum;
    }

    /** Where EM starts: most matches agree exactly, the rest spread evenly over the other levels. */
    static double[][] startingM(List<Comparison> comparisons) {
        double[][] start = new double[comparisons.size()][];
        for (int k = 0; k < comparisons.size(); k++) {
            int levels = comparisons.get(k).levels().size();
            start[k] = new double[levels];
            Arrays.fill(start[k], (1 - M_START_EXACT) / (levels - 1));
            start[k][0] = M_START_EXACT;
        }
        return start;
    }

    /** The match weight of a pair from its comparison vector (person a's values give the term frequencies). */
    double weight(int vector, int a) {
        double weight = priorWeight;
        for (int k = 0; k < weights.length; k++) {
            int level = ComparisonVector.level(vector, k);
            if (level != Comparison.MISSING) {
                weight += weights[k][level];
                if (level == 0 && adjustments[k] != null) {
                    weight += adjustments[k][a];
                }
            }
        }
        return weight;
    }

    /** Each field's part in a pair's weight, in the order of the comparisons. */
    List<FieldContribution> explain(PreparedPerson a, PreparedPerson b) {
        List<FieldContribution> parts = new ArrayList<>(comparisons.size());
        for (int k = 0; k < comparisons.size(); k++) {
            Comparison comparison = comparisons.get(k);
            int level = comparison.level(a, b);
            if (level == Comparison.MISSING) {
                parts.add(FieldContribution.missing(comparison.field()));
            } else {
                double tf = level == 0 && adjustments[k] != null ? adjustments[k][a.index] : 0;
                parts.add(new FieldContribution(comparison.field(), comparison.levels().get(level), m[k][level],
                        u[k][level], weights[k][level], tf));
            }
        }
        return parts;
    }

    static double probability(double weight) {
        double odds = Math.pow(2, weight);
        return odds / (1 + odds);
    }
}
