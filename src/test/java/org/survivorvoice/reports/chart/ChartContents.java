package org.survivorvoice.reports.chart;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;

/**
 * Every piece of text a chart draws, with the font it is drawn in: titles, legend items, axis
 * labels and symbols, category keys, series keys and annotations. Tests search it for names that
 * must not appear and check each font can display its text.
 */
record ChartContents(List<Text> texts) {

    /** A text and the font it is drawn in. */
    record Text(String text, Font font) {}

    static ChartContents of(JFreeChart chart) {
        List<Text> texts = new ArrayList<>();
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title title = chart.getSubtitle(i);
            if (title instanceof TextTitle t) {
                texts.add(new Text(t.getText(), t.getFont()));
            }
        }
        texts.add(new Text(chart.getTitle().getText(), chart.getTitle().getFont()));
        Font legendFont = chart.getLegend() == null ? null : chart.getLegend().getItemFont();
        LegendItemCollection legend = chart.getPlot().getLegendItems();
        for (int i = 0; legend != null && i < legend.getItemCount(); i++) {
            texts.add(new Text(legend.get(i).getLabel(), legendFont));
        }
        plot(chart.getPlot(), texts);
        return new ChartContents(List.copyOf(texts));
    }

    /** Everything as one string, for searching. */
    String all() {
        StringBuilder all = new StringBuilder();
        texts.forEach(t -> all.append(t.text()).append('\n'));
        return all.toString();
    }

    /** The texts of the XY annotations (point labels). */
    List<String> annotations(XYPlot plot) {
        List<String> labels = new ArrayList<>();
        for (XYAnnotation a : plot.getAnnotations()) {
            labels.add(((XYTextAnnotation) a).getText().strip());
        }
        return labels;
    }

    private static void plot(Plot plot, List<Text> texts) {
        if (plot instanceof CombinedRangeXYPlot combined) {
            for (XYPlot subplot : combined.getSubplots()) {
                plot(subplot, texts);
            }
        }
        if (plot instanceof XYPlot xy) {
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                axis(xy.getDomainAxis(i), texts);
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                axis(xy.getRangeAxis(i), texts);
            }
            for (int d = 0; d < xy.getDatasetCount(); d++) {
                XYDataset dataset = xy.getDataset(d);
                for (int s = 0; dataset != null && s < dataset.getSeriesCount(); s++) {
                    texts.add(new Text(dataset.getSeriesKey(s).toString(), null));
                }
            }
            for (XYAnnotation a : xy.getAnnotations()) {
                XYTextAnnotation text = (XYTextAnnotation) a;
                texts.add(new Text(text.getText(), text.getFont()));
            }
        }
        if (plot instanceof CategoryPlot category) {
            axis(category.getDomainAxis(), texts);
            axis(category.getRangeAxis(), texts);
            CategoryDataset dataset = category.getDataset();
            CategoryAxis axis = category.getDomainAxis();
            for (Object column : dataset.getColumnKeys()) {
                texts.add(new Text(column.toString(), axis.getTickLabelFont()));
            }
            for (Object row : dataset.getRowKeys()) {
                texts.add(new Text(row.toString(), null));
            }
        }
    }

    private static void axis(Axis axis, List<Text> texts) {
        if (axis == null) {
            return;
        }
        if (axis.getLabel() != null) {
            texts.add(new Text(axis.getLabel(), axis.getLabelFont()));
        }
        if (axis instanceof SymbolAxis symbols) {
            for (String symbol : symbols.getSymbols()) {
                texts.add(new Text(symbol, axis.getTickLabelFont()));
            }
        }
    }
}
