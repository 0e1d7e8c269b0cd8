package org.survivorvoice.reports.chart;

import java.util.List;
import java.util.Objects;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.scoring.method.ScoringParameters;

/**
 * A funnel plot of one category in one quarter: one panel per comparison area shown, each drawn
 * against its own theta0 and tau2 with the limits of {@code parameters}.
 *
 * @param categoryName the category as titled, e.g. "Police station"
 * @param period the reported quarter (the window ends with it)
 * @param scope what the points cover, e.g. a district's name or "All districts"
 * @param parameters the method's limits and gates, so lines match the bands
 * @param panels one per comparison area, possibly none when nothing was scored
 */
public record FunnelChartData(
        String categoryName,
        Quarter period,
        String scope,
        ScoringParameters parameters,
        List<FunnelPanel> panels) {

    public FunnelChartData {
        Objects.requireNonNull(categoryName, "categoryName");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(parameters, "parameters");
        panels = List.copyOf(panels);
    }
}
