package org.survivorvoice.reports.chart;

import java.util.List;
import java.util.Objects;
import org.survivorvoice.common.time.Quarter;

/**
 * Scores over quarters: one or more lines (a provider, or a category in a district), each with its
 * interval, against a shared run of quarters.
 *
 * @param title what the lines show, e.g. a provider's name
 * @param subtitle context, e.g. the category and district
 * @param quarters the quarters of the x axis, oldest first; every value's quarter is one of them
 * @param series the lines
 */
public record TrendChartData(
        String title, String subtitle, List<Quarter> quarters, List<Series> series) {

    public TrendChartData {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        quarters = List.copyOf(quarters);
        series = List.copyOf(series);
        for (Series s : series) {
            for (Value v : s.values()) {
                if (!quarters.contains(v.period())) {
                    throw new IllegalArgumentException("a value's quarter is not on the axis");
                }
            }
        }
    }

    /** One line; quarters without a published value are gaps. */
    public record Series(String label, List<Value> values) {
        public Series {
            Objects.requireNonNull(label, "label");
            values = List.copyOf(values);
        }
    }

    /** A score (fraction 0 to 1) with its interval and band in one quarter. */
    public record Value(Quarter period, double score, double low, double high, ChartBand band) {
        public Value {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(band, "band");
            if (!(0 <= low && low <= score && score <= high && high <= 1)) {
                throw new IllegalArgumentException("need 0 <= low <= score <= high <= 1");
            }
        }
    }
}
