package org.hearth.server.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Which claims a spot check looks at: {@code size} of the batch's claims drawn at random, reproducibly (docs/claims.md,
 * Samples). The claims are put in order of their ids and shuffled by Fisher and Yates's method, {@code i} from the last
 * position down to the second swapping with the position {@code java.util.Random(seed).nextInt(i + 1)} gives; the
 * first {@code size} are the sample, in that order. {@code java.util.Random}'s algorithm is fixed by the Java
 * specification, so the same seed and the same claims give the same sample on any Java, today or years on.
 */
final class SpotCheckSample {
    private SpotCheckSample() {
    }

    /**
     * @param claimIds the claims drawn from, in any order
     * @param size how many to draw: 1 to the number of claims
     */
    static List<Long> draw(long seed, List<Long> claimIds, int size) {
        if (size < 1 || size > claimIds.size()) {
            throw new IllegalArgumentException("a sample of " + size + " from " + claimIds.size() + " claims");
        }
        List<Long> claims = new ArrayList<>(claimIds);
        claims.sort(null);
        Random random = new Random(seed);
        for (int i = claims.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Long swapped = claims.get(i);
            claims.set(i, claims.get(j));
            claims.set(j, swapped);
        }
        return List.copyOf(claims.subList(0, size));
    }
}
