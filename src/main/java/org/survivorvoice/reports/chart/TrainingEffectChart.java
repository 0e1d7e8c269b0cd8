package org.survivorvoice.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.survivorvoice.training.effect.GateVerdict.CellName;
import org.survivorvoice.training.effect.TrainingEffectView;

/**
 * The chart of a training's effect: share satisfied before and after the training, one line for the
 * trained providers and one for the untrained; a dashed line where the trained would have ended had
 * they changed as the untrained did, and at its end the whisker of the effect's interval (the after
 * share the interval allows). Drawn only from published figures; when the gate fails the plot is
 * empty and says "Not enough ratings yet".
 */
public final class TrainingEffectChart {

    /** Series keys, in the order of the line dataset. */
    public static final String TRAINED = "Trained";

    public static final String UNTRAINED = "Untrained";

    public static final String WITHOUT = "Trained, had it changed as the untrained";

    /** The whisker's series key. */
    public static final String INTERVAL = "90 % interval of the effect";

    private static final Color TRAINED_COLOUR = new Color(0x1D4ED8);
    private static final Color UNTRAINED_COLOUR = new Color(0x9CA3AF);

    private TrainingEffectChart() {}

    /** The lines: trained, untrained and (shown) the trained without the effect; in percent. */
    public static XYSeriesCollection lines(TrainingEffectView view) {
        XYSeriesCollection lines = new XYSeriesCollection();
        if (!view.shown()) {
            return lines;
        }
        double tb = percent(view.share(CellName.TRAINED_BEFORE));
        double ta = percent(view.share(CellName.TRAINED_AFTER));
        double ub = percent(view.share(CellName.UNTRAINED_BEFORE));
        double ua = percent(view.share(CellName.UNTRAINED_AFTER));
        lines.addSeries(series(TRAINED, tb, ta));
        lines.addSeries(series(UNTRAINED, ub, ua));
        lines.addSeries(series(WITHOUT, tb, tb + (ua - ub)));
        return lines;
    }

    /**
     * The whisker at "after": where the trained share would lie with the effect at each end of its
     * interval, {@code without + low} to {@code without + high}, centred on {@code without +
     * effect}.
     */
    public static YIntervalSeriesCollection whisker(TrainingEffectView view) {
        YIntervalSeriesCollection whisker = new YIntervalSeriesCollection();
        if (!view.shown()) {
            return whisker;
        }
        double tb = percent(view.share(CellName.TRAINED_BEFORE));
        double without =
                tb
                        + percent(view.share(CellName.UNTRAINED_AFTER))
                        - percent(view.share(CellName.UNTRAINED_BEFORE));
        YIntervalSeries series = new YIntervalSeries(INTERVAL);
        series.add(
                1,
                without + view.effect(),
                without + view.interval().low(),
                without + view.interval().high());
        whisker.addSeries(series);
        return whisker;
    }

    /** The chart. */
    public static JFreeChart chart(TrainingEffectView view) {
        SymbolAxis phases =
                new SymbolAxis(
                        null,
                        new String[] {
                            "Before (" + String.join(", ", view.quarters().before()) + ")",
                            "After (" + String.join(", ", view.quarters().after()) + ")"
                        });
        phases.setRange(-0.3, 1.3);
        NumberAxis share = new NumberAxis("Share satisfied (%)");
        share.setRange(0, 100);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, TRAINED_COLOUR);
        renderer.setSeriesStroke(0, ChartStyle.solid(3f));
        renderer.setSeriesPaint(1, UNTRAINED_COLOUR);
        renderer.setSeriesStroke(1, ChartStyle.solid(3f));
        renderer.setSeriesPaint(2, TRAINED_COLOUR);
        renderer.setSeriesStroke(2, ChartStyle.dashed(1.5f));
        XYPlot plot = new XYPlot(lines(view), phases, share, renderer);
        XYErrorRenderer whiskers = new XYErrorRenderer();
        whiskers.setDrawXError(false);
        whiskers.setDefaultLinesVisible(false);
        whiskers.setSeriesPaint(0, TRAINED_COLOUR);
        whiskers.setErrorPaint(TRAINED_COLOUR);
        whiskers.setErrorStroke(new BasicStroke(2f));
        whiskers.setCapLength(14);
        plot.setDataset(1, whisker(view));
        plot.setRenderer(1, whiskers);
        plot.setNoDataMessage("Not enough ratings yet");
        String subtitle =
                "Training held in "
                        + view.event().quarter()
                        + ": "
                        + view.event().topic()
                        + " ("
                        + view.event().providersTrained()
                        + " providers trained)";
        JFreeChart chart =
                ChartStyle.chart(
                        "Share satisfied before and after the training",
                        plot,
                        view.shown(),
                        subtitle,
                        view.shown() ? view.statement() : notShown(view));
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(ChartStyle.font(Font.PLAIN, 12));
        }
        return chart;
    }

    private static String notShown(TrainingEffectView view) {
        List<String> missing =
                view.missing().stream().map(m -> m.what() + " " + m.amount()).toList();
        return "Not enough ratings yet. Missing: " + String.join("; ", missing) + ".";
    }

    private static XYSeries series(String key, double before, double after) {
        XYSeries series = new XYSeries(key, false, true);
        series.add(0, before);
        series.add(1, after);
        return series;
    }

    private static double percent(Double share) {
        return share * 100;
    }
}
