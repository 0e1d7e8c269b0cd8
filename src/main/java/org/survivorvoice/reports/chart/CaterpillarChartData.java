package org.survivorvoice.reports.chart;

import java.util.List;
import java.util.Objects;
import org.survivorvoice.common.time.Quarter;

/**
 * Shrunken scores with their intervals, one row per provider the viewer may see named, ordered by
 * band and then by score (never numbered).
 *
 * @param categoryName the category as titled
 * @param period the reported quarter
 * @param scope what the rows cover, e.g. a district's name
 * @param intervalPercent width of the interval, e.g. 90 for the 5 % to 95 % quantiles
 * @param rows the providers, in the order drawn from the top
 */
public record CaterpillarChartData(
        String categoryName, Quarter period, String scope, int intervalPercent, List<Row> rows) {

    public CaterpillarChartData {
        Objects.requireNonNull(categoryName, "categoryName");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(scope, "scope");
        rows = List.copyOf(rows);
    }

    /**
     * One provider: its name, shrunken score and interval (fractions 0 to 1), and band.
     *
     * @param label the provider's name
     */
    public record Row(String label, double score, double low, double high, ChartBand band) {

        public Row {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(band, "band");
            if (!(0 <= low && low <= score && score <= high && high <= 1)) {
                throw new IllegalArgumentException("need 0 <= low <= score <= high <= 1");
            }
        }
    }
}
