package org.survivorvoice.reports.chart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;

/** Writes charts as PNG, for the API and for pictures embedded in workbooks. */
public final class ChartPng {

    /** Width of every chart unless a caller asks otherwise: fits an A4 page at 96 dpi. */
    public static final int WIDTH = 900;

    /** Height of the fixed-size charts. */
    public static final int HEIGHT = 560;

    private ChartPng() {}

    /** Writes the chart as PNG; the stream is left open. */
    public static void write(JFreeChart chart, OutputStream out, int width, int height)
            throws IOException {
        ChartUtils.writeChartAsPNG(out, chart, width, height);
    }

    /** The chart as PNG bytes. */
    public static byte[] bytes(JFreeChart chart, int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            write(chart, out, width, height);
        } catch (IOException e) {
            // a ByteArrayOutputStream does not fail; ImageIO reports encoder faults this way
            throw new IllegalStateException("PNG encoding failed", e);
        }
        return out.toByteArray();
    }
}
