package org.survivorvoice.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.outreach.OutreachQueries;
import org.survivorvoice.outreach.ResponseRate;
import org.survivorvoice.reports.QuarterlyReports;
import org.survivorvoice.reports.data.Audience;
import org.survivorvoice.reports.data.ReportData;
import org.survivorvoice.reports.data.ReportProgress;
import org.survivorvoice.reports.data.ReportRequest;
import org.survivorvoice.reports.data.ReportService;
import org.survivorvoice.reports.excel.WorkbookReadBack;
import org.survivorvoice.scoring.ScoringQueries;
import org.survivorvoice.scoring.method.Band;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;

/**
 * The demo programme as dev mode loads it, written, scored and reviewed in the test database. It is
 * seen from a day in 1974, so that its quarters (1973-Q2 to 1974-Q4) belong to no other test: the
 * scoring run scores and freezes whole quarters, and funder editions count whole quarters. Its
 * areas and providers are its own, as those of every other test are.
 */
@QuarkusTest
class DemoFieldReviewsTest {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final LocalDate TODAY = LocalDate.of(1974, 12, 2);
    private static final Quarter RELEASED = Quarter.parse("1974-Q3");

    @Inject DemoProgrammeWriter writer;
    @Inject DemoFieldReviews reviews;
    @Inject ScoringQueries scoringQueries;
    @Inject OutreachQueries figures;
    @Inject ReportService reports;
    @Inject AgroalDataSource dataSource;
    @Inject Fixtures fixtures;
    @Inject QuarterlyReports quarterly;

    @Test
    void theNewestReleasedQuarterNamesGoodPracticeAndLaggardsAndHasAResponseRate()
            throws SQLException {
        DemoProgramme programme = DemoProgramme.generate(20260401, DemoSize.DEMO, TODAY, KOLKATA);
        String admin = fixtures.user(Roles.ADMIN, null);
        DemoLoadReport load = writer.write(programme);

        DemoReviewReport report = reviews.record(programme, load, admin);

        assertThat(report.period()).isEqualTo(RELEASED.toString());
        Map<Long, Band> bands = bands(load, RELEASED);
        Map<Long, Band> previous = bands(load, RELEASED.previous());
        assertThat(new HashSet<>(bands.values())).containsExactlyInAnyOrder(Band.values());
        assertThat(count("SELECT SUM(suppressed_units) FROM score_suppression WHERE period = ?"))
                .as("suppressed providers")
                .isPositive();

        Set<Long> named = new HashSet<>(namedProviders());
        named.retainAll(bands.keySet());
        assertThat(named).hasSize(report.goodPractice() + report.laggards());
        assertThat(named).filteredOn(id -> bands.get(id) == Band.SIGNIFICANTLY_ABOVE).isNotEmpty();
        assertThat(named).filteredOn(id -> bands.get(id) == Band.SIGNIFICANTLY_BELOW).isNotEmpty();
        assertThat(named)
                .allSatisfy(
                        id ->
                                assertThat(previous.get(id))
                                        .isIn(
                                                bands.get(id) == Band.SIGNIFICANTLY_ABOVE
                                                        ? List.of(
                                                                Band.ABOVE,
                                                                Band.SIGNIFICANTLY_ABOVE)
                                                        : List.of(
                                                                Band.BELOW,
                                                                Band.SIGNIFICANTLY_BELOW)));
        assertThat(report.underReview()).isPositive();
        assertThat(count("SELECT COUNT(*) FROM provider_review WHERE period = ? AND NOT verified"))
                .as("a visit that did not confirm")
                .isPositive();
        assertThat(
                        count(
                                "SELECT COUNT(*) FROM provider_review WHERE period = ? AND"
                                        + " reviewer <> '"
                                        + admin
                                        + "'"))
                .isZero();

        long sent = 0;
        long answered = 0;
        for (ResponseRate r : figures.responseRates(RELEASED)) {
            sent += r.invitationsSent();
            answered += r.invitationsAnswered();
        }
        assertThat(sent).isGreaterThanOrEqualTo(11);
        assertThat(answered).isPositive().isLessThan(sent);

        ReportData funder =
                reports.build(new ReportRequest(RELEASED, Audience.FUNDER, null, false));
        assertThat(funder.summary().responseRate()).isStrictlyBetween(0.0, 1.0);
        assertThat(funder.goodPractice()).hasSize(report.goodPractice());
        assertThat(funder.needsAttention().laggards()).hasSize(report.laggards());
        assertThat(funder.needsAttention().underReview()).isEqualTo(report.underReview());

        String funderUser = fixtures.user(Roles.FUNDER, null);
        JsonPath scores =
                Fixtures.as(funderUser)
                        .get("/api/v1/scores?size=500&period=" + RELEASED)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertThat(scores.getList("items.findAll { it.named }"))
                .hasSize(report.goodPractice() + report.laggards());

        funderWorkbookIsWorthOpening(
                scores.getList("items.findAll { it.named }.name", String.class));
    }

