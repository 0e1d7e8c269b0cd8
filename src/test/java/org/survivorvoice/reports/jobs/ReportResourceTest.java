package org.survivorvoice.reports.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.reports.data.Audience;
import org.survivorvoice.scoring.ScoringService;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;

/**
 * Report jobs through the API: who may ask for which edition, progress to DONE, the archive with
 * its SHA-256, and downloads. Each test reports on a quarter of its own (1991-1992: no other test
 * scores those, and a released quarter is frozen by its first refresh).
 */
@QuarkusTest
class ReportResourceTest {

    @Inject Fixtures fixtures;
    @Inject ReportJobService jobs;
    @Inject QuarterlyReportSchedule schedule;
    @Inject ScoringService scoring;

    private Area programme(String period) {
        Area district = fixtures.district();
        for (int i = 0; i < 12; i++) {
            String code = fixtures.provider(district.id, "POLICE", "Thana " + i);
            fixtures.ratings(code, period, 25 + i, 10);
        }
        return district;
    }

    @Test
    void funderWorkbookIsArchivedWithItsHashAndDownloadedAudited() throws Exception {
        programme("1991-Q1");
        String funder = fixtures.user(Roles.FUNDER, null);

        long jobId =
                as(funder)
                        .post("/api/v1/reports?period=1991-Q1&audience=FUNDER")
                        .then()
                        .statusCode(202)
                        .body("status", equalTo("QUEUED"))
                        .extract()
                        .jsonPath()
                        .getLong("jobId");
        long reportId = awaitDone(funder, jobId);

        Response download = as(funder).get("/api/v1/reports/" + reportId);
        download.then().statusCode(200).header("Cache-Control", "no-store");
        byte[] bytes = download.asByteArray();
        String sha256 =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        assertThat(download.header("X-Content-SHA256")).isEqualTo(sha256);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            // the charts drawn for the edition: overview and channel mix, a POLICE funnel
            assertThat(pictures(workbook, "Summary")).isEqualTo(2);
            assertThat(pictures(workbook, "Providers")).isEqualTo(1);
            assertThat(pictures(workbook, "Trends")).isEqualTo(1);
        }

