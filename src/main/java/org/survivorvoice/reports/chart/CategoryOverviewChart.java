package org.survivorvoice.reports.chart;

import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Category overview: one horizontal stacked bar per category, its providers split by band, plus a
 * segment for providers with too few ratings to be scored. Pure.
 *
 * <p>Dataset: a {@link DefaultCategoryDataset} with row keys {@link ChartBand#label()} (and {@value
 * #SUPPRESSED_KEY}) and column keys the category names; values are provider counts.
 */
public final class CategoryOverviewChart {

    /** Row key of the providers held back by the suppression gate. */
    public static final String SUPPRESSED_KEY = "Too few ratings (not scored)";

    private CategoryOverviewChart() {}

    /** The chart; write it with {@link ChartPng}. */
    public static JFreeChart chart(CategoryOverviewData data) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        int row = 0;
        for (ChartBand band : ChartBand.values()) {
            if (data.categories().stream().anyMatch(c -> c.count(band) > 0)) {
                for (CategoryOverviewData.Category category : data.categories()) {
                    dataset.addValue(category.count(band), band.label(), category.name());
                }
                renderer.setSeriesPaint(row, ChartStyle.colour(band));
                renderer.setSeriesOutlinePaint(row, ChartStyle.INK);
                row++;
            }
        }
        if (data.categories().stream().anyMatch(c -> c.suppressedUnits() > 0)) {
            for (CategoryOverviewData.Category category : data.categories()) {
                dataset.addValue(category.suppressedUnits(), SUPPRESSED_KEY, category.name());
            }
            renderer.setSeriesPaint(row, Color.WHITE);
            renderer.setSeriesOutlinePaint(row, ChartStyle.MUTED);
        }
        CategoryAxis categories = new CategoryAxis(null);
        NumberAxis providers = new NumberAxis("Providers");
        providers.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        CategoryPlot plot = new CategoryPlot(dataset, categories, providers, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setNoDataMessage("No scores for this selection.");
        return ChartStyle.chart(
                "Providers by band and category, " + data.period(),
                plot,
                true,
                data.scope(),
                "Bands compare each provider with the range expected for its number of ratings.");
    }
}
