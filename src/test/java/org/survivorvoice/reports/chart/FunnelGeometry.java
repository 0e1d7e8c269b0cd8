package org.survivorvoice.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.survivorvoice.scoring.method.ScoringParameters;

/** Where a point must lie against the limit lines, given its band. */
final class FunnelGeometry {

    /** Slack for the rounding of p - theta0 against theta0 + z s. */
    private static final double SLACK = 1e-12;

    private FunnelGeometry() {}

    static void assertOnTheSideOfItsBand(
            FunnelPoint point, double theta0, double tau2, ScoringParameters params) {
        long n = point.n();
        double p = point.p();
        double lowerSignificant = FunnelLine.LOWER_SIGNIFICANT.at(n, theta0, tau2, params);
        double lowerAlert = FunnelLine.LOWER_ALERT.at(n, theta0, tau2, params);
        double upperAlert = FunnelLine.UPPER_ALERT.at(n, theta0, tau2, params);
        double upperSignificant = FunnelLine.UPPER_SIGNIFICANT.at(n, theta0, tau2, params);
        String where = point + " theta0=" + theta0 + " tau2=" + tau2;
        switch (point.band()) {
            case SIGNIFICANTLY_BELOW ->
                    assertThat(p).as(where).isLessThan(lowerSignificant + SLACK);
            case BELOW ->
                    assertThat(p)
                            .as(where)
                            .isGreaterThan(lowerSignificant - SLACK)
                            .isLessThan(lowerAlert + SLACK);
            case WITHIN ->
                    assertThat(p)
                            .as(where)
                            .isGreaterThan(lowerAlert - SLACK)
                            .isLessThan(upperAlert + SLACK);
            case ABOVE ->
                    assertThat(p)
                            .as(where)
                            .isGreaterThan(upperAlert - SLACK)
                            .isLessThan(upperSignificant + SLACK);
            case SIGNIFICANTLY_ABOVE ->
                    assertThat(p).as(where).isGreaterThan(upperSignificant - SLACK);
            case INSUFFICIENT_DATA ->
                    assertThat(n).as(where).isLessThan(params.classifyMinRatings());
            case UNDER_REVIEW ->
                    throw new AssertionError("an admin's funnel has no under-review point");
        }
    }
}
