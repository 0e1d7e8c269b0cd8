package org.survivorvoice.reports.chart;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.survivorvoice.common.time.Quarter;

/**
 * Trend lines: each series' score per quarter with its interval shaded, and the quarter's band as a
 * coloured marker. Pure.
 *
 * <p>Datasets: index {@value #LINES} is a {@link YIntervalSeriesCollection}, one series per line
 * keyed by its label, x = index of the quarter on the axis, y = score in percent; index {@value
 * #BANDS} holds one {@link XYSeries} per band present, keyed by {@link ChartBand#label()}.
 */
public final class TrendChart {

    /** Dataset index of the lines with their intervals. */
    public static final int LINES = 0;

    /** Dataset index of the band markers. */
    public static final int BANDS = 1;

    private static final Color[] LINE_COLOURS = {
        new Color(0x1F2937), new Color(0x7C3AED), new Color(0x047857), new Color(0xB45309)
    };

    private TrendChart() {}

    /** The chart; write it with {@link ChartPng}. */
    public static JFreeChart chart(TrendChartData data) {
        List<Quarter> quarters = data.quarters();
        SymbolAxis periods =
                new SymbolAxis(
                        "Quarter (window of 4 quarters ending then)",
                        quarters.stream().map(Quarter::toString).toArray(String[]::new));
        periods.setGridBandsVisible(false);
        NumberAxis score = new NumberAxis("Shrunken score, % satisfied");
        score.setRange(0, 100);

        YIntervalSeriesCollection lines = new YIntervalSeriesCollection();
        DeviationRenderer lineRenderer = new DeviationRenderer(true, false);
        XYSeriesCollection markers = new XYSeriesCollection();
        XYLineAndShapeRenderer markerRenderer = new XYLineAndShapeRenderer(false, true);
        markerRenderer.setUseOutlinePaint(true);
        for (int s = 0; s < data.series().size(); s++) {
            TrendChartData.Series series = data.series().get(s);
            YIntervalSeries line = new YIntervalSeries(series.label());
            for (TrendChartData.Value v : series.values()) {
                line.add(
                        quarters.indexOf(v.period()),
                        v.score() * 100,
                        v.low() * 100,
                        v.high() * 100);
            }
            lines.addSeries(line);
            Color colour = LINE_COLOURS[s % LINE_COLOURS.length];
            lineRenderer.setSeriesPaint(s, colour);
            lineRenderer.setSeriesFillPaint(s, colour);
            lineRenderer.setSeriesStroke(s, ChartStyle.solid(2f));
        }
        lineRenderer.setAlpha(0.15f);
        for (ChartBand band : ChartBand.values()) {
            XYSeries marker = new XYSeries(band.label(), false, true);
            for (TrendChartData.Series series : data.series()) {
                for (TrendChartData.Value v : series.values()) {
                    if (v.band() == band) {
                        marker.add(quarters.indexOf(v.period()), v.score() * 100);
                    }
                }
            }
            if (!marker.isEmpty()) {
                int index = markers.getSeriesCount();
                markers.addSeries(marker);
                markerRenderer.setSeriesPaint(index, ChartStyle.colour(band));
                markerRenderer.setSeriesOutlinePaint(index, ChartStyle.INK);
                markerRenderer.setSeriesShape(index, new Ellipse2D.Double(-5, -5, 10, 10));
            }
        }
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(periods);
        plot.setRangeAxis(score);
        // markers drawn over the lines: a higher dataset index is drawn first by default
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setDataset(LINES, lines);
        plot.setRenderer(LINES, lineRenderer);
        plot.setDataset(BANDS, markers);
        plot.setRenderer(BANDS, markerRenderer);
        plot.setNoDataMessage("No published scores for this selection.");
        return ChartStyle.chart(
                data.title(),
                plot,
                true,
                data.subtitle(),
                "Shaded: the score's interval. Quarters without a point: no published score.");
    }
}
