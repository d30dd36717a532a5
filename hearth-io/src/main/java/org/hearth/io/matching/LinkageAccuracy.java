package org.hearth.io.matching;

import java.util.HashMap;
import java.util.Map;

/**
 * Pairwise precision, recall and F1 of a linkage against the truth, the measures FEBRL and Splink report: a pair
 * of source people is predicted when the linkage gives them the same person id, and true when the truth does.
 * Counted from the sizes of the clusters and of their overlaps, without listing pairs.
 *
 * @param truePairs pairs the truth makes one person; {@code predictedPairs} pairs the linkage does;
 *     {@code correctPairs} pairs both do
 */
public record LinkageAccuracy(long truePairs, long predictedPairs, long correctPairs) {

    /** Compares the linkage's person ids with the true ones, over the source people both name. */
    public static LinkageAccuracy of(Map<SourcePersonKey, String> predicted, Map<SourcePersonKey, String> truth) {
        Map<String, Long> predictedSizes = new HashMap<>();
        Map<String, Long> trueSizes = new HashMap<>();
        Map<String, Long> overlaps = new HashMap<>();
        predicted.forEach((key, id) -> {
            String trueId = truth.get(key);
            if (trueId != null) {
                predictedSizes.merge(id, 1L, Long::sum);
                trueSizes.merge(trueId, 1L, Long::sum);
                overlaps.merge(id + '\u0000' + trueId, 1L, Long::sum);
            }
        });
        return new LinkageAccuracy(pairs(trueSizes), pairs(predictedSizes), pairs(overlaps));
    }

    private static long pairs(Map<String, Long> sizes) {
        return sizes.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
    }

    public double precision() {
        return predictedPairs == 0 ? 1 : (double) correctPairs / predictedPairs;
    }

    public double recall() {
        return truePairs == 0 ? 1 : (double) correctPairs / truePairs;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
