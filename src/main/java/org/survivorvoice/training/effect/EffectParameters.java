package org.survivorvoice.training.effect;

/**
 * The numbers of the effect's method: the scoring's suppression gate and this feature's own keys.
 *
 * @param minRatings fewest valid ratings per cell and per qualifying trained provider (the
 *     scoring's {@code min-ratings}, 11)
 * @param minDistinctRaters fewest distinct raters behind them (the scoring's {@code
 *     min-distinct-raters}, 11)
 * @param minTrainedProviders fewest trained providers that pass the gate themselves (3)
 * @param replicates bootstrap replicates (2000)
 * @param level the interval's coverage (0.90)
 */
public record EffectParameters(
        int minRatings,
        int minDistinctRaters,
        int minTrainedProviders,
        int replicates,
        double level) {

    public EffectParameters {
        if (minRatings < 1 || minDistinctRaters < 1 || minTrainedProviders < 1) {
            throw new IllegalArgumentException("gates must be positive");
        }
        if (replicates < 10) {
            throw new IllegalArgumentException("at least 10 bootstrap replicates");
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level between 0 and 1");
        }
    }

    /** The defaults of the configuration. */
    public static EffectParameters defaults() {
        return new EffectParameters(11, 11, 3, 2000, 0.90);
    }
}
