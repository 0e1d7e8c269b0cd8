package org.survivorvoice.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.util.HexFormat;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;

/**
 * Fonts, colours and strokes shared by every chart. Fonts are the logical {@code SansSerif}: the
 * JDK maps it through fontconfig to every installed font, so provider and district names in
 * Bengali, Hindi and Telugu render when fonts-lohit (or fonts-noto) is installed, while a named
 * physical font (JFreeChart's default theme asks for Tahoma) would show boxes.
 */
public final class ChartStyle {

    static {
        // servers have no display; set before the first chart touches AWT, unless the JVM was
        // started with an explicit choice
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** Dark text and axis lines. */
    public static final Color INK = new Color(0x1F2937);

    /** Secondary text: captions and notes. */
    public static final Color MUTED = new Color(0x4B5563);

    /** The target line theta0. */
    public static final Color TARGET = new Color(0x111827);

    private static final Color GRID = new Color(0xE5E7EB);

    private static final String FAMILY = Font.SANS_SERIF;

    private ChartStyle() {}

    /** A font of the logical SansSerif family. */
    public static Font font(int style, float size) {
        return new Font(FAMILY, style, Math.round(size));
    }

    /** The band's fill colour. */
    public static Color colour(ChartBand band) {
        return new Color(HexFormat.fromHexDigits(band.rgb()));
    }

    /** Solid line of the 99.8 % limits and the target. */
    public static Stroke solid(float width) {
        return new BasicStroke(width);
    }

    /** Dashed line of the 95 % limits. */
    public static Stroke dashed(float width) {
        return new BasicStroke(
                width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);
    }

    /**
     * Sets the SansSerif fonts and plain white background on the chart's title, legend, plots and
     * axes. Done by hand rather than with a {@code StandardChartTheme}, whose {@code apply} also
     * clears the series colours and strokes the charts set for their bands.
     */
    public static void apply(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(font(Font.BOLD, 18));
            chart.getTitle().setPaint(INK);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(font(Font.PLAIN, 12));
            legend.setItemPaint(INK);
        }
        style(chart.getPlot());
    }

    private static void style(Plot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setNoDataMessageFont(font(Font.PLAIN, 14));
        plot.setNoDataMessagePaint(MUTED);
        if (plot instanceof CombinedRangeXYPlot combined) {
            for (XYPlot subplot : combined.getSubplots()) {
                style(subplot);
            }
        }
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                style(xy.getDomainAxis(i));
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                style(xy.getRangeAxis(i));
            }
        }
        if (plot instanceof CategoryPlot category) {
            category.setRangeGridlinePaint(GRID);
            style(category.getDomainAxis());
            style(category.getRangeAxis());
        }
    }

    private static void style(Axis axis) {
        if (axis == null) {
            return;
        }
        axis.setLabelFont(font(Font.PLAIN, 12));
        axis.setLabelPaint(INK);
        axis.setTickLabelFont(font(Font.PLAIN, 11));
        axis.setTickLabelPaint(INK);
    }

    /**
     * A styled chart: the title, a subtitle under it (scope or context) and a note under the plot
     * (what the reader must not conclude), in the fonts and colours of {@link #apply}.
     */
    public static JFreeChart chart(
            String title, Plot plot, boolean legend, String subtitle, String note) {
        JFreeChart chart = new JFreeChart(title, font(Font.BOLD, 18), plot, legend);
        apply(chart);
        addSubtitle(chart, subtitle);
        addNote(chart, note);
        return chart;
    }

    private static void addNote(JFreeChart chart, String text) {
        TextTitle note = new TextTitle(text, font(Font.ITALIC, 12));
        note.setPaint(MUTED);
        note.setPosition(RectangleEdge.BOTTOM);
        note.setHorizontalAlignment(HorizontalAlignment.LEFT);
        chart.addSubtitle(note);
    }

    private static void addSubtitle(JFreeChart chart, String text) {
        TextTitle subtitle = new TextTitle(text, font(Font.PLAIN, 12));
        subtitle.setPaint(MUTED);
        chart.addSubtitle(subtitle);
    }
}
