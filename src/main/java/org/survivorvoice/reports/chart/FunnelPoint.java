package org.survivorvoice.reports.chart;

import java.util.Objects;

/**
 * One provider on a funnel plot: its valid ratings, its raw share satisfied and its band. No
 * provider code or id: only the label, and only where {@link #of} allows one.
 *
 * @param n valid ratings in the window (x axis)
 * @param p share satisfied, 0 to 1 (y axis, drawn as a percent)
 * @param band how the point is coloured
 * @param label the provider's name, or null when the point is drawn without one
 */
public record FunnelPoint(long n, double p, ChartBand band, String label) {

    public FunnelPoint {
        Objects.requireNonNull(band, "band");
        if (n < 1 || !(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("a funnel point needs n >= 1 and 0 <= p <= 1");
        }
    }

    /**
     * A point labelled only when REPORTS.md allows it: outside the 95 % limits with at least {@code
     * labelMinRatings} ratings. Points inside the funnel stay unnamed, because naming them invites
     * reading their position as a rank.
     *
     * @param disclosableName the name the viewer may see, or null when she may not see it
     */
    public static FunnelPoint of(
            long n, double p, ChartBand band, String disclosableName, int labelMinRatings) {
        boolean labelled = band.outsideAlertLimits() && n >= labelMinRatings;
        return new FunnelPoint(n, p, band, labelled ? disclosableName : null);
    }
}
