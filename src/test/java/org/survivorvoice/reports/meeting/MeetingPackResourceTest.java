package org.survivorvoice.reports.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.feedback.RatingAnswers;
import org.survivorvoice.reports.excel.WorkbookReadBack;
import org.survivorvoice.scoring.disclosure.DisclosurePolicy;
import org.survivorvoice.security.Roles;
import org.survivorvoice.staff.district.DistrictFixtures;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.StaffPageClient;

/**
 * The interface meeting pack API against the embedded database: the workbook read back with POI
 * (sheets, headers, cell types, the gap chart), its figures against the scores API and the provider
 * page, the confirmation share only from 11 answers, and who may have it. Each test scores (and so
 * freezes) a quarter of its own, or none.
 */
@QuarkusTest
class MeetingPackResourceTest {

    private static final String XLSX =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A row of the provider page's dimension table: its label and its cell. */
    private static final Pattern DIMENSION_ROW =
            Pattern.compile("<tr><th>([^<]+)</th><td[^>]*>([^<]*)</td></tr>");

    private static final List<String> PAGE_DIMENSIONS =
            List.of("Treated with dignity", "Listened to", "Timeliness", "Outcome");

    @Inject Fixtures fixtures;
    @Inject DistrictFixtures districtFixtures;
    @Inject MeetingPackFixtures packFixtures;

    /**
     * Twelve police stations (one clearly worse), a small unscored one; two assessed themselves.
     */
    record Programme(Area district, String answered, String worse, String small) {}

    private Programme programme(String period) {
        Area district = fixtures.district();
        String answered = null;
        for (int i = 0; i < 10; i++) {
            String code = fixtures.provider(district.id, "POLICE", "Thana " + i);
            fixtures.ratings(code, period, 20 + i % 3, 8 - i % 3);
            if (i == 0) {
                answered = code;
                districtFixtures.answered(
                        code, period, new RatingAnswers(4, 4, 3, null, 5, false), 12);
            }
        }
        String worse = fixtures.provider(district.id, "POLICE", "Thana worse");
        fixtures.ratings(worse, period, 8, 32);
        String small = fixtures.provider(district.id, "POLICE", "Thana small");
        fixtures.ratings(small, period, 5, 2);
        packFixtures.selfAssessment(answered, period, 5, 5, 4, 3, null);
        packFixtures.selfAssessment(small, period, 4, 4, 4, 4, 4);
        return new Programme(district, answered, worse, small);
    }

    private void score(String period) {
        String admin = fixtures.user(Roles.ADMIN, null);
        as(admin).post("/api/v1/scores/refresh?period=" + period).then().statusCode(200);
    }

