package org.survivorvoice.scoring.method;

import java.util.Arrays;
import java.util.List;

/**
 * The random-effects over-dispersion tau2 of a category (design/SCORING.md): how much providers
 * differ beyond binomial chance. Without it, a category with many providers and real but modest
 * differences would flag a large share of them; tau2 widens the funnel to the spread actually seen.
 */
public final class Overdispersion {

    private Overdispersion() {}

    /**
     * tau2 over the providers past the suppression gate. 0 when there are fewer of them than {@link
     * ScoringParameters#minUnitsForOverdispersion()} (too few to estimate a spread), and 0 when
     * theta0 is 0 or 1 (no provider can then differ from the target, and every z is undefined).
     *
     * @param compared providers past the suppression gate, each with n >= 1
     * @param theta0 the category target
     */
    public static double tau2(List<UnitCounts> compared, double theta0, ScoringParameters params) {
        int units = compared.size();
        if (units < params.minUnitsForOverdispersion() || !(theta0 > 0 && theta0 < 1)) {
            return 0;
        }
        double[] z = new double[units];
        double sumW = 0;
        double sumW2 = 0;
        for (int i = 0; i < units; i++) {
            UnitCounts unit = compared.get(i);
            double variance = theta0 * (1 - theta0) / unit.n();
            z[i] = ((double) unit.x() / unit.n() - theta0) / Math.sqrt(variance);
            double w = 1 / variance;
            sumW += w;
            sumW2 += w * w;
        }
        double[] sorted = z.clone();
        Arrays.sort(sorted);
        double low = percentile(sorted, params.winsorLower());
        double high = percentile(sorted, params.winsorUpper());
        double sumSquares = 0;
        for (double zi : z) {
            // winsorising stops one extreme provider from inflating tau2 and hiding itself
            double winsorised = Math.min(Math.max(zi, low), high);
            sumSquares += winsorised * winsorised;
        }
        double phi = sumSquares / units;
        return Math.max(0, (units * phi - (units - 1)) / (sumW - sumW2 / sumW));
    }

    /**
     * Percentile by linear interpolation between order statistics, R's type 7 (the default of R,
     * NumPy and spreadsheets): position h = (N - 1) probability, counted from 0.
     *
     * @param sorted values in ascending order, at least one
     * @param probability between 0 and 1
     */
    public static double percentile(double[] sorted, double probability) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability must lie between 0 and 1");
        }
        double h = (sorted.length - 1) * probability;
        int below = (int) Math.floor(h);
        if (below >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        return sorted[below] + (h - below) * (sorted[below + 1] - sorted[below]);
    }
}
