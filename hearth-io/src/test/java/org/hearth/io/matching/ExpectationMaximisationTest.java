package org.hearth.io.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * EM recovers known m probabilities and the share of matches from comparison vectors drawn from them, for Hearth's
 * comparisons, the address missing from two pairs in five (as where the postcodes agree, or a source gives none).
 * 200,000 pairs, a fifth of them matches: each m is a share of 40,000 matches (24,000 with an address), whose
 * standard error is at most sqrt(0.25 / 24,000) = 0.0032, so a tolerance of 0.01 (three standard errors) fails only
 * when EM is wrong.
 */
class ExpectationMaximisationTest {
    private static final double[][] M = {{0.90, 0.05, 0.01, 0.02, 0.01, 0.01}, {0.85, 0.08, 0.04, 0.02, 0.01},
        {0.92, 0.02, 0.03, 0.01, 0.02}, {0.70, 0.12, 0.03, 0.15}, {0.98, 0.02}, {0.05, 0.60, 0.15, 0.20}};
    private static final double[][] U = {{0.01, 0.002, 0.0001, 0.003, 0.01, 0.9749}, {0.008, 0.001, 0.002, 0.01, 0.979},
        {0.0002, 0.0001, 0.002, 0.05, 0.9477}, {0.001, 0.002, 0.02, 0.977}, {0.5, 0.5}, {0.00001, 0.0002, 0.0005, 0.99929}};
    private static final List<Comparison> COMPARISONS = Comparison.standard();
    private static final int ADDRESS = 5;
    private static final double ADDRESS_MISSING = 0.4;
    private static final double SHARE = 0.2;
    private static final double TOLERANCE = 0.01;

    @Test
    void emRecoversKnownMAndTheShareOfMatches() {
        Map<Integer, Long> vectors = draw(200_000, 7);
        boolean[] all = {true, true, true, true, true, true};
        ExpectationMaximisation.Fit fit = ExpectationMaximisation.fit(vectors, U, MatchModel.startingM(COMPARISONS), all, 0.1);
        assertThat(fit.rounds()).isLessThan(ExpectationMaximisation.MAX_ROUNDS);
        assertThat(fit.matchShare()).isCloseTo(SHARE, within(TOLERANCE));
        for (int k = 0; k < M.length; k++) {
            for (int level = 0; level < M[k].length; level++) {
                assertThat(fit.m()[k][level]).as("m of comparison %d level %d", k, level).isCloseTo(M[k][level], within(TOLERANCE));
            }
        }
    }

    @Test
    void aFieldLeftOutIsNotEstimatedAndTheOthersStillAre() {
        Map<Integer, Long> vectors = draw(200_000, 11);
        boolean[] withoutBirth = {true, true, false, true, true, true};
        ExpectationMaximisation.Fit fit = ExpectationMaximisation.fit(vectors, U, MatchModel.startingM(COMPARISONS),
                withoutBirth, 0.1);
        assertThat(fit.m()[2]).isNull();
        assertThat(fit.m()[0][0]).isCloseTo(M[0][0], within(TOLERANCE));
        assertThat(fit.matchShare()).isCloseTo(SHARE, within(TOLERANCE));
    }

    @Test
    void thePriorsOwnFitFindsTheShareWithMAndUHeld() {
        assertThat(ExpectationMaximisation.matchShare(draw(200_000, 13), M, U, 0.5)).isCloseTo(SHARE, within(TOLERANCE));
    }

    private static Map<Integer, Long> draw(int pairs, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<Integer, Long> vectors = new HashMap<>();
        for (int i = 0; i < pairs; i++) {
            double[][] p = random.nextDouble() < SHARE ? M : U;
            int vector = 0;
            for (int k = 0; k < p.length; k++) {
                int level = k == ADDRESS && random.nextDouble() < ADDRESS_MISSING ? Comparison.MISSING : level(p[k], random);
                vector |= (level + 1) << (ComparisonVector.BITS * k);
            }
            vectors.merge(vector, 1L, Long::sum);
        }
        return vectors;
    }

    private static int level(double[] probabilities, SplittableRandom random) {
        double draw = random.nextDouble();
        for (int level = 0; level < probabilities.length - 1; level++) {
            draw -= probabilities[level];
            if (draw < 0) {
                return level;
            }
        }
        return probabilities.length - 1;
    }
}
