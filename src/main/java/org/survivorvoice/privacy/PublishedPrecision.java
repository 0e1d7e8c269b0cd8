package org.survivorvoice.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.survivorvoice.scoring.method.Band;
import org.survivorvoice.scoring.method.FunnelLimits;
import org.survivorvoice.scoring.method.ScoringParameters;
import org.survivorvoice.scoring.method.Shrinkage;

/**
 * The published precision of one comparison group's provider figures (design/SCORING.md, "Published
 * precision", k = 5): what one output says about a provider (ratings band, band, score, interval,
 * verified share, funnel position), read with the group's exact theta0, tau2 and m, leaves at least
 * k pairs (n, x) that would have been published identically. Pure: no CDI, no database.
 *
 * <p>How: for a ratings band of five (n in {@code [lo, lo + 4]}, never below the suppression gate)
 * every pair (n, x) a reader must consider is enumerated and banded exactly as the calculator bands
 * a real provider. A band holding fewer than k of these pairs is published as its neighbour towards
 * WITHIN (so a rare "all 24 satisfied, ABOVE" cannot single itself out). The pairs of each
 * published band are sorted by their exact score and cut into runs of k (a shorter last run joins
 * the one before); a provider's published score is the middle of its run's score range, rounded to
 * a whole percent. The cut depends only on what is published (group numbers and ratings band), so a
 * reader who knows this method still faces the whole run. The interval is the 90 % interval of a
 * provider with the fewest ratings of the band and the published score, and the verified share is
 * rounded to a tenth (with n >= 10 every n of the band has a count that rounds to any tenth): both
 * are functions of what is already published and add nothing. A funnel point is drawn at the band's
 * middle count with the share that its published score implies there.
 *
 * <p>One instance serves one group in one run; layouts of ratings bands are cached.
 */
public final class PublishedPrecision {

    /** Fewest (n, x) pairs a published provider must leave a reader: k of SCORING.md. */
    public static final int MIN_CANDIDATES = 5;

    private static final int BAND_WIDTH = 5;

    private final double theta0;
    private final double tau2;
    private final double m;
    private final ScoringParameters params;
    private final int k;
    private final Map<Long, Layout> layouts = new HashMap<>();

    /**
     * @param theta0 the group's target (0 to 1)
     * @param tau2 the group's over-dispersion
     * @param m the group's prior weight
     */
    public PublishedPrecision(double theta0, double tau2, double m, ScoringParameters params) {
        this(theta0, tau2, m, params, MIN_CANDIDATES);
    }

    PublishedPrecision(double theta0, double tau2, double m, ScoringParameters params, int k) {
        if (!(theta0 >= 0 && theta0 <= 1)) {
            throw new IllegalArgumentException("theta0 must be between 0 and 1");
        }
        this.theta0 = theta0;
        this.tau2 = tau2;
        this.m = m;
        this.params = params;
        this.k = k;
    }

    /**
     * The figures published for a provider past the suppression gate.
     *
     * @param n valid ratings in the window (at least the suppression gate)
     * @param x satisfied ratings
     * @param verifiedN verified ratings among the n
     */
    public PublishedFigures publish(long n, long x, long verifiedN) {
        if (n < params.minRatings() || x < 0 || x > n || verifiedN < 0 || verifiedN > n) {
            throw new IllegalArgumentException("counts of a listed provider expected");
        }
        long lo = n / BAND_WIDTH * BAND_WIDTH;
        Layout layout = layouts.computeIfAbsent(lo, this::layout);
        Cell cell = layout.cells.get(key(n, x));
        long first = Math.max(lo, params.minRatings());
        long funnelN = Math.max(first, lo + BAND_WIDTH / 2);
        double[] interval = interval(cell.score, first);
        return new PublishedFigures(
                lo,
                cell.band,
                cell.score,
                interval[0],
                interval[1],
                Math.round(verifiedN * 10.0 / n) / 10.0,
                funnelN,
                funnelShare(cell.score, funnelN),
                cell.candidates);
    }

    /**
     * Every pair (n, x) of the figures' ratings band that this group would have published with the
     * same band and score (and so with the same interval and funnel position), as {@code {n, x}}.
     */
    public List<long[]> pairs(PublishedFigures figures) {
        long lo = figures.ratingsLow();
        Layout layout = layouts.computeIfAbsent(lo, this::layout);
        List<long[]> pairs = new ArrayList<>();
        for (long n = Math.max(lo, params.minRatings()); n < lo + BAND_WIDTH; n++) {
            for (long x = 0; x <= n; x++) {
                Cell cell = layout.cells.get(key(n, x));
                if (cell.band == figures.band() && cell.score == figures.score()) {
                    pairs.add(new long[] {n, x});
                }
            }
        }
        return pairs;
    }

    /** How many (n, x) pairs of the ratings band share the published figures of (n, x). */
    public int candidates(long n, long x) {
        return publish(n, x, 0).candidates();
    }

