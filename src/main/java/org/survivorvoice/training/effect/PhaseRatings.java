package org.survivorvoice.training.effect;

import java.util.Set;

/**
 * One provider's valid ratings in one phase (the two quarters before the training's quarter, or the
 * two after it).
 *
 * @param n valid ratings
 * @param satisfied of them, satisfied (overall at least the scoring's satisfied minimum)
 * @param raters the distinct rater keys behind them ({@code rating.rater_key}), so that a cell's
 *     raters are counted once over all its providers, as the scoring counts distinct raters; they
 *     never leave the calculator
 */
public record PhaseRatings(long n, long satisfied, Set<String> raters) {

    /** No ratings. */
    public static final PhaseRatings NONE = new PhaseRatings(0, 0, Set.of());

    public PhaseRatings {
        if (n < 0 || satisfied < 0 || satisfied > n) {
            throw new IllegalArgumentException("need 0 <= satisfied <= n");
        }
        raters = Set.copyOf(raters);
        if (raters.size() > n) {
            throw new IllegalArgumentException("more raters than ratings");
        }
    }
}
