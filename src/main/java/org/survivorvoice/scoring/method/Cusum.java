package org.survivorvoice.scoring.method;

import java.util.ArrayList;
import java.util.List;

/**
 * Bernoulli CUSUM on dissatisfaction for one provider (design/SCORING.md, Deterioration alerts): it
 * accumulates evidence that the provider's odds of a dissatisfied rating have risen by the odds
 * ratio above the category rate p0, and alerts when that evidence exceeds a threshold h. Pure and
 * immutable; internal alerts only, never funder output.
 *
 * <p>Each rating adds the log-likelihood ratio of "odds times OR" against "rate p0": {@code w = y
 * ln(OR) - ln(1 - p0 + OR p0)}, with y = 1 for a dissatisfied rating. For OR = 2 this is the {@code
 * w = y ln 2 - ln(1 + p0)} of SCORING.md. {@code S = max(0, S + w)}; an alert when {@code S > h},
 * after which S restarts at 0 so that one deterioration is not reported again and again.
 */
public final class Cusum {

    private final double threshold;
    private final double dissatisfiedWeight;
    private final double otherWeight;

    /**
     * @param p0 in-control dissatisfaction rate, between 0 and 1
     * @param oddsRatio deterioration to detect, above 0
     * @param threshold alert threshold h, above 0
     */
    public Cusum(double p0, double oddsRatio, double threshold) {
        if (!(p0 >= 0 && p0 <= 1)) {
            throw new IllegalArgumentException("p0 must lie between 0 and 1");
        }
        if (!(oddsRatio > 0) || !(threshold > 0)) {
            throw new IllegalArgumentException("odds ratio and threshold must be above 0");
        }
        this.threshold = threshold;
        double normaliser = Math.log(1 - p0 + oddsRatio * p0);
        this.dissatisfiedWeight = Math.log(oddsRatio) - normaliser;
        this.otherWeight = -normaliser;
    }

    /**
     * The CUSUM of a provider in a category whose dissatisfaction rate is p0, with the threshold
     * for its yearly number of ratings.
     */
    public static Cusum forProvider(double p0, double ratingsPerYear, ScoringParameters params) {
        return new Cusum(p0, params.cusumOddsRatio(), params.cusumThresholdFor(ratingsPerYear));
    }

    /** The alert threshold h. */
    public double threshold() {
        return threshold;
    }

    /** The weight w one rating adds. */
    public double weight(boolean dissatisfied) {
        return dissatisfied ? dissatisfiedWeight : otherWeight;
    }

    /** Runs the CUSUM from 0 over observations in time order. */
    public <K> CusumResult<K> run(List<CusumObservation<K>> observations) {
        return run(observations, 0);
    }

    /**
     * Runs the CUSUM over observations in time order, continuing from an earlier final statistic.
     */
    public <K> CusumResult<K> run(List<CusumObservation<K>> observations, double startStatistic) {
        if (!(startStatistic >= 0)) {
            throw new IllegalArgumentException("a CUSUM statistic is never negative");
        }
        List<CusumAlert<K>> alerts = new ArrayList<>();
        double s = startStatistic;
        for (int i = 0; i < observations.size(); i++) {
            CusumObservation<K> observation = observations.get(i);
            s = Math.max(0, s + weight(observation.dissatisfied()));
            if (s > threshold) {
                alerts.add(new CusumAlert<>(observation.key(), i, s));
                s = 0;
            }
        }
        return new CusumResult<>(alerts, s);
    }
}
