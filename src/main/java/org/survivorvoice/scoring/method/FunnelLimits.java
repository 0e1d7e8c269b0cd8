package org.survivorvoice.scoring.method;

import org.apache.commons.statistics.distribution.BinomialDistribution;

/**
 * The funnel of design/SCORING.md: each provider is compared with the range expected for its number
 * of ratings, never with the other providers' ranks.
 */
public final class FunnelLimits {

    private FunnelLimits() {}

    /**
     * zD = (p - theta0) / sqrt(theta0 (1 - theta0) / n + tau2). When the provider's share equals
     * the target it is 0, also when the variance is 0 (theta0 of 0 or 1 with tau2 = 0, where every
     * provider of the category has p = theta0).
     *
     * @param n valid ratings, at least 1
     */
    public static double zScore(long x, long n, double theta0, double tau2) {
        if (n < 1) {
            throw new IllegalArgumentException("zD needs at least one rating");
        }
        double deviation = (double) x / n - theta0;
        if (deviation == 0) {
            return 0;
        }
        return deviation / Math.sqrt(theta0 * (1 - theta0) / n + tau2);
    }

    /**
     * The funnel line at z for n ratings, {@code theta0 + z sqrt(theta0 (1 - theta0) / n + tau2)},
     * for charts (z = plus or minus 1.96 and 3.09); not clipped to [0, 1].
     */
    public static double limit(double theta0, double tau2, long n, double z) {
        return theta0 + z * Math.sqrt(theta0 * (1 - theta0) / n + tau2);
    }

    /** How a provider with n ratings is banded, given the category's tau2. */
    public static BandMethod method(long n, double tau2, ScoringParameters params) {
        if (n < params.classifyMinRatings()) {
            return BandMethod.NOT_CLASSIFIED;
        }
        if (tau2 == 0 && n < params.exactBelowRatings()) {
            return BandMethod.EXACT_BINOMIAL;
        }
        return BandMethod.NORMAL_APPROXIMATION;
    }

    /**
     * The band of a provider past the suppression gate: INSUFFICIENT_DATA below 20 ratings, else by
     * exact tails or by zD as {@link #method} decides.
     */
    public static Band band(long x, long n, double theta0, double tau2, ScoringParameters params) {
        return switch (method(n, tau2, params)) {
            case NOT_CLASSIFIED -> Band.INSUFFICIENT_DATA;
            case EXACT_BINOMIAL -> exactBinomialBand(x, n, theta0, params);
            case NORMAL_APPROXIMATION -> bandForZ(zScore(x, n, theta0, tau2), params);
        };
    }

    /**
     * The band of a zD, with the inequalities of the band table: -1.96 and 1.96 themselves are
     * WITHIN, -3.09 is BELOW and 3.09 is ABOVE.
     */
    public static Band bandForZ(double zD, ScoringParameters params) {
        if (Double.isNaN(zD)) {
            throw new IllegalArgumentException("zD is not a number");
        }
        if (zD < -params.significantLimit()) {
            return Band.SIGNIFICANTLY_BELOW;
        }
        if (zD < -params.alertLimit()) {
            return Band.BELOW;
        }
        if (zD <= params.alertLimit()) {
            return Band.WITHIN;
        }
        if (zD <= params.significantLimit()) {
            return Band.ABOVE;
        }
        return Band.SIGNIFICANTLY_ABOVE;
    }

    /**
     * The band by exact binomial tails, X ~ Binomial(n, theta0): below the 99.8 % limit when P(X <=
     * x) < 0.001, below the 95 % limit when P(X <= x) < 0.025, and above them when P(X >= x) is
     * below the same tail probabilities. Both tails cannot be small together, since they sum to at
     * least 1.
     *
     * @param n valid ratings, below {@link ScoringParameters#exactBelowRatings()}
     */
    public static Band exactBinomialBand(long x, long n, double theta0, ScoringParameters params) {
        if (n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many ratings for exact tails");
        }
        BinomialDistribution chance = BinomialDistribution.of((int) n, theta0);
        double atMost = chance.cumulativeProbability((int) x);
        // survivalProbability(k) is P(X > k), so P(X >= x) is survivalProbability(x - 1)
        double atLeast = chance.survivalProbability((int) x - 1);
        if (atMost < params.exactSignificantTail()) {
            return Band.SIGNIFICANTLY_BELOW;
        }
        if (atMost < params.exactAlertTail()) {
            return Band.BELOW;
        }
        if (atLeast < params.exactSignificantTail()) {
            return Band.SIGNIFICANTLY_ABOVE;
        }
        if (atLeast < params.exactAlertTail()) {
            return Band.ABOVE;
        }
        return Band.WITHIN;
    }
}
