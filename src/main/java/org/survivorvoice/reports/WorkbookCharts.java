package org.survivorvoice.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.survivorvoice.reports.chart.CategoryOverviewChart;
import org.survivorvoice.reports.chart.CategoryTrendChart;
import org.survivorvoice.reports.chart.CategoryTrendData;
import org.survivorvoice.reports.chart.ChannelMixChart;
import org.survivorvoice.reports.chart.ChartPng;
import org.survivorvoice.reports.chart.ChartService;
import org.survivorvoice.reports.chart.ChartViewer;
import org.survivorvoice.reports.chart.FunnelPlotChart;
import org.survivorvoice.reports.chart.TrainingEffectChart;
import org.survivorvoice.reports.data.ReportData;
import org.survivorvoice.reports.data.ReportRequest;
import org.survivorvoice.reports.excel.WorkbookPicture;

/**
 * The charts a quarterly workbook embeds, drawn for its edition: on Summary the category overview
 * and the channel mix, on Providers a funnel plot per category, on Trends the categories' lines
 * (named in words, as the tables name them); the writer places them below the tables. The chart
 * data comes through {@link ChartService} with the edition's viewer, so a chart never shows what
 * the edition's tables may not.
 */
final class WorkbookCharts {

    private final ChartService charts;

    WorkbookCharts(ChartService charts) {
        this.charts = charts;
    }

    /** The edition's charts, in the order the writer stacks them below each sheet's tables. */
    List<WorkbookPicture> draw(ReportData data) {
        ReportRequest request = data.request();
        ChartViewer viewer = ChartViewer.of(request);
        Long district = request.districtId();
        List<WorkbookPicture> pictures = new ArrayList<>();
        pictures.add(
                new WorkbookPicture(
                        "Summary",
                        png(
                                CategoryOverviewChart.chart(
                                        charts.categories(request.period(), district, viewer)))));
        pictures.add(
                new WorkbookPicture(
                        "Summary",
                        png(
                                ChannelMixChart.chart(
                                        charts.channels(request.period(), district, viewer)))));
        for (String category : charts.scoredCategories(request.period(), district, viewer)) {
            pictures.add(
                    new WorkbookPicture(
                            "Providers",
                            png(
                                    FunnelPlotChart.chart(
                                            charts.funnel(
                                                    request.period(),
                                                    category,
                                                    district,
                                                    viewer)))));
        }
        for (var event : data.training().events()) {
            if (event.shown()) {
                pictures.add(
                        new WorkbookPicture("Training", png(TrainingEffectChart.chart(event))));
            }
        }
        if (!data.trends().rows().isEmpty()) {
            pictures.add(
                    new WorkbookPicture("Trends", png(CategoryTrendChart.chart(trendOf(data)))));
        }
        return pictures;
    }

    /**
     * One line per category: the district's own when the edition covers one district, else the
     * median of the districts with a published score that quarter.
     */
    static CategoryTrendData trendOf(ReportData data) {
        List<String> quarters = data.trends().quarters();
        Map<String, List<ReportData.TrendRow>> byCategory = new LinkedHashMap<>();
        for (ReportData.TrendRow row : data.trends().rows()) {
            byCategory.computeIfAbsent(row.category(), c -> new ArrayList<>()).add(row);
        }
        boolean oneDistrict = data.request().districtId() != null;
        List<CategoryTrendData.Line> lines = new ArrayList<>();
        byCategory.forEach(
                (category, rows) -> {
                    List<Double> scores = new ArrayList<>();
                    for (int q = 0; q < quarters.size(); q++) {
                        int quarter = q;
                        scores.add(
                                median(
                                        rows.stream()
                                                .map(r -> r.scores().get(quarter))
                                                .filter(Objects::nonNull)
                                                .sorted()
                                                .toList()));
                    }
                    lines.add(new CategoryTrendData.Line(data.categoryName(category), scores));
                });
        return new CategoryTrendData(
                "Score per category",
                oneDistrict ? "This district" : "Median district of each category",
                quarters,
                lines);
    }

    private static Double median(List<Double> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1
                ? sorted.get(middle)
                : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static byte[] png(org.jfree.chart.JFreeChart chart) {
        return ChartPng.bytes(chart, ChartPng.WIDTH, ChartPng.HEIGHT);
    }
}
