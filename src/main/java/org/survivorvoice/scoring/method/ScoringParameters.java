package org.survivorvoice.scoring.method;

/**
 * Every number of the scoring method (design/SCORING.md), so that none is hard-coded in the
 * calculator. A plain record so that a {@code @ConfigMapping} under {@code
 * survivor-voice.scoring.*} can build it; the suggested key of each component is given below with
 * its default.
 *
 * @param minRatings {@code survivor-voice.scoring.min-ratings} (11): fewer valid ratings suppress a
 *     provider.
 * @param minDistinctRaters {@code survivor-voice.scoring.min-distinct-raters} (11): fewer distinct
 *     raters suppress a provider.
 * @param classifyMinRatings {@code survivor-voice.scoring.classify-min-ratings} (20): fewer valid
 *     ratings give band INSUFFICIENT_DATA.
 * @param minUnitsForOverdispersion {@code survivor-voice.scoring.overdispersion.min-units} (10):
 *     fewer providers past suppression give tau2 = 0.
 * @param winsorLower {@code survivor-voice.scoring.overdispersion.winsor-lower} (0.10): lower
 *     percentile at which the z-scores are winsorised.
 * @param winsorUpper {@code survivor-voice.scoring.overdispersion.winsor-upper} (0.90): upper
 *     percentile at which the z-scores are winsorised.
 * @param alertLimit {@code survivor-voice.scoring.limits.alert-z} (1.96): |zD| beyond it is BELOW
 *     or ABOVE (95 % limit).
 * @param significantLimit {@code survivor-voice.scoring.limits.significant-z} (3.09): |zD| beyond
 *     it is SIGNIFICANTLY_BELOW or SIGNIFICANTLY_ABOVE (99.8 % limit).
 * @param exactAlertTail {@code survivor-voice.scoring.limits.exact-alert-tail} (0.025): binomial
 *     tail probability of the 95 % limit.
 * @param exactSignificantTail {@code survivor-voice.scoring.limits.exact-significant-tail} (0.001):
 *     binomial tail probability of the 99.8 % limit.
 * @param exactBelowRatings {@code survivor-voice.scoring.limits.exact-below-ratings} (100): with
 *     tau2 = 0, providers with fewer valid ratings are banded by exact binomial tails.
 * @param minShrinkage {@code survivor-voice.scoring.shrinkage.min} (5): smallest prior weight m.
 * @param maxShrinkage {@code survivor-voice.scoring.shrinkage.max} (50): largest prior weight m.
 * @param shrinkageWithoutOverdispersion {@code
 *     survivor-voice.scoring.shrinkage.without-overdispersion} (20): prior weight m when tau2 = 0.
 * @param intervalLower {@code survivor-voice.scoring.interval.lower} (0.05): Beta quantile of the
 *     interval's low end.
 * @param intervalUpper {@code survivor-voice.scoring.interval.upper} (0.95): Beta quantile of the
 *     interval's high end.
 * @param cusumOddsRatio {@code survivor-voice.scoring.cusum.odds-ratio} (2): deterioration the
 *     CUSUM is tuned to detect, as an odds ratio of dissatisfaction.
 * @param cusumThreshold {@code survivor-voice.scoring.cusum.threshold} (3.5): CUSUM alert threshold
 *     h.
 * @param cusumBusyThreshold {@code survivor-voice.scoring.cusum.busy-threshold} (4.0): threshold h
 *     for busy providers.
 * @param cusumBusyRatingsPerYear {@code survivor-voice.scoring.cusum.busy-ratings-per-year} (80):
 *     ratings a year from which a provider counts as busy.
 * @param satisfiedMinOverall {@code survivor-voice.scoring.satisfied-min-overall} (4): an overall
 *     answer at least this counts as satisfied.
 * @param dissatisfiedMaxOverall {@code survivor-voice.scoring.dissatisfied-max-overall} (2): an
 *     overall answer at most this counts as dissatisfied.
 */
