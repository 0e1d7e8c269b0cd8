package org.survivorvoice.reports.chart;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.survivorvoice.scoring.method.Band;
import org.survivorvoice.scoring.method.BandMethod;
import org.survivorvoice.scoring.method.FunnelLimits;
import org.survivorvoice.scoring.method.ScoringParameters;

/**
 * The four limit lines of a funnel plot, computed so that a point lies beyond a line exactly when
 * scoring gave it the band beyond that line. Where scoring bands by zD, the line is {@link
 * FunnelLimits#limit}; where it bands by exact binomial tails (tau2 = 0 and fewer than {@link
 * ScoringParameters#exactBelowRatings()} ratings) the normal-approximation curve would disagree
 * with the bands near the limit, so the line there is the exact boundary found with {@link
 * FunnelLimits#exactBinomialBand}: the smallest x/n that is not below (the largest that is not
 * above). Lines start at {@link ScoringParameters#classifyMinRatings()}: below it providers get no
 * verdict, and a line would suggest one.
 */
public enum FunnelLine {
    /** The 99.8 % limit below: points under it are SIGNIFICANTLY_BELOW. */
    LOWER_SIGNIFICANT(-1, true, EnumSet.of(Band.SIGNIFICANTLY_BELOW)),
    /** The 95 % limit below: points under it are BELOW or worse. */
    LOWER_ALERT(-1, false, EnumSet.of(Band.SIGNIFICANTLY_BELOW, Band.BELOW)),
    /** The 95 % limit above: points over it are ABOVE or better. */
    UPPER_ALERT(1, false, EnumSet.of(Band.SIGNIFICANTLY_ABOVE, Band.ABOVE)),
    /** The 99.8 % limit above: points over it are SIGNIFICANTLY_ABOVE. */
    UPPER_SIGNIFICANT(1, true, EnumSet.of(Band.SIGNIFICANTLY_ABOVE));

    /** Integer steps up to here, then steps of 2 %: smooth at any chart width. */
    private static final long DENSE_UP_TO = 200;

    private final int side;
    private final boolean significant;
    private final Set<Band> beyond;

    FunnelLine(int side, boolean significant, Set<Band> beyond) {
        this.side = side;
        this.significant = significant;
        this.beyond = beyond;
    }

    /** Whether this is a 99.8 % line (drawn solid) rather than a 95 % one (dashed). */
    public boolean significant() {
        return significant;
    }

    /**
     * The line's share satisfied at n ratings, 0 to 1 where exact, otherwise not clipped (the
     * normal curve may leave [0, 1] for small n).
     */
    public double at(long n, double theta0, double tau2, ScoringParameters params) {
        if (FunnelLimits.method(n, tau2, params) == BandMethod.EXACT_BINOMIAL) {
            return exactBoundary(n, theta0, params) / (double) n;
        }
        double z = significant ? params.significantLimit() : params.alertLimit();
        return FunnelLimits.limit(theta0, tau2, n, side * z);
    }

    /** The n at which the line is drawn, from the first classified n to {@code maxN}. */
    public static List<Long> sampleNs(long maxN, ScoringParameters params) {
        List<Long> ns = new ArrayList<>();
        long n = params.classifyMinRatings();
        while (n <= maxN) {
            ns.add(n);
            n = n < DENSE_UP_TO ? n + 1 : Math.max(n + 1, Math.round(n * 1.02));
        }
        if (ns.isEmpty() || ns.get(ns.size() - 1) != maxN) {
            ns.add(Math.max(maxN, params.classifyMinRatings()));
        }
        return ns;
    }

    /**
     * Below: the smallest x not beyond the line; above: the largest. Beyond-ness is monotone in x
     * (P(X <= x) grows with x, P(X >= x) shrinks), so a binary search finds the boundary.
     */
    private long exactBoundary(long n, double theta0, ScoringParameters params) {
        long low = 0;
        long high = n;
        if (side < 0) {
            // smallest x in [0, n] with !beyond(x); n itself is never below
            while (low < high) {
                long mid = (low + high) >>> 1;
                if (isBeyond(mid, n, theta0, params)) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }
        // largest x in [0, n] with !beyond(x); 0 is never above
        while (low < high) {
            long mid = (low + high + 1) >>> 1;
            if (isBeyond(mid, n, theta0, params)) {
                high = mid - 1;
            } else {
                low = mid;
            }
        }
        return low;
    }

    private boolean isBeyond(long x, long n, double theta0, ScoringParameters params) {
        return beyond.contains(FunnelLimits.exactBinomialBand(x, n, theta0, params));
    }
}
