package org.survivorvoice.reports.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Category lines over quarters (the workbook's Trends chart). Pure. The dataset has one row per
 * line keyed by its label and one column per quarter; an unpublished quarter is left out, so the
 * line has a gap there rather than a made-up point.
 */
public final class CategoryTrendChart {

    private CategoryTrendChart() {}

    /** The chart; write it with {@link ChartPng}. */
    public static JFreeChart chart(CategoryTrendData data) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (CategoryTrendData.Line line : data.lines()) {
            for (int q = 0; q < data.quarters().size(); q++) {
                Double score = line.scores().get(q);
                dataset.addValue(
                        score == null ? null : score * 100, line.label(), data.quarters().get(q));
            }
        }
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        for (int s = 0; s < data.lines().size(); s++) {
            renderer.setSeriesStroke(s, ChartStyle.solid(2f));
        }
        NumberAxis score = new NumberAxis("Shrunken score, % satisfied");
        score.setRange(0, 100);
        CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis("Quarter"), score, renderer);
        plot.setNoDataMessage("No published scores for this selection.");
        return ChartStyle.chart(
                data.title(),
                plot,
                true,
                data.subtitle(),
                "Gaps: quarters with too few ratings to publish a score.");
    }
}
