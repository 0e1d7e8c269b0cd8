package org.survivorvoice.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.survivorvoice.reports.chart.FunnelCategory.PARAMS;
import static org.survivorvoice.reports.chart.FunnelCategory.unit;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.scoring.method.UnitCounts;

/**
 * Provider, district and category names in Bengali, Hindi and Telugu: every font a chart draws text
 * with must display that text (no boxes), and the charts render to PNG headlessly. Needs the fonts
 * of the README (fonts-lohit-beng-bengali, -deva, -telu), which {@code .ci/run} installs.
 */
class IndicLabelsTest {

    static final String BENGALI = "বসিরহাট থানা";
    static final String HINDI = "हावड़ा महिला थाना";
    static final String TELUGU = "విజయవాడ పోలీస్ స్టేషన్";
    static final String BENGALI_DISTRICT = "উত্তর ২৪ পরগনা";

    private static final Quarter PERIOD = new Quarter(2026, 2);

    @Test
    void funnelLabelsInThreeScriptsUseFontsThatDisplayThem() throws IOException {
        List<UnitCounts> units = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            units.add(unit("W" + i, 60, 42));
        }
        units.add(unit("BN", 200, 40));
        units.add(unit("HI", 150, 149));
        units.add(unit("TE", 120, 20));
        FunnelCategory category =
                FunnelCategory.of(units, Map.of("BN", BENGALI, "HI", HINDI, "TE", TELUGU));
        FunnelChartData data =
                new FunnelChartData(
                        "থানা",
                        PERIOD,
                        BENGALI_DISTRICT,
                        PARAMS,
                        List.of(category.panel("পশ্চিমবঙ্গ")));
        JFreeChart chart = FunnelPlotChart.chart(data);

        List<String> labels =
                ChartContents.of(chart).annotations(FunnelPlotChartTest.onlyPanel(chart));
        assertThat(labels).containsExactlyInAnyOrder(BENGALI, HINDI, TELUGU);
        assertEveryTextDisplayable(chart);
        assertRendersAsPng(chart, ChartPng.WIDTH, ChartPng.HEIGHT);
    }

    @Test
    void caterpillarRowsTrendTitlesAndCategoryNamesInThreeScripts() throws IOException {
        CaterpillarChartData caterpillar =
                new CaterpillarChartData(
                        "পুলিশ থানা",
                        PERIOD,
                        BENGALI_DISTRICT,
                        90,
                        List.of(
                                new CaterpillarChartData.Row(
                                        BENGALI, 0.7, 0.6, 0.8, ChartBand.WITHIN),
                                new CaterpillarChartData.Row(HINDI, 0.5, 0.4, 0.6, ChartBand.BELOW),
                                new CaterpillarChartData.Row(
                                        TELUGU, 0.9, 0.8, 0.95, ChartBand.ABOVE)));
        CategoryOverviewData overview =
                new CategoryOverviewData(
                        PERIOD,
                        BENGALI_DISTRICT,
                        List.of(
                                new CategoryOverviewData.Category(
                                        "থানা", Map.of(ChartBand.WITHIN, 5), 1),
                                new CategoryOverviewData.Category(
                                        "अस्पताल", Map.of(ChartBand.ABOVE, 2), 0),
                                new CategoryOverviewData.Category(
                                        "ఆసుపత్రి", Map.of(ChartBand.WITHIN, 3), 0)));
        TrendChartData trend =
                new TrendChartData(
                        TELUGU,
                        HINDI,
                        List.of(PERIOD.previous(), PERIOD),
                        List.of(
                                new TrendChartData.Series(
                                        BENGALI,
                                        List.of(
                                                new TrendChartData.Value(
                                                        PERIOD,
                                                        0.7,
                                                        0.6,
                                                        0.8,
                                                        ChartBand.WITHIN)))));
        ChannelMixData channels =
                ChannelMixData.of(PERIOD, TELUGU, Map.of("SMS", 40L, "IVR", 30L), 11);

        for (JFreeChart chart :
                List.of(
                        CaterpillarChart.chart(caterpillar),
                        CategoryOverviewChart.chart(overview),
                        TrendChart.chart(trend),
                        ChannelMixChart.chart(channels))) {
            assertThat(ChartContents.of(chart).all()).containsAnyOf(BENGALI, TELUGU, "থানা");
            assertEveryTextDisplayable(chart);
            assertRendersAsPng(chart, 640, 480);
        }
        assertThat(GraphicsEnvironment.isHeadless()).isTrue();
    }

    /** Every text is drawn in the logical SansSerif family, by a font that displays all of it. */
    private static void assertEveryTextDisplayable(JFreeChart chart) {
        for (ChartContents.Text text : ChartContents.of(chart).texts()) {
            if (text.font() == null) {
                continue; // series keys: shown through the legend, checked there
            }
            Font font = text.font();
            assertThat(font.getFamily()).as(text.text()).isEqualTo(Font.SANS_SERIF);
            assertThat(font.canDisplayUpTo(text.text())).as(text.text()).isEqualTo(-1);
        }
    }

    private static void assertRendersAsPng(JFreeChart chart, int width, int height)
            throws IOException {
        byte[] png = ChartPng.bytes(chart, width, height);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
    }
}