public record ScoringParameters(
        int minRatings,
        int minDistinctRaters,
        int classifyMinRatings,
        int minUnitsForOverdispersion,
        double winsorLower,
        double winsorUpper,
        double alertLimit,
        double significantLimit,
        double exactAlertTail,
        double exactSignificantTail,
        int exactBelowRatings,
        double minShrinkage,
        double maxShrinkage,
        double shrinkageWithoutOverdispersion,
        double intervalLower,
        double intervalUpper,
        double cusumOddsRatio,
        double cusumThreshold,
        double cusumBusyThreshold,
        int cusumBusyRatingsPerYear,
        int satisfiedMinOverall,
        int dissatisfiedMaxOverall) {

    /** Rejects combinations under which the method's formulas lose their meaning. */
    public ScoringParameters {
        require(minRatings >= 1, "min-ratings must be at least 1");
        require(minDistinctRaters >= 0, "min-distinct-raters must not be negative");
        require(classifyMinRatings >= minRatings, "classify-min-ratings must be >= min-ratings");
        // tau2's denominator sum(w) - sum(w^2)/sum(w) is zero for a single unit
        require(minUnitsForOverdispersion >= 2, "overdispersion.min-units must be at least 2");
        require(
                0 <= winsorLower && winsorLower <= winsorUpper && winsorUpper <= 1,
                "winsor percentiles must satisfy 0 <= lower <= upper <= 1");
        require(
                0 < alertLimit && alertLimit <= significantLimit,
                "limits must satisfy 0 < alert-z <= significant-z");
        require(
                0 < exactSignificantTail
                        && exactSignificantTail <= exactAlertTail
                        && exactAlertTail < 0.5,
                "tails must satisfy 0 < exact-significant-tail <= exact-alert-tail < 0.5");
        require(exactBelowRatings >= 0, "exact-below-ratings must not be negative");
        require(
                0 < minShrinkage && minShrinkage <= maxShrinkage,
                "shrinkage must satisfy 0 < min <= max");
        require(shrinkageWithoutOverdispersion > 0, "shrinkage.without-overdispersion must be > 0");
        require(
                0 < intervalLower && intervalLower < intervalUpper && intervalUpper < 1,
                "interval quantiles must satisfy 0 < lower < upper < 1");
        require(cusumOddsRatio > 0, "cusum.odds-ratio must be > 0");
        require(cusumThreshold > 0 && cusumBusyThreshold > 0, "cusum thresholds must be > 0");
        require(cusumBusyRatingsPerYear >= 0, "cusum.busy-ratings-per-year must not be negative");
        require(
                1 <= dissatisfiedMaxOverall
                        && dissatisfiedMaxOverall < satisfiedMinOverall
                        && satisfiedMinOverall <= 5,
                "overall cut-offs must satisfy 1 <= dissatisfied-max < satisfied-min <= 5");
    }

    /** The defaults of design/SCORING.md. */
    public static ScoringParameters defaults() {
        return new ScoringParameters(
                11, 11, 20, 10, 0.10, 0.90, 1.96, 3.09, 0.025, 0.001, 100, 5, 50, 20, 0.05, 0.95, 2,
                3.5, 4.0, 80, 4, 2);
    }

    /** Whether an overall answer (1-5) counts towards x, the satisfied ratings. */
    public boolean isSatisfied(int overall) {
        return overall >= satisfiedMinOverall;
    }

    /** Whether an overall answer (1-5) counts as dissatisfied for the CUSUM. */
    public boolean isDissatisfied(int overall) {
        return overall <= dissatisfiedMaxOverall;
    }

    /**
     * The CUSUM threshold for a provider: busy providers get the higher one, because more ratings a
     * year would otherwise mean more false alarms a year.
     */
    public double cusumThresholdFor(double ratingsPerYear) {
        return ratingsPerYear >= cusumBusyRatingsPerYear ? cusumBusyThreshold : cusumThreshold;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
