package org.survivorvoice.scoring.method;

/**
 * Where a provider ranks among the compared providers of its category and area, as an interval
 * (design/SCORING.md: never a point rank). Rank 1 is the best, the highest score. Shown as {@code
 * "3-11 of 40"}; both ends are printed even when they are equal ({@code "1-1 of 40"}), so that the
 * interval never reads as a point rank.
 *
 * @param low best rank of the interval, the 5 % quantile of the provider's rank
 * @param high worst rank of the interval, the 95 % quantile of the provider's rank
 * @param of number of compared providers the ranks run over
 */
public record RankInterval(int low, int high, int of) {

    /** Rejects intervals outside {@code 1 <= low <= high <= of}. */
    public RankInterval {
        if (low < 1 || low > high || high > of) {
            throw new IllegalArgumentException("a rank interval needs 1 <= low <= high <= of");
        }
    }

    /** Whether the rank lies in the interval, ends included. */
    public boolean contains(int rank) {
        return low <= rank && rank <= high;
    }

    /** {@code "3-11 of 40"}. */
    @Override
    public String toString() {
        return low + "-" + high + " of " + of;
    }
}
