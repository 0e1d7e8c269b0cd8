package org.survivorvoice.reports.chart;

import java.util.List;

/**
 * The providers of one category in one comparison area (the group scoring compares them within),
 * with the numbers the limits are drawn from.
 *
 * @param comparisonArea name of the comparison area, e.g. the state
 * @param theta0 the category target in the area
 * @param tau2 over-dispersion that widened the limits
 * @param suppressedUnits providers held back by the suppression gate, counted and never drawn
 * @param points the providers drawn
 */
public record FunnelPanel(
        String comparisonArea,
        double theta0,
        double tau2,
        int suppressedUnits,
        List<FunnelPoint> points) {

    public FunnelPanel {
        if (!(theta0 >= 0 && theta0 <= 1) || !(tau2 >= 0)) {
            throw new IllegalArgumentException("theta0 must lie in [0, 1] and tau2 be >= 0");
        }
        points = List.copyOf(points);
    }

    /** The largest n drawn, at least {@code floor}, so the limit lines span every point. */
    public long maxN(long floor) {
        return points.stream().mapToLong(FunnelPoint::n).reduce(floor, Math::max);
    }
}
