package org.survivorvoice.reports.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Scores of whole categories over quarters, for the workbook's Trends sheet: one line per category
 * (in one district, or the median district across many). A missing value is a quarter with nothing
 * published.
 *
 * @param title what the lines show
 * @param subtitle the scope, e.g. a district or "median district"
 * @param quarters the x axis, oldest first, as written in the workbook ({@code 2026-Q3})
 * @param lines one per category
 */
public record CategoryTrendData(
        String title, String subtitle, List<String> quarters, List<Line> lines) {

    public CategoryTrendData {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        quarters = List.copyOf(quarters);
        lines = List.copyOf(lines);
        for (Line line : lines) {
            if (line.scores().size() != quarters.size()) {
                throw new IllegalArgumentException("a line needs one value (or null) per quarter");
            }
        }
    }

    /** A category's scores (fractions 0 to 1), null where nothing was published. */
    public record Line(String label, List<Double> scores) {
        public Line {
            Objects.requireNonNull(label, "label");
            scores = Collections.unmodifiableList(new ArrayList<>(scores));
            for (Double score : scores) {
                if (score != null && !(score >= 0 && score <= 1)) {
                    throw new IllegalArgumentException("a score is a fraction from 0 to 1");
                }
            }
        }
    }
}
