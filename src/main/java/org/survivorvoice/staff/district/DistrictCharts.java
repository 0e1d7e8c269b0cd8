package org.survivorvoice.staff.district;

import jakarta.enterprise.context.ApplicationScoped;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.reports.chart.CaterpillarChart;
import org.survivorvoice.reports.chart.CaterpillarChartData;
import org.survivorvoice.reports.chart.ChartPng;
import org.survivorvoice.reports.chart.ChartService;
import org.survivorvoice.reports.chart.FunnelPlotChart;
import org.survivorvoice.reports.chart.TrendChart;
import org.survivorvoice.reports.chart.TrendChartData;

/**
 * The PNG charts of the district pages, drawn by the renderers of the charts API from {@link
 * ChartService}, so that they follow the same disclosure rules for the caller (an official's own
 * district; 403 for another district, 404 for another district's provider). Drawn smaller than the
 * API's charts so that a page with its charts stays under 100 KB.
 */
@ApplicationScoped
public class DistrictCharts {

    /** Width of a page chart in pixels; the page shows it at most this wide. */
    static final int WIDTH = 760;

    /** Height of a funnel or trend chart in pixels. */
    static final int HEIGHT = 440;

    private final ChartService charts;

    public DistrictCharts(ChartService charts) {
        this.charts = charts;
    }

    /** The category's funnel plot for the district's comparison area. */
    public byte[] funnel(Quarter period, String category, Long districtId) {
        return ChartPng.bytes(
                FunnelPlotChart.chart(charts.funnel(period, category, districtId, charts.viewer())),
                WIDTH,
                HEIGHT);
    }

    /** The category's caterpillar chart of the district's providers. */
    public byte[] caterpillar(Quarter period, String category, Long districtId) {
        CaterpillarChartData data =
                charts.caterpillar(period, category, districtId, charts.viewer());
        return ChartPng.bytes(CaterpillarChart.chart(data), WIDTH, CaterpillarChart.height(data));
    }

    /** A provider's trend. */
    public byte[] trend(String providerCode) {
        TrendChartData data = charts.providerTrend(providerCode, charts.viewer());
        return ChartPng.bytes(TrendChart.chart(data), WIDTH, HEIGHT);
    }
}
