package org.survivorvoice.scoring.disclosure;

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
        PairSegment segment = layouts.computeIfAbsent(lo, this::layout).segment(n, x);
        double score = segment.score(x);
        long first = Math.max(lo, params.minRatings());
        long funnelN = Math.max(first, lo + BAND_WIDTH / 2);
        double[] interval = interval(score, first);
        return new PublishedFigures(
                lo,
                segment.published,
                score,
                interval[0],
                interval[1],
                Math.round(verifiedN * 10.0 / n) / 10.0,
                funnelN,
                funnelShare(score, funnelN),
                segment.runs.candidates(score));
    }

    /**
     * Every pair (n, x) of the figures' ratings band that this group would have published with the
     * same band and score (and so with the same interval and funnel position), as {@code {n, x}}.
     */
    public List<long[]> pairs(PublishedFigures figures) {
        long lo = figures.ratingsLow();
        Layout layout = layouts.computeIfAbsent(lo, this::layout);
        List<long[]> pairs = new ArrayList<>();
        for (PairSegment segment : layout.segments) {
            if (segment.published != figures.band()) {
                continue;
            }
            for (long x = segment.from; x <= segment.to; x++) {
                if (segment.score(x) == figures.score()) {
                    pairs.add(new long[] {segment.n, x});
                }
            }
        }
        return pairs;
    }

    /** How many (n, x) pairs of the ratings band share the published figures of (n, x). */
    public int candidates(long n, long x) {
        return publish(n, x, 0).candidates();
    }

    /**
     * The layout of a ratings band: for each n its x split into runs of one exact band each (the
     * band is monotone in x), the bands merged as the class comment says, and each published band's
     * pairs ranked by exact score. Never materialises a sort of all pairs: the runs of one n are
     * already in score order, so a merge of at most 30 runs ranks them.
     */
    private Layout layout(long lo) {
        long first = Math.max(lo, params.minRatings());
        List<PairSegment> all = new ArrayList<>();
        Map<Band, List<PairSegment>> byBand = new EnumMap<>(Band.class);
        for (long n = first; n < lo + BAND_WIDTH; n++) {
            for (PairSegment segment : segments(n)) {
                all.add(segment);
                byBand.computeIfAbsent(segment.exact, b -> new ArrayList<>()).add(segment);
            }
        }
        mergeTowardsWithin(byBand, Band.SIGNIFICANTLY_BELOW, Band.BELOW);
        mergeTowardsWithin(byBand, Band.BELOW, Band.WITHIN);
        mergeTowardsWithin(byBand, Band.SIGNIFICANTLY_ABOVE, Band.ABOVE);
        mergeTowardsWithin(byBand, Band.ABOVE, Band.WITHIN);
        mergeSmallIntoLargest(byBand);
        for (var entry : byBand.entrySet()) {
            rank(entry.getKey(), entry.getValue());
        }
        return new Layout(all);
    }

    /** The runs of x of one n that fall in one exact band each, in x order. */
    private List<PairSegment> segments(long n) {
        List<PairSegment> segments = new ArrayList<>();
        if (n < params.classifyMinRatings()) {
            segments.add(new PairSegment(n, 0, n, Band.INSUFFICIENT_DATA));
            return segments;
        }
        Band[] order = {
            Band.SIGNIFICANTLY_BELOW, Band.BELOW, Band.WITHIN, Band.ABOVE, Band.SIGNIFICANTLY_ABOVE
        };
        long from = 0;
        for (int i = 0; i < order.length; i++) {
            long next = i + 1 < order.length ? firstAtLeast(n, i + 1) : n + 1;
            if (next > from) {
                segments.add(new PairSegment(n, from, next - 1, order[i]));
                from = next;
            }
        }
        return segments;
    }

    /**
     * The smallest x whose band is at least the given one in worst-to-best order; n + 1 if none.
     */
    private long firstAtLeast(long n, int ordinal) {
        long low = 0;
        long high = n + 1;
        while (low < high) {
            long mid = (low + high) >>> 1;
            if (FunnelLimits.band(mid, n, theta0, tau2, params).ordinal() >= ordinal) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    /** Moves a band's pairs into its neighbour towards WITHIN when they are fewer than k. */
    private void mergeTowardsWithin(Map<Band, List<PairSegment>> byBand, Band from, Band into) {
        List<PairSegment> segments = byBand.get(from);
        if (segments != null && size(segments) < k) {
            byBand.remove(from);
            byBand.computeIfAbsent(into, b -> new ArrayList<>()).addAll(segments);
        }
    }

    /**
     * A band still holding fewer than k pairs (only where theta0 is 0 or 1, so that WITHIN itself
     * is a handful of pairs) is published as the band holding the most pairs.
     */
    private void mergeSmallIntoLargest(Map<Band, List<PairSegment>> byBand) {
        Band largest =
                byBand.entrySet().stream()
                        .max(Comparator.comparingLong(e -> size(e.getValue())))
                        .orElseThrow()
                        .getKey();
        for (Band band : List.copyOf(byBand.keySet())) {
            if (band != largest && size(byBand.get(band)) < k) {
                byBand.get(largest).addAll(byBand.remove(band));
            }
        }
    }

    private static long size(List<PairSegment> segments) {
        long size = 0;
        for (PairSegment s : segments) {
            size += s.to - s.from + 1;
        }
        return size;
    }

    /**
     * Ranks the pairs of one published band by (exact score, n, x), cuts them into runs of k (a
     * shorter last run joins the one before) and gives every segment its pairs' ranks.
     */
    private void rank(Band published, List<PairSegment> segments) {
        int total = (int) size(segments);
        double[] sorted = new double[total];
        long[] next = new long[segments.size()];
        for (int i = 0; i < segments.size(); i++) {
            PairSegment s = segments.get(i);
            s.published = published;
            s.ranks = new int[(int) (s.to - s.from + 1)];
            next[i] = s.from;
        }
        for (int rank = 0; rank < total; rank++) {
            int best = -1;
            double bestScore = 0;
            for (int i = 0; i < segments.size(); i++) {
                PairSegment s = segments.get(i);
                if (next[i] > s.to) {
                    continue;
                }
                double score = Shrinkage.score(next[i], s.n, theta0, m);
                if (best < 0
                        || score < bestScore
                        || (score == bestScore
                                && before(s, next[i], segments.get(best), next[best]))) {
                    best = i;
                    bestScore = score;
                }
            }
            PairSegment s = segments.get(best);
            s.ranks[(int) (next[best] - s.from)] = rank;
            sorted[rank] = bestScore;
            next[best]++;
        }
        ScoreRuns runs = new ScoreRuns(sorted, k);
        segments.forEach(s -> s.runs = runs);
    }

    /** Tie order of equal scores: the smaller n first, then the smaller x. */
    private static boolean before(PairSegment a, long ax, PairSegment b, long bx) {
        return a.n < b.n || (a.n == b.n && ax < bx);
    }

    /** Every segment of a ratings band. */
    private record Layout(List<PairSegment> segments) {
        PairSegment segment(long n, long x) {
            for (PairSegment s : segments) {
                if (s.n == n && x >= s.from && x <= s.to) {
                    return s;
                }
            }
            throw new IllegalStateException("no segment holds the pair");
        }
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
}
