package org.survivorvoice.reports.chart;

import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Channel mix: one bar per channel, its share of the quarter's ratings in percent. A withheld share
 * has no bar and its channel is labelled as withheld. Pure.
 *
 * <p>Dataset: a {@link DefaultCategoryDataset} with the single row key {@value #SHARE_KEY} and one
 * column per channel (the channel's name, with {@value #WITHHELD_SUFFIX} when withheld); withheld
 * values are null.
 */
public final class ChannelMixChart {

    /** Row key of the shares. */
    public static final String SHARE_KEY = "Share of ratings";

    /** Appended to a withheld channel's name on the axis. */
    public static final String WITHHELD_SUFFIX = " (withheld)";

    private ChannelMixChart() {}

    /** The chart; write it with {@link ChartPng}. */
    public static JFreeChart chart(ChannelMixData data) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (ChannelMixData.Share share : data.shares()) {
            String column =
                    share.percent() == null ? share.channel() + WITHHELD_SUFFIX : share.channel();
            dataset.addValue(share.percent(), SHARE_KEY, column);
        }
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, new Color(0x4393C3));
        NumberAxis percent = new NumberAxis("% of valid ratings");
        percent.setRange(0, 100);
        CategoryPlot plot =
                new CategoryPlot(dataset, new CategoryAxis("Channel"), percent, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setNoDataMessage("No ratings for this selection.");
        return ChartStyle.chart(
                "Channel mix, " + data.period(),
                plot,
                false,
                data.scope(),
                "Shares are withheld for channels with fewer than 11 ratings, and one more when a"
                        + " single share would otherwise follow by subtraction.");
    }
}
