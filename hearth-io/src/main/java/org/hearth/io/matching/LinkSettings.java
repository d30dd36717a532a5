package org.hearth.io.matching;

/**
 * How the linker decides: pairs with a match weight at or above {@code acceptFrom} are linked, those at or above
 * {@code reviewFrom} (and below {@code acceptFrom}) are queued for review, the rest are kept apart; the random pair
 * sample's size for the u probabilities; and the seed that makes a run repeatable.
 */
public record LinkSettings(double acceptFrom, double reviewFrom, int uSamplePairs, long seed) {
    /**
     * Hearth's defaults: accept from weight 6 (a match probability of 0.985), review from weight 0 (0.5). Chosen on
     * the generated data of docs/benchmarks.md ("Person matching").
     */
    public static final LinkSettings DEFAULTS = new LinkSettings(6, 0, 1_000_000, 1);

    public LinkSettings {
        if (reviewFrom > acceptFrom) {
            throw new IllegalArgumentException("the review band starts at " + reviewFrom
                    + ", above the weight links are accepted from, " + acceptFrom);
        }
        if (uSamplePairs < 1) {
            throw new IllegalArgumentException("the u sample needs at least one pair");
        }
    }
}