    /**
     * The funder workbook of the demo's newest released quarter, written as report jobs write it
     * (charts included) and read back: the figures a funder opens it for are there as numbers, good
     * practice and laggards are named, and nothing is withheld without its rule.
     */
    private void funderWorkbookIsWorthOpening(List<String> named) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        quarterly.write(
                new ReportRequest(RELEASED, Audience.FUNDER, null, false),
                out,
                ReportProgress.IGNORED);
        try (XSSFWorkbook wb = WorkbookReadBack.open(out.toByteArray())) {
            Sheet summary = wb.getSheet("Summary");
            for (String figure :
                    List.of(
                            "Valid ratings in the scoring window (rounded to 5)",
                            "Invitations to rate answered")) {
                assertThat(
                                WorkbookReadBack.rowStartingWith(summary, figure)
                                        .getCell(1)
                                        .getCellType())
                        .as(figure)
                        .isEqualTo(CellType.NUMERIC);
            }

            Sheet districts = wb.getSheet("Districts");
            int rows = 0;
            for (Row row : districts) {
                Cell first = row.getCell(0);
                if (first != null
                        && first.getCellType() == CellType.STRING
                        && first.getStringCellValue().equals("Under review")) {
                    break; // counts per category, without shares, follow
                }
                Cell providers = row.getCell(2);
                if (providers != null && providers.getCellType() == CellType.NUMERIC) {
                    rows++;
                    for (int c = 3; c <= 6; c++) {
                        assertThat(row.getCell(c).getCellType())
                                .as(WorkbookReadBack.where(row.getCell(c)))
                                .isEqualTo(CellType.NUMERIC);
                    }
                }
            }
            assertThat(rows).as("district rows with providers").isGreaterThan(20);

            List<String> goodPractice = WorkbookReadBack.texts(wb.getSheet("Good practice"));
            List<String> attention = WorkbookReadBack.texts(wb.getSheet("Needs attention"));
            assertThat(named).filteredOn(goodPractice::contains).isNotEmpty();
            assertThat(named).filteredOn(attention::contains).isNotEmpty();

            WorkbookReadBack.assertEveryNotShownNamesItsRule(wb);
            Set<String> codes = new HashSet<>(categoryCodes());
            for (Band band : Band.values()) {
                codes.add(band.name());
            }
            for (Cell cell : WorkbookReadBack.cells(wb)) {
                if (cell.getCellType() == CellType.STRING
                        && !cell.getSheet().getSheetName().equals("Styles")) {
                    assertThat(codes)
                            .as(WorkbookReadBack.where(cell))
                            .doesNotContain(cell.getStringCellValue());
                }
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> categoryCodes() {
        List<String> codes = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT code FROM provider_category");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return codes;
    }

    @Test
    void refusesAReviewerWhoIsNotAnActiveAdmin() {
        DemoProgramme programme = DemoProgramme.generate(3, new DemoSize(8, 10, 0), TODAY, KOLKATA);
        DemoLoadReport nothingWritten = new DemoLoadReport(0, 8, 10, 0, 0, 0, 1, Duration.ZERO);
        String fieldworker = fixtures.user(Roles.FIELDWORKER, null);
        String inactive = fixtures.user(Roles.ADMIN, null);
        fixtures.deactivate(inactive);

        for (String reviewer : List.of(fieldworker, inactive, "nobody")) {
            assertThatThrownBy(() -> reviews.record(programme, nothingWritten, reviewer))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private List<Long> namedProviders() {
        return QuarkusTransaction.requiringNew()
                .call(() -> new ArrayList<>(scoringQueries.namedProviders(RELEASED)));
    }

    /** Stored bands of the programme's providers in the period. */
    private Map<Long, Band> bands(DemoLoadReport load, Quarter period) throws SQLException {
        Map<Long, Band> bands = new HashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                "SELECT provider_id, band FROM score_snapshot WHERE period = ?"
                                        + " AND provider_id BETWEEN ? AND ?")) {
            s.setString(1, period.toString());
            s.setLong(2, load.providerId(0));
            s.setLong(3, load.providerId(load.providers() - 1));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    bands.put(rs.getLong(1), Band.valueOf(rs.getString(2)));
                }
            }
        }
        return bands;
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, RELEASED.toString());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
