package org.survivorvoice.reports.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.survivorvoice.scoring.method.ScoringParameters;

/**
 * The funnel plot of REPORTS.md: x = valid ratings, y = % satisfied, the target theta0 as a line,
 * dashed 95 % and solid 99.8 % limits widened by tau2 ({@link FunnelLine}), points coloured by
 * band, labels only outside the 95 % limits. One panel per comparison area, sharing the y axis.
 * Pure: builds a {@link JFreeChart} from {@link FunnelChartData}.
 *
 * <p>Datasets of each panel: index {@value #POINTS} holds one series per {@link ChartBand} present,
 * keyed by {@link ChartBand#label()}; index {@value #LINES} holds the target (key {@value
 * #TARGET_KEY}) and one series per {@link FunnelLine}, keyed by its name.
 */
public final class FunnelPlotChart {

    /** The caption REPORTS.md requires under every funnel plot. */
    public static final String CAPTION =
            "Inside the funnel means indistinguishable from the average; position inside it is not"
                    + " a rank.";

    /** Dataset index of the providers' points. */
    public static final int POINTS = 0;

    /** Dataset index of the target and limit lines. */
    public static final int LINES = 1;

    /** Series key of the target line. */
    public static final String TARGET_KEY = "Target (theta0)";

    /** From this many points on, markers and lines are drawn without antialiasing. */
    static final int DENSE_POINTS = 1_000;

    /**
     * The x axis reaches at least this far, so a funnel of small providers still shows its neck.
     */
    private static final long MIN_AXIS_N = 100;

    private FunnelPlotChart() {}

    /** The chart; write it with {@link ChartPng}. */
    public static JFreeChart chart(FunnelChartData data) {
        NumberAxis percent = new NumberAxis("% satisfied (overall 4 or 5)");
        percent.setRange(0, 100);
        CombinedRangeXYPlot combined = new CombinedRangeXYPlot(percent);
        combined.setGap(12);
        for (FunnelPanel panel : data.panels()) {
            combined.add(panel(panel, data.parameters()), 1);
        }
        if (data.panels().isEmpty()) {
            XYPlot empty = new XYPlot();
            empty.setDomainAxis(new NumberAxis("Valid ratings in the 4-quarter window"));
            empty.setNoDataMessage("No scores for this selection.");
            combined.add(empty, 1);
        }
        combined.setFixedLegendItems(distinctLegendItems(combined));
        JFreeChart chart =
                ChartStyle.chart(
                        "Funnel plot: " + data.categoryName() + ", " + data.period(),
                        combined,
                        true,
                        subtitle(data),
                        CAPTION);
        long drawn = data.panels().stream().mapToLong(p -> p.points().size()).sum();
        // Smoothing the edges of thousands of overlapping markers cost most of the drawing time
        // (3,400 points: 35 ms drawn with antialiasing, 13 ms without, and a larger PNG to
        // encode), and at that density the edges are hidden by neighbours anyway. Text stays
        // antialiased.
        chart.setAntiAlias(drawn <= DENSE_POINTS);
        return chart;
    }

    private static String subtitle(FunnelChartData data) {
        int suppressed = data.panels().stream().mapToInt(FunnelPanel::suppressedUnits).sum();
        String scope = data.scope();
        return suppressed == 0
                ? scope
                : scope
                        + "; "
                        + suppressed
                        + (suppressed == 1 ? " provider" : " providers")
                        + " with too few ratings not drawn";
    }

    private static XYPlot panel(FunnelPanel panel, ScoringParameters params) {
        NumberAxis ratings = new NumberAxis("Valid ratings, " + panel.comparisonArea());
        ratings.setAutoRangeIncludesZero(true);
        long maxN = panel.maxN(MIN_AXIS_N);
        ratings.setRange(0, maxN * 1.05);
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(ratings);
        XYSeriesCollection points = points(panel);
        plot.setDataset(POINTS, points);
        plot.setRenderer(POINTS, pointRenderer(points));
        plot.setDataset(LINES, lines(panel, params, maxN));
        plot.setRenderer(LINES, lineRenderer());
        for (FunnelPoint point : panel.points()) {
            if (point.label() != null) {
                XYTextAnnotation label =
                        new XYTextAnnotation("  " + point.label(), point.n(), point.p() * 100);
                label.setFont(ChartStyle.font(Font.PLAIN, 11));
                label.setPaint(ChartStyle.INK);
                // right of the point, centred on it: a label above a point near 100 % is clipped
                label.setTextAnchor(TextAnchor.HALF_ASCENT_LEFT);
                plot.addAnnotation(label);
            }
        }
        return plot;
    }

