package org.survivorvoice.scoring.method;

import java.util.Objects;

/**
 * What the calculator needs about one provider (a unit) in one category, area and window: counts
 * only, never a rating or a rater.
 *
 * @param providerCode the provider's public code
 * @param n valid ratings
 * @param x valid ratings whose overall answer counts as satisfied
 * @param distinctRaters distinct survivors behind the valid ratings (an anonymous web rating counts
 *     as its own rater)
 * @param answerSum sum of every answered dimension of the valid ratings, each on the 1-5 scale
 * @param answerCount number of answered dimensions summed in {@code answerSum}
 */
public record UnitCounts(
        String providerCode,
        long n,
        long x,
        long distinctRaters,
        long answerSum,
        long answerCount) {

    /** Lowest answer of the questionnaire's scale (feedback.Answers). */
    public static final int LOWEST_ANSWER = 1;

    /** Highest answer of the questionnaire's scale (feedback.Answers). */
    public static final int HIGHEST_ANSWER = 5;

    /** Rejects counts that no query over valid ratings can produce. */
    public UnitCounts {
        Objects.requireNonNull(providerCode, "providerCode");
        if (n < 0 || x < 0 || x > n) {
            throw new IllegalArgumentException("counts must satisfy 0 <= x <= n");
        }
        if (distinctRaters < 0) {
            throw new IllegalArgumentException("distinctRaters must not be negative");
        }
        if (answerCount < 0
                || answerSum < answerCount * LOWEST_ANSWER
                || answerSum > answerCount * HIGHEST_ANSWER) {
            throw new IllegalArgumentException(
                    "answerSum must lie on the 1-5 scale of answerCount");
        }
    }
}
