package org.survivorvoice.scoring.method;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns per-provider counts of one category, area and window into fair scores (design/SCORING.md):
 * target theta0, over-dispersion tau2, prior weight m, and per provider past the suppression gate a
 * shrunken score with interval and a funnel band. A pure function: no CDI, no database, no clock.
 *
 * <p>Edge cases, none of which throws:
 *
 * <ul>
 *   <li>No input, or no valid rating at all: theta0 is NaN, tau2 0, m the fixed weight, no units.
 *   <li>Every provider suppressed: theta0 still comes from their ratings; the unit list is empty.
 *   <li>n = 0: suppressed like any provider below the gate.
 *   <li>theta0 of 0 or 1 (everyone dissatisfied or everyone satisfied): every provider has p =
 *       theta0, so tau2 = 0, zD = 0, the band is WITHIN once classified (both the exact and the
 *       normal rule agree), and the interval is the point theta0.
 *   <li>No dimension answered: the secondary score is NaN.
 * </ul>
 *
 * Counts that no query can produce (x > n, negative counts) are rejected by {@link UnitCounts}; the
 * same provider code twice is rejected here, since it means the counts were grouped wrongly.
 */
public final class ScoreCalculator {

    /** Worst band first, then the better score first; the provider code only makes ties stable. */
    private static final Comparator<UnitScore> PUBLISHED_ORDER =
            Comparator.comparing(UnitScore::band)
                    .thenComparing(Comparator.comparingDouble(UnitScore::score).reversed())
                    .thenComparing(UnitScore::providerCode);

    private ScoreCalculator() {}

    /** Scores one category; see the class comment for the edge cases. */
    public static CategoryScores calculate(List<UnitCounts> counts, ScoringParameters params) {
        Set<String> codes = new HashSet<>();
        long totalN = 0;
        long totalX = 0;
        List<UnitCounts> compared = new ArrayList<>();
        for (UnitCounts unit : counts) {
            if (!codes.add(unit.providerCode())) {
                throw new IllegalArgumentException(
                        "provider " + unit.providerCode() + " appears twice");
            }
            // the target includes suppressed providers: their ratings are real, only hidden
            totalN += unit.n();
            totalX += unit.x();
            if (!isSuppressed(unit, params)) {
                compared.add(unit);
            }
        }
        double theta0 = totalN == 0 ? Double.NaN : (double) totalX / totalN;
        double tau2 = Overdispersion.tau2(compared, theta0, params);
        double m = Shrinkage.priorWeight(theta0, tau2, params);
        List<UnitScore> units =
                compared.stream()
                        .map(unit -> scoreUnit(unit, theta0, tau2, m, params))
                        .sorted(PUBLISHED_ORDER)
                        .toList();
        return new CategoryScores(
                theta0, tau2, m, compared.size(), counts.size() - compared.size(), units);
    }

    /** Whether a provider is held back: too few valid ratings or too few distinct raters. */
    public static boolean isSuppressed(UnitCounts unit, ScoringParameters params) {
        return unit.n() < params.minRatings() || unit.distinctRaters() < params.minDistinctRaters();
    }

    /**
     * Scores one provider past the suppression gate against given category values. Exposed so that
     * the worked example of SCORING.md, which fixes tau and m by hand, can be reproduced.
     */
    public static UnitScore scoreUnit(
            UnitCounts unit, double theta0, double tau2, double m, ScoringParameters params) {
        long n = unit.n();
        long x = unit.x();
        return new UnitScore(
                unit.providerCode(),
                n,
                x,
                (double) x / n,
                FunnelLimits.zScore(x, n, theta0, tau2),
                Shrinkage.score(x, n, theta0, m),
                Shrinkage.interval(x, n, theta0, m, params),
                FunnelLimits.band(x, n, theta0, tau2, params),
                FunnelLimits.method(n, tau2, params),
                secondaryScore(unit));
    }

    /** Mean of the answered dimensions mapped from the 1-5 scale to 0-100. */
    public static double secondaryScore(UnitCounts unit) {
        if (unit.answerCount() == 0) {
            return Double.NaN;
        }
        double mean = (double) unit.answerSum() / unit.answerCount();
        return (mean - UnitCounts.LOWEST_ANSWER)
                / (UnitCounts.HIGHEST_ANSWER - UnitCounts.LOWEST_ANSWER)
                * 100;
    }
}
