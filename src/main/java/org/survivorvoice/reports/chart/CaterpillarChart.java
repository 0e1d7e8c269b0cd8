package org.survivorvoice.reports.chart;

import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * Caterpillar plot: each provider's shrunken score as a point with its interval as a bar, one row
 * per provider, coloured by band. Rows are named by provider, never numbered. Pure.
 *
 * <p>Dataset: one {@link XYIntervalSeries} per band present, keyed by {@link ChartBand#label()}; x
 * = score in percent with the interval as x-low and x-high, y = row (0 at the bottom, so the first
 * row of the data is drawn at the top).
 */
public final class CaterpillarChart {

    private static final int ROW_HEIGHT = 18;
    private static final int FRAME_HEIGHT = 170;

    private CaterpillarChart() {}

    /** The chart; write it with {@link ChartPng} at {@link #height} pixels high. */
    public static JFreeChart chart(CaterpillarChartData data) {
        List<CaterpillarChartData.Row> rows = data.rows();
        String[] names = new String[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            names[rows.size() - 1 - i] = rows.get(i).label();
        }
        SymbolAxis providers = new SymbolAxis(null, names);
        providers.setGridBandsVisible(false);
        providers.setTickLabelFont(ChartStyle.font(Font.PLAIN, 11));
        NumberAxis score =
                new NumberAxis(
                        "Shrunken score, % satisfied, with "
                                + data.intervalPercent()
                                + " % interval");
        score.setRange(0, 100);
        XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawYError(false);
        renderer.setCapLength(4);
        renderer.setErrorPaint(ChartStyle.MUTED);
        renderer.setUseOutlinePaint(true);
        renderer.setDrawOutlines(true);
        for (ChartBand band : ChartBand.values()) {
            XYIntervalSeries series = new XYIntervalSeries(band.label());
            for (int i = 0; i < rows.size(); i++) {
                CaterpillarChartData.Row row = rows.get(i);
                if (row.band() == band) {
                    double y = rows.size() - 1 - i;
                    series.add(row.score() * 100, row.low() * 100, row.high() * 100, y, y, y);
                }
            }
            if (series.getItemCount() > 0) {
                int index = dataset.getSeriesCount();
                dataset.addSeries(series);
                renderer.setSeriesPaint(index, ChartStyle.colour(band));
                renderer.setSeriesOutlinePaint(index, ChartStyle.INK);
                renderer.setSeriesShape(index, new Rectangle2D.Double(-4, -4, 8, 8));
            }
        }
        XYPlot plot = new XYPlot(dataset, score, providers, renderer);
        plot.setNoDataMessage("No provider to show for this selection.");
        return ChartStyle.chart(
                "Scores: " + data.categoryName() + ", " + data.period(),
                plot,
                true,
                data.scope(),
                "Scores are shrunken towards the category average; overlapping intervals mean no"
                        + " real difference. Rows are not ranks.");
    }

    /** Pixel height that gives every row room for its name. */
    public static int height(CaterpillarChartData data) {
        return FRAME_HEIGHT + ROW_HEIGHT * Math.max(data.rows().size(), 4);
    }
}
