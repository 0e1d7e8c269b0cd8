package org.survivorvoice.scoring.method;

import org.apache.commons.statistics.distribution.BetaDistribution;

/**
 * The displayed score, shrunk towards the category target (design/SCORING.md): a provider with few
 * ratings shows close to theta0, one with many close to its own share, so that small providers do
 * not top or bottom a list by chance.
 */
public final class Shrinkage {

    private Shrinkage() {}

    /**
     * Prior weight m: {@code clamp(theta0 (1 - theta0) / tau2 - 1, min, max)}, or the fixed weight
     * when tau2 = 0 (the formula would be infinite).
     */
    public static double priorWeight(double theta0, double tau2, ScoringParameters params) {
        if (tau2 <= 0) {
            return params.shrinkageWithoutOverdispersion();
        }
        double m = theta0 * (1 - theta0) / tau2 - 1;
        return Math.min(Math.max(m, params.minShrinkage()), params.maxShrinkage());
    }

    /** Shrunken score {@code (x + m theta0) / (n + m)}, the mean of the Beta posterior. */
    public static double score(long x, long n, double theta0, double m) {
        return (x + m * theta0) / (n + m);
    }

    /**
     * The posterior {@code Beta(x + m theta0, n - x + m (1 - theta0))} of x satisfied ratings in n
     * against target theta0 with prior weight m: the one place this formula is written.
     */
    public static BetaPosterior posterior(long x, long n, double theta0, double m) {
        return new BetaPosterior(x + m * theta0, n - x + m * (1 - theta0));
    }

    /**
     * Quantiles of the {@link #posterior}. When theta0 is 0 or 1 one parameter is 0 and the
     * posterior is a point mass at 0 or 1, so the interval is that point.
     */
    public static ScoreInterval interval(
            long x, long n, double theta0, double m, ScoringParameters params) {
        BetaPosterior posterior = posterior(x, n, theta0, m);
        if (posterior.alpha() == 0) {
            return new ScoreInterval(0, 0);
        }
        if (posterior.beta() == 0) {
            return new ScoreInterval(1, 1);
        }
        BetaDistribution distribution = BetaDistribution.of(posterior.alpha(), posterior.beta());
        return new ScoreInterval(
                distribution.inverseCumulativeProbability(params.intervalLower()),
                distribution.inverseCumulativeProbability(params.intervalUpper()));
    }
}