    private static XYSeriesCollection points(FunnelPanel panel) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        for (ChartBand band : ChartBand.values()) {
            XYSeries series = new XYSeries(band.label(), false, true);
            for (FunnelPoint point : panel.points()) {
                if (point.band() == band) {
                    series.add(point.n(), point.p() * 100);
                }
            }
            if (!series.isEmpty()) {
                dataset.addSeries(series);
            }
        }
        return dataset;
    }

    private static XYLineAndShapeRenderer pointRenderer(XYSeriesCollection dataset) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setUseOutlinePaint(true);
        renderer.setDrawOutlines(true);
        renderer.setUseFillPaint(true);
        for (int i = 0; i < dataset.getSeriesCount(); i++) {
            ChartBand band = bandOf((String) dataset.getSeriesKey(i));
            Color fill = ChartStyle.colour(band);
            renderer.setSeriesShape(i, new Ellipse2D.Double(-4, -4, 8, 8));
            renderer.setSeriesPaint(i, fill);
            renderer.setSeriesFillPaint(i, fill);
            renderer.setSeriesOutlinePaint(i, ChartStyle.INK);
            renderer.setSeriesOutlineStroke(i, ChartStyle.solid(0.8f));
        }
        return renderer;
    }

    private static XYSeriesCollection lines(
            FunnelPanel panel, ScoringParameters params, long maxN) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        XYSeries target = new XYSeries(TARGET_KEY, false, true);
        target.add(0, panel.theta0() * 100);
        target.add(maxN * 1.05, panel.theta0() * 100);
        dataset.addSeries(target);
        List<Long> ns = FunnelLine.sampleNs(maxN, params);
        for (FunnelLine line : FunnelLine.values()) {
            XYSeries series = new XYSeries(line.name(), false, true);
            for (long n : ns) {
                series.add(n, line.at(n, panel.theta0(), panel.tau2(), params) * 100);
            }
            dataset.addSeries(series);
        }
        return dataset;
    }

    private static XYLineAndShapeRenderer lineRenderer() {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        // one path per line, so the dash pattern runs on instead of restarting at every sample
        renderer.setDrawSeriesLineAsPath(true);
        renderer.setSeriesPaint(0, ChartStyle.TARGET);
        renderer.setSeriesStroke(0, ChartStyle.solid(1.5f));
        int i = 1;
        for (FunnelLine line : FunnelLine.values()) {
            renderer.setSeriesPaint(i, ChartStyle.MUTED);
            renderer.setSeriesStroke(
                    i, line.significant() ? ChartStyle.solid(1.2f) : ChartStyle.dashed(1.2f));
            // one legend entry per level: the lower line stands for both sides
            renderer.setSeriesVisibleInLegend(i, line.name().startsWith("LOWER"));
            i++;
        }
        renderer.setLegendItemLabelGenerator(
                (dataset, series) -> {
                    String key = (String) dataset.getSeriesKey(series);
                    if (key.equals(TARGET_KEY)) {
                        return key;
                    }
                    return FunnelLine.valueOf(key).significant() ? "99.8 % limits" : "95 % limits";
                });
        return renderer;
    }

    /** The panels' legend items, each label once (every panel has its own target and lines). */
    private static LegendItemCollection distinctLegendItems(CombinedRangeXYPlot combined) {
        LegendItemCollection items = new LegendItemCollection();
        Set<String> seen = new HashSet<>();
        LegendItemCollection all = combined.getLegendItems();
        for (int i = 0; i < all.getItemCount(); i++) {
            LegendItem item = all.get(i);
            if (seen.add(item.getLabel())) {
                items.add(item);
            }
        }
        return items;
    }

    private static ChartBand bandOf(String label) {
        for (ChartBand band : ChartBand.values()) {
            if (band.label().equals(label)) {
                return band;
            }
        }
        throw new IllegalArgumentException("not a band label");
    }
}
