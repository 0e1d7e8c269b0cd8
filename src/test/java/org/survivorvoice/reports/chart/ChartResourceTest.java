package org.survivorvoice.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;

/**
 * Charts from snapshots the real scoring refresh computed from fixture ratings. Each test scores
 * its own quarter (a released quarter is frozen by its first refresh) in a state of its own.
 */
@QuarkusTest
class ChartResourceTest {

    private static final String WORSE_NAME = "বসিরহাট থানা";
    private static final String SMALL_NAME = "Thana small";

    @Inject Fixtures fixtures;
    @Inject ChartService charts;

    /** Twelve police stations: ten ordinary, one clearly worse, one suppressed. */
    private record Programme(Area district, List<String> codes, String worse, String small) {}

    private Programme programme(String period) {
        Area district = fixtures.district();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String code = fixtures.provider(district.id, "POLICE", "Thana " + i);
            fixtures.ratings(code, period, 28 + i % 3, 12 - i % 3);
            codes.add(code);
        }
        String worse = fixtures.provider(district.id, "POLICE", WORSE_NAME);
        fixtures.ratings(worse, period, 8, 32);
        String small = fixtures.provider(district.id, "POLICE", SMALL_NAME);
        fixtures.ratings(small, period, 5, 2);
        return new Programme(district, codes, worse, small);
    }

    private Programme scored(String period) {
        Programme p = programme(period);
        as(fixtures.user(Roles.ADMIN, null))
                .post("/api/v1/scores/refresh?period=" + period)
                .then()
                .statusCode(200);
        return p;
    }

    @Test
    void funnelPngIsAPrivatelyCachedImageOfTheDistrictsScoredProviders() throws IOException {
        Programme p = scored("2007-Q1");
        String admin = fixtures.user(Roles.ADMIN, null);

        byte[] png =
                as(admin)
                        .get(
                                "/api/v1/charts/funnel.png?period=2007-Q1&category=POLICE&district="
                                        + p.district().id)
                        .then()
                        .statusCode(200)
                        .contentType("image/png")
                        .header("Cache-Control", containsString("private"))
                        .extract()
                        .asByteArray();

        assertPng(png, ChartPng.WIDTH, ChartPng.HEIGHT);
        FunnelChartData data =
                charts.funnel(
                        Quarter.parse("2007-Q1"), "POLICE", p.district().id, ChartViewer.admin());
        assertThat(data.panels()).hasSize(1);
        FunnelPanel panel = data.panels().get(0);
        assertThat(panel.points()).hasSize(11);
        assertThat(panel.suppressedUnits()).isEqualTo(1);
        assertThat(panel.points())
                .filteredOn(pt -> pt.label() != null)
                .singleElement()
                .satisfies(
                        pt -> {
                            assertThat(pt.label()).isEqualTo(WORSE_NAME);
                            assertThat(pt.band()).isEqualTo(ChartBand.SIGNIFICANTLY_BELOW);
                            // drawn at the middle of its ratings band 40-44, never its exact 40
                            assertThat(pt.n()).isEqualTo(42);
                        });
        for (FunnelPoint point : panel.points()) {
            FunnelGeometry.assertOnTheSideOfItsBand(
                    point, panel.theta0(), panel.tau2(), data.parameters());
        }
        assertThat(data.scope()).isEqualTo(p.district().name);
    }

    @Test
    void funderSeesAnUnverifiedFlagOnlyAsAnUnnamedPointUnderReview() {
        Programme p = scored("2007-Q2");
        String funder = fixtures.user(Roles.FUNDER, null);
        String url = "/api/v1/charts/funnel.png?period=2007-Q2&category=POLICE&district=";

        as(funder).get(url + p.district().id).then().statusCode(200).contentType("image/png");
        FunnelChartData data =
                charts.funnel(
                        Quarter.parse("2007-Q2"), "POLICE", p.district().id, ChartViewer.funder());
        List<FunnelPoint> points = data.panels().get(0).points();
        assertThat(points).hasSize(11);
        assertThat(points).extracting(FunnelPoint::band).contains(ChartBand.UNDER_REVIEW);
        assertThat(points)
                .extracting(FunnelPoint::band)
                .doesNotContain(ChartBand.SIGNIFICANTLY_BELOW);
        assertThat(points).allMatch(pt -> pt.label() == null);
        assertThat(ChartContents.of(FunnelPlotChart.chart(data)).all()).doesNotContain(WORSE_NAME);

        CategoryOverviewData overview =
                charts.categories(Quarter.parse("2007-Q2"), p.district().id, ChartViewer.funder());
        CategoryOverviewData.Category police = overview.categories().get(0);
        assertThat(police.count(ChartBand.UNDER_REVIEW)).isEqualTo(1);
        assertThat(police.count(ChartBand.SIGNIFICANTLY_BELOW)).isZero();
        assertThat(police.count(ChartBand.WITHIN)).isEqualTo(10);
        assertThat(police.suppressedUnits()).isEqualTo(1);

        assertThat(
                        charts.caterpillar(
                                        Quarter.parse("2007-Q2"),
                                        "POLICE",
                                        p.district().id,
                                        ChartViewer.funder())
                                .rows())
                .extracting(CaterpillarChartData.Row::label)
                .hasSize(10)
                .doesNotContain(WORSE_NAME);
    }

    @Test
    void suppressedProviderIsAbsentFromEveryChart() {
        Programme p = scored("2007-Q3");
        Quarter q = Quarter.parse("2007-Q3");
        long d = p.district().id;
        for (ChartViewer viewer :
                List.of(ChartViewer.admin(), ChartViewer.official(d), ChartViewer.funder())) {
            List<JFreeChart> drawn =
                    List.of(
                            FunnelPlotChart.chart(charts.funnel(q, "POLICE", d, viewer)),
                            CaterpillarChart.chart(charts.caterpillar(q, "POLICE", d, viewer)),
                            CategoryOverviewChart.chart(charts.categories(q, d, viewer)),
                            TrendChart.chart(charts.providerTrend(p.codes().get(0), viewer)),
                            ChannelMixChart.chart(charts.channels(q, d, viewer)));
            for (JFreeChart chart : drawn) {
                assertThat(ChartContents.of(chart).all())
                        .doesNotContain(SMALL_NAME)
                        .doesNotContain(p.small());
            }
        }
        // the suppressed provider's own trend has no quarter to show
        assertThat(charts.providerTrend(p.small(), ChartViewer.admin()).series().get(0).values())
                .isEmpty();
    }

    @Test
    void officialSeesOnlyHerOwnDistrictAndReleasedQuarters() {
        Programme p = scored("2007-Q4");
        Area other = fixtures.district();
        String otherCode = fixtures.provider(other.id, "POLICE", "Elsewhere thana");
        String official = fixtures.user(Roles.OFFICIAL, p.district().id);

        as(official)
                .get("/api/v1/charts/funnel.png?period=2007-Q4&category=POLICE")
                .then()
                .statusCode(200)
                .contentType("image/png");
        assertThat(
                        charts.funnel(
                                        Quarter.parse("2007-Q4"),
                                        "POLICE",
                                        null,
                                        ChartViewer.official(p.district().id))
                                .scope())
                .isEqualTo(p.district().name);
        as(official)
                .get(
                        "/api/v1/charts/funnel.png?period=2007-Q4&category=POLICE&district="
                                + other.id)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        as(official)
                .get("/api/v1/charts/categories.png?period=2007-Q4&district=" + other.id)
                .then()
                .statusCode(403);
        as(official)
                .get("/api/v1/charts/trend.png?providerCode=" + otherCode)
                .then()
                .statusCode(404);
        as(official)
                .get("/api/v1/charts/trend.png?providerCode=" + p.worse())
                .then()
                .statusCode(200)
                .contentType("image/png");
        as(official)
                .get("/api/v1/charts/funnel.png?period=2099-Q1&category=POLICE")
                .then()
                .statusCode(404);
        as(fixtures.user(Roles.ADMIN, null))
                .get("/api/v1/charts/funnel.png?period=2099-Q1&category=POLICE")
                .then()
                .statusCode(200);
    }

    @Test
    void badOrMissingParametersAreProblemsNamingTheParameter() {
        String admin = fixtures.user(Roles.ADMIN, null);

        as(admin)
                .get("/api/v1/charts/funnel.png?period=2007-Q1")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("category"));
        as(admin)
                .get("/api/v1/charts/funnel.png?period=2026-Q7&category=POLICE")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("period"));
        as(admin)
                .get("/api/v1/charts/categories.png?district=abc")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("district"));
        as(admin)
                .get("/api/v1/charts/trend.png")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("providerCode"));
        as(admin)
                .get("/api/v1/charts/funnel.png?period=2007-Q1&category=NOSUCH")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        as(admin).get("/api/v1/charts/trend.png?providerCode=ZZ0000").then().statusCode(404);
        as(admin)
                .get("/api/v1/charts/funnel.png?period=2007-Q1&category=POLICE&district=999999999")
                .then()
                .statusCode(404);
        as(admin)
                .get("/api/v1/charts/caterpillar.png?period=2007-Q1&category=POLICE")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("district"));
    }

    @Test
    void trendAndFunnelShowAFunderAFlagOnlyOnceTheConfirmationRuleNamesIt() throws IOException {
        Programme p = programme("2006-Q1");
        String admin = fixtures.user(Roles.ADMIN, null);
        as(admin).post("/api/v1/scores/refresh?period=2006-Q1").then().statusCode(200);
        as(admin).post("/api/v1/scores/refresh?period=2006-Q2").then().statusCode(200);

        TrendChartData worseForAdmin = charts.providerTrend(p.worse(), ChartViewer.admin());
        assertThat(worseForAdmin.quarters())
                .containsExactly(Quarter.parse("2006-Q1"), Quarter.parse("2006-Q2"));
        assertThat(worseForAdmin.series().get(0).values())
                .extracting(TrendChartData.Value::band)
                .containsExactly(ChartBand.SIGNIFICANTLY_BELOW, ChartBand.SIGNIFICANTLY_BELOW);
        assertThat(charts.providerTrend(p.worse(), ChartViewer.funder()).series().get(0).values())
                .isEmpty();
        assertThat(
                        charts.providerTrend(p.codes().get(0), ChartViewer.funder())
                                .series()
                                .get(0)
                                .values())
                .extracting(TrendChartData.Value::band)
                .containsOnly(ChartBand.WITHIN)
                .hasSize(2);

        // a verified review after two flagged windows names the provider: funders then see it
        as(admin)
                .contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "providerCode",
                                p.worse(),
                                "period",
                                "2006-Q2",
                                "label",
                                "LAGGARD",
                                "verified",
                                true))
                .post("/api/v1/reviews")
                .then()
                .statusCode(201);
        assertThat(charts.providerTrend(p.worse(), ChartViewer.funder()).series().get(0).values())
                .extracting(TrendChartData.Value::period)
                .containsExactly(Quarter.parse("2006-Q2"));
        assertThat(
                        charts.funnel(
                                        Quarter.parse("2006-Q2"),
                                        "POLICE",
                                        p.district().id,
                                        ChartViewer.funder())
                                .panels()
                                .get(0)
                                .points())
                .filteredOn(pt -> pt.label() != null)
                .singleElement()
                .satisfies(
                        pt -> {
                            assertThat(pt.label()).isEqualTo(WORSE_NAME);
                            assertThat(pt.band()).isEqualTo(ChartBand.SIGNIFICANTLY_BELOW);
                        });

        byte[] png =
                as(fixtures.user(Roles.FUNDER, null))
                        .get("/api/v1/charts/trend.png?providerCode=" + p.codes().get(0))
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray();
        assertPng(png, ChartPng.WIDTH, ChartPng.HEIGHT);
    }

    @Test
    void categoriesCaterpillarAndChannelsArePngs() throws IOException {
        Programme p = scored("2006-Q3");
        String admin = fixtures.user(Roles.ADMIN, null);
        String query = "?period=2006-Q3&district=" + p.district().id;

        for (String chart :
                List.of("categories.png", "channels.png", "caterpillar.png?category=POLICE")) {
            String path = "/api/v1/charts/" + chart;
            byte[] png =
                    as(admin)
                            .get(path + (path.contains("?") ? "&" : "?") + query.substring(1))
                            .then()
                            .statusCode(200)
                            .contentType("image/png")
                            .extract()
                            .asByteArray();
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image.getWidth()).as(chart).isEqualTo(ChartPng.WIDTH);
        }
        CaterpillarChartData caterpillar =
                charts.caterpillar(
                        Quarter.parse("2006-Q3"), "POLICE", p.district().id, ChartViewer.admin());
        assertThat(caterpillar.rows()).hasSize(11);
        assertThat(caterpillar.rows().get(0).label()).isEqualTo(WORSE_NAME);
        assertThat(caterpillar.intervalPercent()).isEqualTo(90);
        ChannelMixData channels =
                charts.channels(Quarter.parse("2006-Q3"), p.district().id, ChartViewer.admin());
        // every fixture rating is ASSISTED: 407 ratings, one channel, 100 %
        assertThat(channels.shares())
                .filteredOn(s -> s.channel().equals("ASSISTED"))
                .singleElement()
                .extracting(ChannelMixData.Share::percent)
                .isEqualTo(100.0);
    }

    private static void assertPng(byte[] png, int width, int height) throws IOException {
        assertThat(png).startsWith(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
    }
}
