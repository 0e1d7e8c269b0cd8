package org.survivorvoice.scoring.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.reports.chart.ChartService;
import org.survivorvoice.reports.chart.ChartViewer;
import org.survivorvoice.reports.chart.FunnelPoint;
import org.survivorvoice.reports.data.Audience;
import org.survivorvoice.reports.data.ReportData;
import org.survivorvoice.reports.data.ReportProgress;
import org.survivorvoice.reports.data.ReportRequest;
import org.survivorvoice.reports.data.ReportService;
import org.survivorvoice.reports.excel.QuarterlyWorkbookWriter;
import org.survivorvoice.reports.excel.WorkbookReadBack;
import org.survivorvoice.scoring.ScoringService;
import org.survivorvoice.scoring.method.Band;
import org.survivorvoice.scoring.method.ScoringParameters;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;

/**
 * The acceptance check of published precision (design/SCORING.md, k = 5) over everything the
 * service publishes about a provider: the scores API (admin, official and funder), the official and
 * funder workbooks read back with POI, and the funnel chart's data. Generated programmes of one
 * district (a comparison group of its own) are rated over two consecutive quarters, scored, and for
 * every listed provider the (n, x) pairs consistent with what was published are enumerated by a
 * reader who knows the method and the group's exact theta0, tau2 and m. One quarter alone, and the
 * two quarters read together (nothing left the window, so a reader knows the later window holds the
 * earlier one plus at least five new ratings whenever the figures changed), must leave at least
 * five pairs, the true one among them.
 */
@QuarkusTest
class PublishedOutputsTest {

    private static final ScoringParameters PARAMS = ScoringParameters.defaults();

    @Inject Fixtures fixtures;
    @Inject ScoringService scoring;
    @Inject ReportService reports;
    @Inject QuarterlyWorkbookWriter writer;
    @Inject ChartService charts;
    @Inject EntityManager em;

    /** What the outputs say about one provider in one quarter. */
    record Seen(
            String ratingsBand,
            double score,
            double low,
            double high,
            Band band,
            double verifiedShare,
            boolean unchanged) {}