    private Layout layout(long lo) {
        long first = Math.max(lo, params.minRatings());
        Map<Band, List<Pair>> byBand = new EnumMap<>(Band.class);
        for (long n = first; n < lo + BAND_WIDTH; n++) {
            for (long x = 0; x <= n; x++) {
                Band band = FunnelLimits.band(x, n, theta0, tau2, params);
                byBand.computeIfAbsent(band, b -> new ArrayList<>())
                        .add(new Pair(n, x, Shrinkage.score(x, n, theta0, m)));
            }
        }
        mergeTowardsWithin(byBand, Band.SIGNIFICANTLY_BELOW, Band.BELOW);
        mergeTowardsWithin(byBand, Band.BELOW, Band.WITHIN);
        mergeTowardsWithin(byBand, Band.SIGNIFICANTLY_ABOVE, Band.ABOVE);
        mergeTowardsWithin(byBand, Band.ABOVE, Band.WITHIN);
        mergeSmallIntoLargest(byBand);
        Map<Long, Cell> cells = new HashMap<>();
        for (var entry : byBand.entrySet()) {
            List<Pair> pairs = entry.getValue();
            pairs.sort(
                    Comparator.comparingDouble(Pair::score)
                            .thenComparingLong(Pair::n)
                            .thenComparingLong(Pair::x));
            List<List<Pair>> runs = runs(pairs);
            // runs whose rounded scores coincide are one published value: count them together
            Map<Double, Integer> sizes = new HashMap<>();
            List<Double> scores = new ArrayList<>();
            for (List<Pair> run : runs) {
                double score = rounded(run);
                scores.add(score);
                sizes.merge(score, run.size(), Integer::sum);
            }
            for (int i = 0; i < runs.size(); i++) {
                double score = scores.get(i);
                for (Pair p : runs.get(i)) {
                    cells.put(key(p.n, p.x), new Cell(entry.getKey(), score, sizes.get(score)));
                }
            }
        }
        return new Layout(cells);
    }

    /** Moves a band's pairs into its neighbour towards WITHIN when they are fewer than k. */
    private void mergeTowardsWithin(Map<Band, List<Pair>> byBand, Band from, Band into) {
        List<Pair> pairs = byBand.get(from);
        if (pairs != null && pairs.size() < k) {
            byBand.remove(from);
            byBand.computeIfAbsent(into, b -> new ArrayList<>()).addAll(pairs);
        }
    }

    /**
     * A band still holding fewer than k pairs (only where theta0 is 0 or 1, so that WITHIN itself
     * is a handful of pairs) is published as the band holding the most pairs.
     */
    private void mergeSmallIntoLargest(Map<Band, List<Pair>> byBand) {
        Band largest =
                byBand.entrySet().stream()
                        .max(Comparator.comparingInt(e -> e.getValue().size()))
                        .orElseThrow()
                        .getKey();
        for (Band band : List.copyOf(byBand.keySet())) {
            if (band != largest && byBand.get(band).size() < k) {
                byBand.get(largest).addAll(byBand.remove(band));
            }
        }
    }

    /** Consecutive runs of k pairs in score order; a shorter last run joins the one before. */
    private List<List<Pair>> runs(List<Pair> sorted) {
        List<List<Pair>> runs = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i += k) {
            runs.add(new ArrayList<>(sorted.subList(i, Math.min(i + k, sorted.size()))));
        }
        if (runs.size() > 1 && runs.get(runs.size() - 1).size() < k) {
            runs.get(runs.size() - 2).addAll(runs.remove(runs.size() - 1));
        }
        return runs;
    }

    private static double rounded(List<Pair> run) {
        double middle = (run.get(0).score + run.get(run.size() - 1).score) / 2;
        return percent(middle);
    }

    /** The interval of a provider with {@code n} ratings and the given score, rounded outwards. */
    private double[] interval(double score, long n) {
        double alpha = score * (n + m);
        double beta = (1 - score) * (n + m);
        if (alpha <= 0 || beta <= 0) {
            return new double[] {score, score};
        }
        BetaDistribution posterior = BetaDistribution.of(alpha, beta);
        double low = posterior.inverseCumulativeProbability(params.intervalLower());
        double high = posterior.inverseCumulativeProbability(params.intervalUpper());
        return new double[] {
            Math.min(score, Math.floor(low * 100 + 1e-9) / 100),
            Math.max(score, Math.ceil(high * 100 - 1e-9) / 100)
        };
    }

    /** The raw share that a provider with n ratings and this score would have. */
    private double funnelShare(double score, long n) {
        double p = (score * (n + m) - m * theta0) / n;
        return Math.round(Math.min(1, Math.max(0, p)) * 1000) / 1000.0;
    }

    /** A fraction rounded to a whole percent. */
    public static double percent(double fraction) {
        return Math.round(fraction * 100) / 100.0;
    }

    private static long key(long n, long x) {
        return (n << 32) | x;
    }

    private record Pair(long n, long x, double score) {}

    private record Cell(Band band, double score, int candidates) {}

    private record Layout(Map<Long, Cell> cells) {}
}