        JsonPath list =
                as(funder)
                        .get("/api/v1/reports?period=1991-Q1")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertThat(list.getList("reportId", Long.class)).contains(reportId);
        assertThat(list.getList("sha256")).contains(sha256);
        assertThat(fixtures.auditActions("report_job", jobId)).containsExactly("REPORT_GENERATE");
        assertThat(fixtures.auditActions("report_archive", reportId))
                .containsExactly("REPORT_DOWNLOAD");
    }

    @Test
    void regeneratingThePeriodGivesTheSameNumbers() throws Exception {
        programme("1991-Q2");
        String funder = fixtures.user(Roles.FUNDER, null);

        List<String> first = cells(funder, request(funder, "1991-Q2", "FUNDER", null));
        List<String> second = cells(funder, request(funder, "1991-Q2", "FUNDER", null));

        assertThat(second).isEqualTo(first);
        assertThat(first).isNotEmpty();
    }

    @Test
    void officialsGetTheirOwnDistrictOnlyAndFundersTheFunderEdition() {
        Area district = programme("1991-Q3");
        Area other = fixtures.district();
        String official = fixtures.user(Roles.OFFICIAL, district.id);
        String funder = fixtures.user(Roles.FUNDER, null);

        long jobId = queue(official, "1991-Q3", "OFFICIAL", null);
        long reportId = awaitDone(official, jobId);
        as(official)
                .get("/api/v1/reports/jobs/" + jobId)
                .then()
                .statusCode(200)
                .body("district", equalTo(district.id.intValue()));

        as(official).post("/api/v1/reports?period=1991-Q3&audience=FUNDER").then().statusCode(403);
        as(official)
                .post("/api/v1/reports?period=1991-Q3&audience=OFFICIAL&district=" + other.id)
                .then()
                .statusCode(403);
        as(funder)
                .post("/api/v1/reports?period=1991-Q3&audience=OFFICIAL&district=" + district.id)
                .then()
                .statusCode(403);
        // the official's workbook and job are not the funder's to see
        as(funder).get("/api/v1/reports/" + reportId).then().statusCode(404);
        as(funder).get("/api/v1/reports/jobs/" + jobId).then().statusCode(404);
        assertThat(as(funder).get("/api/v1/reports?period=1991-Q3").jsonPath().getList("reportId"))
                .isEmpty();
        String otherOfficial = fixtures.user(Roles.OFFICIAL, other.id);
        as(otherOfficial).get("/api/v1/reports/" + reportId).then().statusCode(404);
    }

    @Test
    void openQuarterIsProvisionalForAdminsAndRefusedToOthers() {
        String current = currentQuarter();
        String admin = fixtures.user(Roles.ADMIN, null);
        String funder = fixtures.user(Roles.FUNDER, null);

        as(funder)
                .post("/api/v1/reports?period=" + current + "&audience=FUNDER")
                .then()
                .statusCode(422)
                .contentType("application/problem+json");
        long jobId =
                as(admin)
                        .post("/api/v1/reports?period=" + current + "&audience=FUNDER")
                        .then()
                        .statusCode(202)
                        .body("provisional", equalTo(true))
                        .extract()
                        .jsonPath()
                        .getLong("jobId");
        long reportId = awaitDone(admin, jobId);

        as(funder).get("/api/v1/reports/" + reportId).then().statusCode(404);
        assertThat(
                        as(funder)
                                .get("/api/v1/reports?period=" + current)
                                .jsonPath()
                                .getList("reportId"))
                .doesNotContain((int) reportId);
        as(admin).get("/api/v1/reports/" + reportId).then().statusCode(200);
    }

    @Test
    void badRequestsAreExplainedByField() {
        String admin = fixtures.user(Roles.ADMIN, null);
        as(admin)
                .post("/api/v1/reports?audience=FUNDER")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("period"));
        as(admin)
                .post("/api/v1/reports?period=1991-Q1&audience=EVERYONE")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("audience"));
        as(admin)
                .post("/api/v1/reports?period=1991-Q1&audience=OFFICIAL")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("district"));
        as(admin)
                .post("/api/v1/reports?period=1991-Q1&audience=FUNDER&district=1")
                .then()
                .statusCode(400)
                .body("violations[0].field", equalTo("district"));
        as(admin).post("/api/v1/reports?period=2999-Q1&audience=FUNDER").then().statusCode(422);
        as(admin)
                .post("/api/v1/reports?period=1991-Q1&audience=OFFICIAL&district=999999999")
                .then()
                .statusCode(404);
        as(admin).get("/api/v1/reports/jobs/999999999").then().statusCode(404);
        as(admin).get("/api/v1/reports/999999999").then().statusCode(404);
    }

    @Test
    void scheduleQueuesEachReleasedEditionOnce() {
        String period = "1991-Q4";
        Area district = programme(period);

        schedule.generate(Quarter.parse(period));
        List<ReportJob> queued = ReportJob.list("period = ?1 and requestedBy = 'system'", period);
        assertThat(queued)
                .anySatisfy(job -> assertThat(job.districtId).isEqualTo(district.id))
                .anySatisfy(job -> assertThat(job.districtId).isNull());

        schedule.generate(Quarter.parse(period));
        assertThat(ReportJob.count("period = ?1 and requestedBy = 'system'", period))
                .isEqualTo(queued.size());
    }

    @Test
    void latestReleasedQuarterIsReleasedAndTheNextIsNot() {
        Quarter released = schedule.latestReleased();
        assertThat(scoring.isReleased(released)).isTrue();
        assertThat(scoring.isReleased(released.next())).isFalse();
    }

    @Test
    void jobsOfAStoppedInstanceAreFailedNotLeftRunning() {
        String admin = fixtures.user(Roles.ADMIN, null);
        long jobId =
                QuarkusTransaction.requiringNew()
                        .call(
                                () -> {
                                    ReportJob job = new ReportJob();
                                    job.period = "1992-Q1";
                                    job.audience = Audience.FUNDER;
                                    job.requestedBy = admin;
                                    job.status = ReportJobStatus.RUNNING;
                                    job.persist();
                                    return job.id;
                                });
        QuarkusTransaction.requiringNew()
                .run(
                        () ->
                                ReportJob.getEntityManager()
                                        .createNativeQuery(
                                                "UPDATE report_job SET updated_at = ?1 WHERE id ="
                                                        + " ?2")
                                        .setParameter(1, Instant.now().minus(Duration.ofHours(2)))
                                        .setParameter(2, jobId)
                                        .executeUpdate());

        assertThat(jobs.failAbandoned()).isGreaterThanOrEqualTo(1);

        as(admin)
                .get("/api/v1/reports/jobs/" + jobId)
                .then()
                .statusCode(200)
                .body("status", equalTo("FAILED"))
                .body("failure", notNullValue());
    }

    /** Queues a workbook and waits for it; answers the archived report's id. */
    private static long request(String user, String period, String audience, Long district) {
        return awaitDone(user, queue(user, period, audience, district));
    }

    /** Queues a workbook; answers the job's id. */
    private static long queue(String user, String period, String audience, Long district) {
        String query = "?period=" + period + "&audience=" + audience;
        if (district != null) {
            query += "&district=" + district;
        }
        return as(user).post("/api/v1/reports" + query)
                .then()
                .statusCode(202)
                .extract()
                .jsonPath()
                .getLong("jobId");
    }

    private static long awaitDone(String user, long jobId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            JsonPath job =
                    as(user).get("/api/v1/reports/jobs/" + jobId)
                            .then()
                            .statusCode(200)
                            .body("progress", notNullValue())
                            .extract()
                            .jsonPath();
            String status = job.getString("status");
            assertThat(status).isNotEqualTo("FAILED");
            if (status.equals("DONE")) {
                assertThat(job.getInt("progress")).isEqualTo(100);
                return job.getLong("reportId");
            }
            sleep();
        }
        throw new AssertionError("job " + jobId + " did not finish within 60 s");
    }

    /** Every cell's shown value, sheet by sheet, leaving out the cover's generation time. */
    private static List<String> cells(String user, long reportId) throws Exception {
        byte[] bytes = as(user).get("/api/v1/reports/" + reportId).asByteArray();
        List<String> values = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            CellReference generatedAt =
                    new CellReference(workbook.getName("GeneratedAt").getRefersToFormula());
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        boolean generationTime =
                                sheet.getSheetName().equals(generatedAt.getSheetName())
                                        && cell.getRowIndex() == generatedAt.getRow()
                                        && cell.getColumnIndex() == generatedAt.getCol();
                        if (!generationTime) {
                            values.add(
                                    sheet.getSheetName()
                                            + "!"
                                            + cell.getAddress()
                                            + "="
                                            + formatter.formatCellValue(cell));
                        }
                    }
                }
            }
        }
        return values;
    }

    private static long pictures(XSSFWorkbook workbook, String sheet) {
        XSSFDrawing drawing = workbook.getSheet(sheet).getDrawingPatriarch();
        return drawing == null
                ? 0
                : drawing.getShapes().stream().filter(s -> s instanceof XSSFPicture).count();
    }

    private static String currentQuarter() {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Kolkata"));
        return today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