    @Test
    void everyOutputOfTwoQuartersLeavesAtLeastFivePairsPerProvider() {
        int checked = 0;
        int fewest = Integer.MAX_VALUE;
        // quarters no other test rates: a released quarter freezes on its first scoring
        String[][] quarters = {
            {"2009-Q1", "2009-Q2"}, {"2009-Q3", "2009-Q4"}, {"2008-Q1", "2008-Q2"}
        };
        for (int seed = 0; seed < quarters.length; seed++) {
            Quarter first = Quarter.parse(quarters[seed][0]);
            Quarter second = Quarter.parse(quarters[seed][1]);
            Programme programme = programme(new Random(seed * 7919L + 11), first, second);
            scoring.refresh(first);
            scoring.refresh(second);
            for (Quarter period : List.of(first, second)) {
                Map<String, Seen> seen = observe(programme, period);
                assertThat(seen).isNotEmpty();
                for (var entry : seen.entrySet()) {
                    String code = entry.getKey();
                    int[] truth = programme.counts(code, period, first);
                    Seen figures = entry.getValue();
                    List<long[]> pairs = consistent(figures, period, programme, code);
                    if (period.equals(second) && !figures.unchanged()) {
                        pairs = together(pairs, programme, code, first);
                    }
                    // unchanged figures describe the window of the quarter they were set in
                    int[] described =
                            figures.unchanged() ? programme.counts(code, first, first) : truth;
                    assertThat(pairs)
                            .as("%s in %s: %s", code, period, figures)
                            .anyMatch(p -> p[0] == described[0] && p[1] == described[1]);
                    assertThat(pairs.size())
                            .as("pairs left for %s in %s", code, period)
                            .isGreaterThanOrEqualTo(5);
                    fewest = Math.min(fewest, pairs.size());
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(60);
        System.out.printf(
                "published precision: %d provider outputs, fewest pairs %d%n", checked, fewest);
    }

    /** A district of police stations rated in two quarters, with the true counts kept. */
    record Programme(Area district, List<String> codes, Map<String, int[][]> ratings) {
        /** n and x of the window ending with the period (both quarters are in every window). */
        int[] counts(String code, Quarter period, Quarter first) {
            int[][] r = ratings.get(code);
            int n = r[0][0] + r[0][1];
            int x = r[0][0];
            if (!period.equals(first)) {
                n += r[1][0] + r[1][1];
                x += r[1][0];
            }
            return new int[] {n, x};
        }
    }

    private Programme programme(Random random, Quarter first, Quarter second) {
        Area district = fixtures.district();
        List<String> codes = new ArrayList<>();
        Map<String, int[][]> ratings = new HashMap<>();
        for (int i = 0; i < 24; i++) {
            String code = fixtures.provider(district.id, "POLICE", "Thana " + i);
            double quality =
                    i % 6 == 0 ? 0.25 : i % 6 == 1 ? 0.97 : 0.55 + random.nextDouble() * 0.3;
            int n1 = 11 + random.nextInt(60);
            int n2 = random.nextInt(10);
            int x1 = binomial(random, n1, quality);
            int x2 = binomial(random, n2, quality);
            fixtures.ratings(code, first.toString(), x1, n1 - x1);
            if (n2 > 0) {
                fixtures.ratings(code, second.toString(), x2, n2 - x2);
            }
            codes.add(code);
            ratings.put(code, new int[][] {{x1, n1 - x1}, {x2, n2 - x2}});
        }
        return new Programme(district, codes, ratings);
    }

    private static int binomial(Random random, int n, double p) {
        int x = 0;
        for (int i = 0; i < n; i++) {
            x += random.nextDouble() < p ? 1 : 0;
        }
        return x;
    }

    /**
     * Reads every output of the period and checks they agree with each other: the admin's scores
     * list is the widest view; the official's and funder's lists, both workbooks and the funnel
     * must say nothing that differs from it.
     */
    private Map<String, Seen> observe(Programme programme, Quarter period) {
        Map<String, Seen> admin = scores(fixtures.user(Roles.ADMIN, null), programme, period);
        Map<String, Seen> official =
                scores(fixtures.user(Roles.OFFICIAL, programme.district().id), programme, period);
        Map<String, Seen> funder = scores(fixtures.user(Roles.FUNDER, null), programme, period);
        assertThat(official).isEqualTo(admin);
        funder.forEach((code, s) -> assertThat(s).isEqualTo(admin.get(code)));

        for (Audience audience : List.of(Audience.OFFICIAL, Audience.FUNDER)) {
            Map<String, double[]> cells = workbookCells(audience, programme, period);
            assertThat(cells).isNotEmpty();
            cells.forEach(
                    (code, c) -> {
                        Seen s = admin.get(code);
                        assertThat(s)
                                .as("%s listed in the %s workbook", code, audience)
                                .isNotNull();
                        assertThat(c).containsExactly(s.score(), s.low(), s.high());
                    });
        }

        List<double[]> points = new ArrayList<>();
        for (var panel :
                charts.funnel(period, "POLICE", programme.district().id, ChartViewer.admin())
                        .panels()) {
            for (FunnelPoint p : panel.points()) {
                points.add(new double[] {p.n(), p.p()});
            }
        }
        List<double[]> expected = new ArrayList<>();
        for (String code : admin.keySet()) {
            PublishedFigures f = figures(admin.get(code), period, programme, code);
            expected.add(new double[] {f.funnelN(), f.funnelP()});
        }
        assertThat(points)
                .usingElementComparator(PublishedOutputsTest::compare)
                .containsExactlyInAnyOrderElementsOf(expected);
        return admin;
    }

    private static int compare(double[] a, double[] b) {
        return a[0] == b[0] && a[1] == b[1] ? 0 : 1;
    }

    private Map<String, Seen> scores(String user, Programme programme, Quarter period) {
        JsonPath json =
                as(user).get(
                                "/api/v1/scores?size=500&period="
                                        + period
                                        + "&district="
                                        + programme.district().id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .using(
                                JsonPathConfig.jsonPathConfig()
                                        .numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));
        Map<String, Seen> seen = new HashMap<>();
        for (Map<String, Object> item : json.<Map<String, Object>>getList("items")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> interval = (Map<String, Object>) item.get("interval");
            seen.put(
                    (String) item.get("providerCode"),
                    new Seen(
                            (String) item.get("ratingsBand"),
                            ((Number) item.get("score")).doubleValue(),
                            ((Number) interval.get("low")).doubleValue(),
                            ((Number) interval.get("high")).doubleValue(),
                            Band.valueOf((String) item.get("band")),
                            ((Number) item.get("verifiedShare")).doubleValue(),
                            (Boolean) item.get("unchanged")));
        }
        return seen;
    }

    /** Score, low and high of each provider row of the workbook's Providers sheet. */
    private Map<String, double[]> workbookCells(
            Audience audience, Programme programme, Quarter period) {
        ReportData data =
                reports.build(
                        new ReportRequest(
                                period,
                                audience,
                                audience == Audience.OFFICIAL ? programme.district().id : null,
                                false));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(data, List.of(), out, ReportProgress.IGNORED);
        Map<String, double[]> cells = new HashMap<>();
        try (XSSFWorkbook wb = WorkbookReadBack.open(out.toByteArray())) {
            Sheet sheet = wb.getSheet("Providers");
            Map<String, Integer> columns = new HashMap<>();
            int header = -1;
            for (Row row : sheet) {
                if (header < 0) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            columns.put(cell.getStringCellValue(), cell.getColumnIndex());
                        }
                    }
                    if (columns.containsKey("Score") && columns.containsKey("Low")) {
                        header = row.getRowNum();
                    } else {
                        columns.clear();
                    }
                    continue;
                }
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING
                            && programme.codes().contains(cell.getStringCellValue())) {
                        cells.put(
                                cell.getStringCellValue(),
                                new double[] {
                                    number(row, columns.get("Score")),
                                    number(row, columns.get("Low")),
                                    number(row, columns.get("High"))
                                });
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return cells;
    }

    private static double number(Row row, int column) {
        return row.getCell(column).getNumericCellValue();
    }

    /** The group's exact numbers of the period, which the reader is assumed to know. */
    double[] group(Quarter period, Programme programme) {
        Object[] r =
                QuarkusTransaction.requiringNew()
                        .call(
                                () ->
                                        (Object[])
                                                em.createNativeQuery(
                                                                "SELECT m.theta0, m.tau2, m.m FROM"
                                                                    + " score_method m JOIN area d"
                                                                    + " ON d.parent_id ="
                                                                    + " m.comparison_id WHERE"
                                                                    + " m.period = :period AND d.id"
                                                                    + " = :district")
                                                        .setParameter("period", period.toString())
                                                        .setParameter(
                                                                "district", programme.district().id)
                                                        .getSingleResult());
        return new double[] {
            ((Number) r[0]).doubleValue(),
            ((Number) r[1]).doubleValue(),
            ((Number) r[2]).doubleValue()
        };
    }

    private final Map<String, PublishedPrecision> precisions = new HashMap<>();

    private PublishedPrecision precision(Quarter period, Programme programme) {
        return precisions.computeIfAbsent(
                period + "/" + programme.district().id,
                k -> {
                    double[] g = group(period, programme);
                    return new PublishedPrecision(g[0], g[1], g[2], PARAMS);
                });
    }

    /** The quarter whose method produced the figures: the earlier one for unchanged figures. */
    private Quarter setIn(Seen seen, Quarter period) {
        return seen.unchanged() ? period.previous() : period;
    }

    private PublishedFigures figures(Seen seen, Quarter period, Programme programme, String code) {
        List<long[]> pairs = consistent(seen, period, programme, code);
        assertThat(pairs).isNotEmpty();
        return precision(setIn(seen, period), programme)
                .publish(pairs.get(0)[0], pairs.get(0)[1], 0);
    }

    /** Every (n, x) of the ratings band that the method would have published as seen. */
    private List<long[]> consistent(Seen seen, Quarter period, Programme programme, String code) {
        PublishedPrecision precision = precision(setIn(seen, period), programme);
        String[] band = seen.ratingsBand().split("-");
        long lo = Long.parseLong(band[0]);
        List<long[]> pairs = new ArrayList<>();
        for (long n = Math.max(lo, PARAMS.minRatings()); n <= Long.parseLong(band[1]); n++) {
            for (long x = 0; x <= n; x++) {
                PublishedFigures f = precision.publish(n, x, 0);
                if (f.band() == seen.band()
                        && f.score() == seen.score()
                        && f.low() == seen.low()
                        && f.high() == seen.high()) {
                    pairs.add(new long[] {n, x});
                }
            }
        }
        return pairs;
    }

    /**
     * Pairs of the later quarter still possible once the earlier quarter's output is read too: a
     * later pair needs an earlier one with at least five fewer ratings (the figures changed) and no
     * more satisfied or dissatisfied ratings than it.
     */
    private List<long[]> together(
            List<long[]> later, Programme programme, String code, Quarter first) {
        Map<String, Seen> before = scores(fixtures.user(Roles.ADMIN, null), programme, first);
        Seen earlier = before.get(code);
        if (earlier == null) {
            return later;
        }
        List<long[]> earlierPairs = consistent(earlier, first, programme, code);
        List<long[]> left = new ArrayList<>();
        for (long[] p : later) {
            for (long[] q : earlierPairs) {
                if (p[0] - q[0] >= PublishedRelease.MIN_NEW_RATINGS
                        && p[1] >= q[1]
                        && p[0] - p[1] >= q[0] - q[1]) {
                    left.add(p);
                    break;
                }
            }
        }
        return left;
    }
}
