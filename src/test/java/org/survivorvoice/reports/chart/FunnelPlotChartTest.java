package org.survivorvoice.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.survivorvoice.reports.chart.FunnelCategory.PARAMS;
import static org.survivorvoice.reports.chart.FunnelCategory.unit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.scoring.method.Band;
import org.survivorvoice.scoring.method.BandMethod;
import org.survivorvoice.scoring.method.FunnelLimits;
import org.survivorvoice.scoring.method.UnitCounts;
import org.survivorvoice.scoring.method.UnitScore;

/** The funnel plot through its datasets and axes, from categories scored by the calculator. */
class FunnelPlotChartTest {

    /**
     * Thirty police stations with real differences (tau2 > 0), two far off, one with 11-19 ratings,
     * and two suppressed ones (too few ratings, too few raters).
     */
    static FunnelCategory overdispersed() {
        List<UnitCounts> units = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < 30; i++) {
            long n = 20 + 13L * i;
            long x = Math.round(n * (0.55 + 0.3 * ((i * 7) % 30) / 29.0));
            units.add(unit("P" + i, n, x));
            names.put("P" + i, "Thana " + i);
        }
        units.add(unit("LOW", 240, 60));
        names.put("LOW", "Thana far below");
        units.add(unit("HIGH", 300, 299));
        names.put("HIGH", "Thana far above");
        units.add(unit("SMALL", 15, 9));
        names.put("SMALL", "Thana small");
        units.add(unit("SUPP1", 8, 1));
        names.put("SUPP1", "Thana suppressed by ratings");
        units.add(new UnitCounts("SUPP2", 40, 2, 6, 0, 0));
        names.put("SUPP2", "Thana suppressed by raters");
        return FunnelCategory.of(units, names);
    }

    /** Six hospitals: too few to estimate tau2, so bands come from exact binomial tails. */
    static FunnelCategory exact() {
        List<UnitCounts> units = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        long[][] counts = {{40, 30}, {60, 45}, {30, 10}, {90, 88}, {25, 19}, {80, 40}};
        for (int i = 0; i < counts.length; i++) {
            units.add(unit("H" + i, counts[i][0], counts[i][1]));
            names.put("H" + i, "Hospital " + i);
        }
        return FunnelCategory.of(units, names);
    }

    @Test
    void drawsEveryScoredProviderOnceInTheSeriesOfItsBand() {
        FunnelCategory category = overdispersed();
        XYPlot panel = onlyPanel(FunnelPlotChart.chart(category.data()));
        XYDataset points = panel.getDataset(FunnelPlotChart.POINTS);

        Map<String, Integer> drawn = new HashMap<>();
        for (int s = 0; s < points.getSeriesCount(); s++) {
            drawn.put((String) points.getSeriesKey(s), points.getItemCount(s));
        }
        Map<String, Integer> expected = new HashMap<>();
        for (UnitScore u : category.scores().units()) {
            expected.merge(ChartBand.of(u.band()).label(), 1, Integer::sum);
        }
        assertThat(category.scores().tau2()).isPositive();
        assertThat(drawn).isEqualTo(expected);
        assertThat(drawn)
                .containsKeys(
                        ChartBand.WITHIN.label(),
                        ChartBand.SIGNIFICANTLY_BELOW.label(),
                        ChartBand.SIGNIFICANTLY_ABOVE.label(),
                        ChartBand.INSUFFICIENT_DATA.label());
        assertThat(drawn.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(33);
    }

    @Test
    void limitLinesAreTheFunnelLimitsWidenedByTau2WhereBandsComeFromZ() {
        FunnelCategory category = overdispersed();
        double theta0 = category.scores().theta0();
        double tau2 = category.scores().tau2();
        XYDataset lines =
                onlyPanel(FunnelPlotChart.chart(category.data())).getDataset(FunnelPlotChart.LINES);

        assertThat(seriesKeys(lines))
                .containsExactly(
                        FunnelPlotChart.TARGET_KEY,
                        "LOWER_SIGNIFICANT",
                        "LOWER_ALERT",
                        "UPPER_ALERT",
                        "UPPER_SIGNIFICANT");
        int target = 0;
        for (int i = 0; i < lines.getItemCount(target); i++) {
            assertThat(lines.getYValue(target, i)).isCloseTo(theta0 * 100, within(1e-9));
        }
        double[] z = {
            -PARAMS.significantLimit(),
            -PARAMS.alertLimit(),
            PARAMS.alertLimit(),
            PARAMS.significantLimit()
        };
        for (int s = 1; s <= 4; s++) {
            assertThat(lines.getItemCount(s)).isGreaterThan(100);
            assertThat(lines.getXValue(s, 0)).isEqualTo(PARAMS.classifyMinRatings());
            for (int i = 0; i < lines.getItemCount(s); i++) {
                long n = (long) lines.getXValue(s, i);
                assertThat(lines.getYValue(s, i))
                        .isCloseTo(
                                FunnelLimits.limit(theta0, tau2, n, z[s - 1]) * 100, within(1e-9));
            }
        }
        // the lines reach the provider with most ratings, 20 + 13 * 29
        assertThat(lines.getXValue(1, lines.getItemCount(1) - 1)).isEqualTo(397);
    }

    @Test
    void exactLimitsSeparateTheBandsWhereBandsComeFromBinomialTails() {
        FunnelCategory category = exact();
        double theta0 = category.scores().theta0();
        assertThat(category.scores().tau2()).isZero();
        XYDataset lines =
                onlyPanel(FunnelPlotChart.chart(category.data())).getDataset(FunnelPlotChart.LINES);

        // the 95 % lines at every n below 100: the point on the line is inside, one rating
        // beyond it is outside, exactly as FunnelLimits.exactBinomialBand bands them
        for (int i = 0; i < lines.getItemCount(2); i++) {
            long n = (long) lines.getXValue(2, i);
            if (FunnelLimits.method(n, 0, PARAMS) != BandMethod.EXACT_BINOMIAL) {
                continue;
            }
            long lower = Math.round(lines.getYValue(2, i) / 100 * n);
            long upper = Math.round(lines.getYValue(3, i) / 100 * n);
            assertThat(FunnelLimits.exactBinomialBand(lower, n, theta0, PARAMS))
                    .isNotIn(Band.BELOW, Band.SIGNIFICANTLY_BELOW);
            if (lower > 0) {
                assertThat(FunnelLimits.exactBinomialBand(lower - 1, n, theta0, PARAMS))
                        .isIn(Band.BELOW, Band.SIGNIFICANTLY_BELOW);
            }
            assertThat(FunnelLimits.exactBinomialBand(upper, n, theta0, PARAMS))
                    .isNotIn(Band.ABOVE, Band.SIGNIFICANTLY_ABOVE);
            if (upper < n) {
                assertThat(FunnelLimits.exactBinomialBand(upper + 1, n, theta0, PARAMS))
                        .isIn(Band.ABOVE, Band.SIGNIFICANTLY_ABOVE);
            }
        }
        for (FunnelPoint point : category.panel("x").points()) {
            FunnelGeometry.assertOnTheSideOfItsBand(point, theta0, 0, PARAMS);
        }
        assertThat(category.panel("x").points())
                .extracting(FunnelPoint::band)
                .contains(ChartBand.SIGNIFICANTLY_BELOW, ChartBand.WITHIN);
    }

    @Test
    void labelsOnlyProvidersOutsideThe95PercentLimits() {
        FunnelCategory category = overdispersed();
        XYPlot panel = onlyPanel(FunnelPlotChart.chart(category.data()));

        List<String> expected = new ArrayList<>();
        for (UnitScore u : category.scores().units()) {
            if (ChartBand.of(u.band()).outsideAlertLimits() && u.n() >= 20) {
                expected.add(category.names().get(u.providerCode()));
            }
        }
        List<String> labels =
                ChartContents.of(FunnelPlotChart.chart(category.data())).annotations(panel);
        assertThat(labels)
                .containsExactlyInAnyOrderElementsOf(expected)
                .contains("Thana far below");
        assertThat(labels).doesNotContain("Thana small", "Thana 0");
    }

    @Test
    void suppressedProvidersAreNeitherDrawnNorNamedButCounted() {
        FunnelCategory category = overdispersed();
        JFreeChart chart = FunnelPlotChart.chart(category.data());
        String text = ChartContents.of(chart).all();

        assertThat(text).doesNotContain("suppressed by", "SUPP");
        assertThat(text).contains("2 providers with too few ratings not drawn");
        XYDataset points = onlyPanel(chart).getDataset(FunnelPlotChart.POINTS);
        for (int s = 0; s < points.getSeriesCount(); s++) {
            for (int i = 0; i < points.getItemCount(s); i++) {
                assertThat(points.getXValue(s, i)).isNotIn(8.0, 40.0);
            }
        }
    }

    @Test
    void axesCaptionAndTitleFollowReports() {
        JFreeChart chart = FunnelPlotChart.chart(overdispersed().data());
        CombinedRangeXYPlot combined = (CombinedRangeXYPlot) chart.getPlot();
        NumberAxis percent = (NumberAxis) combined.getRangeAxis();
        NumberAxis ratings = (NumberAxis) onlyPanel(chart).getDomainAxis();

        assertThat(percent.getLabel()).isEqualTo("% satisfied (overall 4 or 5)");
        assertThat(percent.getLowerBound()).isZero();
        assertThat(percent.getUpperBound()).isEqualTo(100);
        assertThat(ratings.getLabel()).isEqualTo("Valid ratings, West Bengal");
        assertThat(ratings.getUpperBound()).isGreaterThanOrEqualTo(300);
        assertThat(chart.getTitle().getText()).isEqualTo("Funnel plot: Police station, 2026-Q2");
        List<String> subtitles = new ArrayList<>();
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle t) {
                subtitles.add(t.getText());
            }
        }
        assertThat(subtitles).contains(FunnelPlotChart.CAPTION);
        assertThat(FunnelPlotChart.CAPTION)
                .containsIgnoringCase("inside the funnel means indistinguishable from the average")
                .contains("position inside it is not a rank");
    }

    @Test
    void eachComparisonAreaGetsItsOwnPanelAndTheLegendEachEntryOnce() {
        FunnelCategory first = overdispersed();
        FunnelCategory second = exact();
        FunnelChartData data =
                new FunnelChartData(
                        "Police station",
                        new Quarter(2026, 2),
                        "All districts",
                        PARAMS,
                        List.of(first.panel("Andhra Pradesh"), second.panel("West Bengal")));
        JFreeChart chart = FunnelPlotChart.chart(data);
        CombinedRangeXYPlot combined = (CombinedRangeXYPlot) chart.getPlot();

        assertThat(combined.getSubplots()).hasSize(2);
        XYSeriesCollection target =
                (XYSeriesCollection)
                        combined.getSubplots().get(1).getDataset(FunnelPlotChart.LINES);
        assertThat(target.getSeries(0).getY(0).doubleValue())
                .isCloseTo(second.scores().theta0() * 100, within(1e-9));
        List<String> legend = new ArrayList<>();
        for (int i = 0; i < combined.getLegendItems().getItemCount(); i++) {
            legend.add(combined.getLegendItems().get(i).getLabel());
        }
        assertThat(legend)
                .doesNotHaveDuplicates()
                .contains("95 % limits", "99.8 % limits", FunnelPlotChart.TARGET_KEY);
    }

    @Test
    void anEmptySelectionStillDrawsAChartSayingSo() {
        FunnelChartData data =
                new FunnelChartData(
                        "Police station", new Quarter(2026, 2), "District X", PARAMS, List.of());
        JFreeChart chart = FunnelPlotChart.chart(data);

        assertThat(onlyPanel(chart).getNoDataMessage()).contains("No scores");
        assertThat(ChartPng.bytes(chart, 400, 300)).startsWith(0x89, 'P', 'N', 'G');
    }

    static XYPlot onlyPanel(JFreeChart chart) {
        List<XYPlot> panels = ((CombinedRangeXYPlot) chart.getPlot()).getSubplots();
        assertThat(panels).hasSize(1);
        return panels.get(0);
    }

    private static List<String> seriesKeys(XYDataset dataset) {
        List<String> keys = new ArrayList<>();
        for (int s = 0; s < dataset.getSeriesCount(); s++) {
            keys.add((String) dataset.getSeriesKey(s));
        }
        return keys;
    }
}
