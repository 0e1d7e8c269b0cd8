package org.survivorvoice.scoring.method;

/**
 * A provider's posterior for its satisfied share, {@code Beta(alpha, beta)} (design/SCORING.md).
 * {@link Shrinkage#posterior} is the one place that derives it from the counts; the score is its
 * mean, the score interval and the rank intervals come from it.
 *
 * <p>When theta0 is 0 or 1 (everyone dissatisfied or everyone satisfied) one parameter is 0 and the
 * posterior is a point mass at 0 or 1.
 *
 * @param alpha {@code x + m theta0}, at least 0
 * @param beta {@code n - x + m (1 - theta0)}, at least 0
 */
public record BetaPosterior(double alpha, double beta) {

    /** Rejects parameters that describe no distribution. */
    public BetaPosterior {
        if (!(alpha >= 0 && beta >= 0 && alpha + beta > 0)
                || Double.isInfinite(alpha)
                || Double.isInfinite(beta)) {
            throw new IllegalArgumentException(
                    "a Beta posterior needs finite alpha, beta >= 0, not both 0");
        }
    }

    /** Whether all mass sits on one point, 0 (alpha = 0) or 1 (beta = 0). */
    public boolean isPointMass() {
        return alpha == 0 || beta == 0;
    }

    /** The mean {@code alpha / (alpha + beta)}, which is the shrunken score. */
    public double mean() {
        return alpha / (alpha + beta);
    }
}