    @Test
    void packReadsBackWithGapChartAndTheFiguresTheScoresApiAndProviderPagePublish()
            throws Exception {
        String period = "1947-Q3";
        Programme p = programme(period);
        long open =
                packFixtures.response(
                        p.answered(), "1947-Q2", "PLANNED", "=HYPERLINK(\"http://x\",\"y\")");
        long done = packFixtures.response(p.worse(), "1947-Q1", "DONE", "Training on dignity");
        packFixtures.answers(done, p.district().id, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3);
        packFixtures.response(p.worse(), "1947-Q1", "DROPPED", "Dropped plan");
        packFixtures.response(p.worse(), period, "PLANNED", "Answer to this quarter");
        score(period);
        packFixtures.alert(p.answered(), period);
        String official = fixtures.user(Roles.OFFICIAL, p.district().id);

        Response response =
                as(official)
                        .get(
                                "/api/v1/meeting-packs?district="
                                        + p.district().id
                                        + "&period="
                                        + period);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith(XLSX);
        assertThat(response.header("Content-Disposition"))
                .isEqualTo(
                        "attachment; filename=\"meeting-pack-"
                                + p.district().id
                                + "-"
                                + period
                                + ".xlsx\"");
        byte[] bytes = response.asByteArray();
        assertThat(response.header("X-Content-SHA256"))
                .isEqualTo(
                        HexFormat.of()
                                .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        try (XSSFWorkbook wb = WorkbookReadBack.open(bytes)) {
            assertThat(WorkbookReadBack.visibleSheets(wb))
                    .containsExactly("Cover", "Gaps", "Needs a response", "Actions", "Alerts");
            WorkbookReadBack.assertNoLiveFormula(wb);
            assertThat(WorkbookReadBack.assertEveryNotShownNamesItsRule(wb)).isPositive();
            XSSFSheet gaps = wb.getSheet("Gaps");
            assertThat(WorkbookReadBack.rowTexts(gaps, headerRow(gaps, "Provider")))
                    .containsExactly(
                            "Provider", "Code", "Band", "Question", "Survivors", "Self", "Gap");
            Map<String, Double> scores = scores(official, p.district().id, period);
            Map<String, Double> dimensions = providerPageDimensions(official, p.answered(), period);
            // the provider's five rows: overall (score) and the four dimensions
            int first = WorkbookReadBack.rowStartingWith(gaps, "Thana 0").getRowNum();
            assertThat(gaps.getRow(first).getCell(1).getStringCellValue()).isEqualTo(p.answered());
            Cell score = gaps.getRow(first).getCell(4);
            assertThat(score.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(score.getCellStyle().getDataFormatString()).isEqualTo("0%");
            assertThat(score.getNumericCellValue()).isEqualTo(scores.get(p.answered()));
            assertThat(gaps.getRow(first).getCell(5).getNumericCellValue()).isEqualTo(1.0);
            List<String> labels = List.of("Dignity", "Listened", "Timeliness", "Outcome");
            for (int i = 0; i < 4; i++) {
                Row row = gaps.getRow(first + 1 + i);
                assertThat(row.getCell(3).getStringCellValue()).isEqualTo(labels.get(i));
                Double page = dimensions.get(PAGE_DIMENSIONS.get(i));
                Cell survivors = row.getCell(4);
                if (page == null) {
                    assertThat(survivors.getStringCellValue()).isEqualTo("not shown");
                } else {
                    assertThat(survivors.getNumericCellValue()).isEqualTo(page);
                }
            }
            // dignity: survivors' mean 4 is 75 %, the provider said 5 (100 %): a gap of +25
            assertThat(dimensions.get("Treated with dignity")).isEqualTo(0.75);
            Cell gap = gaps.getRow(first + 1).getCell(6);
            assertThat(gap.getNumericCellValue()).isEqualTo(0.25);
            assertThat(gap.getCellStyle().getDataFormatString()).isEqualTo("+0%;-0%;0%");
            // timeliness: nobody answered it, so withheld; the outcome the provider skipped
            assertThat(gaps.getRow(first + 3).getCell(4).getStringCellValue())
                    .isEqualTo("not shown");
            assertThat(gaps.getRow(first + 4).getCell(5)).isNull();
            // every score on the sheet is the scores API's
            for (Row row : gaps) {
                Cell code = row.getCell(1);
                if (code != null
                        && code.getCellType() == CellType.STRING
                        && scores.containsKey(code.getStringCellValue())) {
                    assertThat(row.getCell(4).getNumericCellValue())
                            .as(code.getStringCellValue())
                            .isEqualTo(scores.get(code.getStringCellValue()));
                }
            }
            // the small station is under the gate: listed for its self-assessment, not shown
            Row small = WorkbookReadBack.rowStartingWith(gaps, "Thana small");
            assertThat(small.getCell(2).getStringCellValue()).isEqualTo("not scored");
            assertThat(small.getCell(4).getStringCellValue()).isEqualTo("not shown");
            assertThat(small.getCell(5).getNumericCellValue()).isEqualTo(0.75);
            // the gap chart of the category is a picture on the Gaps sheet
            XSSFDrawing drawing = gaps.getDrawingPatriarch();
            assertThat(drawing).isNotNull();
            List<XSSFPicture> pictures =
                    drawing.getShapes().stream()
                            .filter(XSSFPicture.class::isInstance)
                            .map(XSSFPicture.class::cast)
                            .toList();
            assertThat(pictures).hasSize(1);
            assertThat(pictures.get(0).getPictureData().getMimeType()).isEqualTo("image/png");

            Sheet needs = wb.getSheet("Needs a response");
            assertThat(WorkbookReadBack.rowTexts(needs, headerRow(needs, "Provider")))
                    .containsExactly(
                            "Provider",
                            "Code",
                            "Category",
                            "Band",
                            "Alerts",
                            "Needed since",
                            "Response");
            Row worse = WorkbookReadBack.rowStartingWith(needs, "Thana worse");
            assertThat(worse.getCell(3).getStringCellValue()).containsIgnoringCase("below");
            // answered by the response to this quarter's results (recorded decades after its
            // release)
            assertThat(worse.getCell(6).getStringCellValue()).matches("recorded after \\d+ days");
            Row alerted = WorkbookReadBack.rowStartingWith(needs, "Thana 0");
            assertThat(alerted.getCell(4).getNumericCellValue()).isEqualTo(1.0);
            assertThat(alerted.getCell(6).getStringCellValue()).isEqualTo("waiting");

            Sheet actions = wb.getSheet("Actions");
            List<String> texts = WorkbookReadBack.texts(actions);
            assertThat(texts)
                    .contains("=HYPERLINK(\"http://x\",\"y\")", "Training on dignity")
                    .doesNotContain("Dropped plan", "Answer to this quarter");
            Row confirmed = WorkbookReadBack.rowStartingWith(actions, "1947-Q1");
            Cell share = confirmed.getCell(7);
            assertThat(share.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(share.getNumericCellValue())
                    .isEqualTo(DisclosurePolicy.cellShare(11, 8, 11).orElseThrow());
            assertThat(
                            WorkbookReadBack.rowStartingWith(actions, "1947-Q2")
                                    .getCell(3)
                                    .getCellStyle()
                                    .getQuotePrefixed())
                    .isTrue();
            assertThat(open).isPositive();

            Sheet alerts = wb.getSheet("Alerts");
            assertThat(WorkbookReadBack.rowTexts(alerts, headerRow(alerts, "Provider")))
                    .containsExactly("Provider", "Code", "Category", "Fired on");
            assertThat(
                            WorkbookReadBack.rowStartingWith(alerts, "Thana 0")
                                    .getCell(1)
                                    .getStringCellValue())
                    .isEqualTo(p.answered());
        }
    }

    @Test
    void showsTheConfirmationShareOnlyOnceElevenSurvivorsAnswered() {
        Area district = fixtures.district();
        String code = fixtures.provider(district.id, "HOSPITAL", "District hospital");
        long done = packFixtures.response(code, "1947-Q4", "DONE", "Privacy screens");
        packFixtures.answers(done, district.id, 1, 1, 2, 2, 2, 3, 3, 1, 1, 2);
        String admin = fixtures.user(Roles.ADMIN, null);
        String url = "/api/v1/meeting-packs?district=" + district.id + "&period=1948-Q1";

        Cell ten = doneShare(as(admin).get(url).asByteArray());
        assertThat(ten.getStringCellValue()).isEqualTo("not shown");

        packFixtures.answers(done, district.id, 3);
        Cell eleven = doneShare(as(admin).get(url).asByteArray());
        assertThat(eleven.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(eleven.getNumericCellValue())
                .isEqualTo(DisclosurePolicy.cellShare(11, 8, 11).orElseThrow());
    }

    @Test
    void officialsOfTheDistrictAndAdminsOnly() {
        Area district = fixtures.district();
        Area other = fixtures.district();
        String url = "/api/v1/meeting-packs?period=1948-Q2&district=" + district.id;
        assertThat(as(fixtures.user(Roles.OFFICIAL, district.id)).get(url).statusCode())
                .isEqualTo(200);
        assertThat(as(fixtures.user(Roles.ADMIN, null)).get(url).statusCode()).isEqualTo(200);
        assertThat(as(fixtures.user(Roles.OFFICIAL, other.id)).get(url).statusCode())
                .isEqualTo(403);
        assertThat(as(fixtures.user(Roles.FUNDER, null)).get(url).statusCode()).isEqualTo(403);
        assertThat(as(fixtures.user(Roles.FIELDWORKER, district.id)).get(url).statusCode())
                .isEqualTo(403);
        // an official without a district in the address gets her own
        assertThat(
                        as(fixtures.user(Roles.OFFICIAL, district.id))
                                .get("/api/v1/meeting-packs?period=1948-Q2")
                                .header("Content-Disposition"))
                .contains("meeting-pack-" + district.id + "-1948-Q2");
    }

    @Test
    void badParametersGetProblems() {
        Area district = fixtures.district();
        String admin = fixtures.user(Roles.ADMIN, null);
        String official = fixtures.user(Roles.OFFICIAL, district.id);
        problem(as(admin).get("/api/v1/meeting-packs?period=1948-Q2"), 400);
        problem(as(admin).get("/api/v1/meeting-packs?district=x&period=1948-Q2"), 400);
        problem(
                as(admin).get("/api/v1/meeting-packs?district=" + district.id + "&period=1948-Q9"),
                400);
        problem(as(admin).get("/api/v1/meeting-packs?district=999999999&period=1948-Q2"), 404);
        problem(
                as(admin).get("/api/v1/meeting-packs?district=" + district.id + "&period=2999-Q1"),
                422);
        // the open quarter is not released: officials wait, admins get a provisional pack
        String open =
                "/api/v1/meeting-packs?district=" + district.id + "&period=" + currentQuarter();
        problem(as(official).get(open), 422);
        assertThat(as(admin).get(open).statusCode()).isEqualTo(200);
    }

    private static String currentQuarter() {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Kolkata"));
        return today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
    }

    private static void problem(Response response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    private static Cell doneShare(byte[] bytes) {
        try (XSSFWorkbook wb = WorkbookReadBack.open(bytes)) {
            Sheet actions = wb.getSheet("Actions");
            int header = headerRow(actions, "Quarter");
            // the done table is the second with this header
            for (int r = header + 1; r <= actions.getLastRowNum(); r++) {
                Row row = actions.getRow(r);
                if (row != null
                        && row.getCell(7) != null
                        && row.getCell(0).getStringCellValue().equals("1947-Q4")) {
                    return row.getCell(7);
                }
            }
            throw new AssertionError("no done action of 1947-Q4");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int headerRow(Sheet sheet, String first) {
        return WorkbookReadBack.rowStartingWith(sheet, first).getRowNum();
    }

    /** Published scores of the district's providers as the scores API gives them. */
    private static Map<String, Double> scores(String user, long district, String period) {
        JsonPath json =
                as(user).get("/api/v1/scores?size=500&period=" + period + "&district=" + district)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        Map<String, Double> scores = new LinkedHashMap<>();
        List<Map<String, Object>> items = json.getList("items");
        for (Map<String, Object> item : items) {
            scores.put(
                    (String) item.get("providerCode"),
                    // JsonPath reads JSON numbers as floats: their text is the published value
                    Double.parseDouble(String.valueOf(item.get("score"))));
        }
        return scores;
    }

    /** The provider page's dimension scores, 0-1; null where the page says not shown. */
    private static Map<String, Double> providerPageDimensions(
            String user, String code, String period) {
        String html =
                StaffPageClient.as(user)
                        .get("/staff/providers/" + code + "?period=" + period)
                        .body()
                        .asString();
        Map<String, Double> scores = new LinkedHashMap<>();
        Matcher m = DIMENSION_ROW.matcher(html);
        List<String> seen = new ArrayList<>();
        while (m.find()) {
            seen.add(m.group(1));
            scores.put(
                    m.group(1),
                    m.group(2).matches("\\d+") ? Integer.parseInt(m.group(2)) / 100.0 : null);
        }
        assertThat(seen).containsAll(PAGE_DIMENSIONS);
        return scores;
    }
}
