package org.survivorvoice.reports.meeting;

import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.survivorvoice.reports.chart.ChartStyle;
import org.survivorvoice.reports.meeting.MeetingPackData.CategoryGaps;
import org.survivorvoice.reports.meeting.MeetingPackData.Dimension;
import org.survivorvoice.reports.meeting.MeetingPackData.ProviderGaps;

/**
 * The gap chart of one category (CARE's Community Score Card sets the community's scores beside the
 * providers' own): one panel per provider that assessed itself, the four questions along the axis,
 * the survivors' published score and the provider's own answer side by side, both on the same 0-100
 * scale. A question whose survivors' score is withheld has no survivors' bar. Pure.
 *
 * <p>Dataset of each panel: a {@link DefaultCategoryDataset} with row keys {@link #SURVIVORS} and
 * {@link #SELF} and column keys the question labels; values 0-1.
 */
public final class GapChart {

    /** Row key of the survivors' scores. */
    public static final String SURVIVORS = "Survivors (published score)";

    /** Row key of the provider's own answers. */
    public static final String SELF = "Provider's self-assessment";

    /** Width of the chart in pixels: the page's chart width, and within an A4 page. */
    public static final int WIDTH = 760;

    private static final int PANEL_HEIGHT = 150;

    private static final int FRAME_HEIGHT = 150;

    private static final Color SURVIVORS_COLOUR = new Color(0x2563EB);

    private static final Color SELF_COLOUR = new Color(0xF59E0B);

    private GapChart() {}

    /** The labels of the questions along the axis, in {@code DIMENSIONS} order. */
    public static String label(String dimension) {
        return switch (dimension) {
            case "dignity" -> "Dignity";
            case "listened" -> "Listened";
            case "timeliness" -> "Timeliness";
            case "outcome" -> "Outcome";
            default -> "Overall";
        };
    }

    /** The chart's height in pixels for the category: a panel per self-assessed provider. */
    public static int height(CategoryGaps category) {
        return FRAME_HEIGHT + PANEL_HEIGHT * Math.max(1, category.selfAssessed().size());
    }

    /** The chart of the category; write it with {@code ChartPng}. */
    public static JFreeChart chart(CategoryGaps category, String district, String period) {
        CategoryAxis questions = new CategoryAxis(null);
        CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(questions);
        plot.setGap(12);
        List<ProviderGaps> providers = category.selfAssessed();
        for (ProviderGaps provider : providers) {
            plot.add(panel(provider), 1);
        }
        if (providers.isEmpty()) {
            plot.add(panel(null), 1);
        }
        // every panel has the same two series: one legend, not one per panel
        plot.setFixedLegendItems(((CategoryPlot) plot.getSubplots().get(0)).getLegendItems());
        JFreeChart chart =
                ChartStyle.chart(
                        "Survivors and self-assessment: " + category.name(),
                        plot,
                        true,
                        district + ", " + period,
                        "0-100: a mean answer (1-5) as (answer - 1) / 4. No survivors' bar: fewer"
                                + " than 11 answered the question (not shown).");
        for (Object subplot : plot.getSubplots()) {
            CategoryPlot panel = (CategoryPlot) subplot;
            panel.setBackgroundPaint(Color.WHITE);
            panel.setRangeGridlinePaint(new Color(0xE5E7EB));
            panel.getRangeAxis().setTickLabelFont(ChartStyle.font(Font.PLAIN, 11));
        }
        questions.setTickLabelFont(ChartStyle.font(Font.PLAIN, 12));
        questions.setTickLabelPaint(ChartStyle.INK);
        return chart;
    }

    private static CategoryPlot panel(ProviderGaps provider) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        if (provider != null) {
            for (Dimension d : provider.dimensions()) {
                dataset.addValue(d.survivors(), SURVIVORS, label(d.key()));
                dataset.addValue(d.self(), SELF, label(d.key()));
            }
        }
        // the range runs past 100 to leave room for the provider's name above the bars
        NumberAxis scale = new NumberAxis(null);
        scale.setRange(0, 1.32);
        scale.setTickUnit(new NumberTickUnit(0.25, NumberFormat.getPercentInstance(Locale.ROOT)));
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        renderer.setSeriesPaint(0, SURVIVORS_COLOUR);
        renderer.setSeriesPaint(1, SELF_COLOUR);
        renderer.setDefaultItemLabelGenerator(
                new StandardCategoryItemLabelGenerator(
                        "{2}", NumberFormat.getPercentInstance(Locale.ROOT)));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(ChartStyle.font(Font.PLAIN, 10));
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        CategoryPlot panel = new CategoryPlot(dataset, null, scale, renderer);
        panel.setOrientation(PlotOrientation.VERTICAL);
        panel.setNoDataMessage("No provider of this category assessed itself this quarter.");
        if (provider != null && dataset.getColumnCount() > 0) {
            CategoryTextAnnotation name =
                    new CategoryTextAnnotation(
                            provider.name() + " (" + provider.code() + ")",
                            dataset.getColumnKey(0),
                            1.24);
            name.setCategoryAnchor(org.jfree.chart.axis.CategoryAnchor.START);
            name.setTextAnchor(TextAnchor.CENTER_LEFT);
            name.setFont(ChartStyle.font(Font.BOLD, 12));
            name.setPaint(ChartStyle.INK);
            panel.addAnnotation(name);
        }
        return panel;
    }
}
