package org.survivorvoice.reports.safetydesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.outreach.OutreachFixtures;
import org.survivorvoice.reports.data.Audience;
import org.survivorvoice.reports.data.ReportRequest;
import org.survivorvoice.reports.data.ReportService;
import org.survivorvoice.reports.data.SafetyDeskSheet;
import org.survivorvoice.reports.data.SafetyDeskWorkbookService;
import org.survivorvoice.reports.excel.WorkbookReadBack;
import org.survivorvoice.safetydesk.CaseMoves;
import org.survivorvoice.safetydesk.SafetyCase;
import org.survivorvoice.safetydesk.SafetyCaseService;
import org.survivorvoice.security.AuditEntry;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.MovableClockProducer;
import org.survivorvoice.testing.MovableClockProfile;
import org.survivorvoice.testing.RatingEntry;
import org.survivorvoice.testing.Staff;

/**
 * The admin's safety-desk workbook over HTTP, from cases opened through assisted ratings on a moved
 * clock in 1938 and reached by a field worker through {@link SafetyCaseService#update}: both sheets
 * read back with POI, the Districts sheet equal to the funder edition's Safety desk sheet, the
 * provider named on the Providers sheet only, nothing of a case's text or of a survivor anywhere;
 * who may have it, the audit row and the 400s.
 */
@QuarkusTest
@TestProfile(MovableClockProfile.class)
class SafetyDeskWorkbookResourceTest {

    private static final String XLSX =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final Quarter QUARTER = Quarter.parse("1938-Q1");

    /** 7 February 1938, 11:30 in Kolkata: every case of the quarter opens here. */
    private static final Instant OPENING = Instant.parse("1938-02-07T06:00:00Z");

    /** 2 May 1938: 1938-Q1 has ended, 1938-Q2 has not. */
    private static final Instant LATER = Instant.parse("1938-05-02T06:00:00Z");

    private static final String COMMENT = "Dum Dum thana munshi wanted 800 rupees ZX-CANARY-1938";

    @Inject Fixtures fixtures;
    @Inject ReportService reports;
    @Inject SafetyCaseService cases;
    @Inject CaseMoves moves;

    /**
     * District A: the police station named by twelve cases (eight asked for money, four rated 1
     * with a comment); nine reached after 5 hours, two after 80 (late), one never. Published: 12
     * opened (10), 8 money asked (10), 9 of 12 in time = 75 % in 20 % steps (80 %), median of nine
     * 5s and two 80s = 5 hours. The clinic: three cases with money asked, none reached: 5 opened, 5
     * money asked, share and median not shown. The district: 15 opened (15), 9 of 15 in time = 60
     * %, median 5, still open 15.
     */
    @Test
    void theAdminGetsBothSheetsAtPublishedPrecisionWithTheProvidersNamedThereOnly()
            throws Exception {
        Area a = fixtures.district();
        String worker = fixtures.user(Roles.FIELDWORKER, a.id);
        String admin = fixtures.user(Roles.ADMIN, null);
        String stationName = "Dum Dum Police Station " + a.id;
        String station = fixtures.provider(a.id, "POLICE", stationName);
        String clinicName = "Baranagar clinic " + a.id;
        String clinic = fixtures.provider(a.id, "HOSPITAL", clinicName);
        String phone = OutreachFixtures.phone();
        long survivor = Staff.enrol(worker, a.id, phone);

        List<Long> atStation = new ArrayList<>();
        atStation.addAll(open(worker, survivor, station, 8, true));
        atStation.addAll(open(worker, survivor, station, 4, false));
        open(worker, survivor, clinic, 3, true);
        assertThat(atStation).hasSize(12);
        for (int i = 0; i < 9; i++) {
            moves.contact(worker, a.id, atStation.get(i), OPENING.plus(Duration.ofHours(5)));
        }
        moves.contact(worker, a.id, atStation.get(9), OPENING.plus(Duration.ofHours(80)));
        moves.contact(worker, a.id, atStation.get(10), OPENING.plus(Duration.ofHours(80)));
        MovableClockProducer.CLOCK.set(LATER);
        long audited = audited(admin);

        Response response =
                as(admin)
                        .get("/api/v1/cases/workbook?period=" + QUARTER)
                        .then()
                        .extract()
                        .response();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo(XLSX);
        assertThat(response.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"safety-desk-1938-Q1.xlsx\"");
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        byte[] bytes = response.asByteArray();
        assertThat(response.header("X-Content-SHA256"))
                .isEqualTo(
                        HexFormat.of()
                                .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        assertThat(audited(admin)).isEqualTo(audited + 1);
        Path preview = Path.of("target/safety-desk-preview/safety-desk-1938-Q1.xlsx");
        Files.createDirectories(preview.getParent());
        Files.write(preview, bytes);

        SafetyDeskSheet.DistrictRow funderRow =
                reports
                        .build(new ReportRequest(QUARTER, Audience.FUNDER, null, false))
                        .safetyDesk()
                        .districts()
                        .stream()
                        .filter(r -> r.district().equals(a.name))
                        .findFirst()
                        .orElseThrow();
        assertThat(funderRow)
                .isEqualTo(
                        new SafetyDeskSheet.DistrictRow(a.name, 15, 0.6, 5.0, 0, 0, 0, 0, 0, 15));

        try (XSSFWorkbook wb = WorkbookReadBack.open(bytes)) {
            assertThat(WorkbookReadBack.visibleSheets(wb))
                    .containsExactly("Districts", "Providers");

            Sheet districts = wb.getSheet("Districts");
            Row row = WorkbookReadBack.rowStartingWith(districts, a.name);
            double[] expected = {15, 0.6, 5, 0, 0, 0, 0, 0, 15};
            for (int i = 0; i < expected.length; i++) {
                assertThat(row.getCell(i + 1).getNumericCellValue())
                        .as("Districts column " + (i + 1))
                        .isEqualTo(expected[i]);
            }
            assertThat(WorkbookReadBack.texts(districts))
                    .noneMatch(t -> t.contains(stationName) || t.contains(clinicName))
                    .doesNotContain("PROVISIONAL");

            Sheet providers = wb.getSheet("Providers");
            assertThat(WorkbookReadBack.rowTexts(providers, header(providers).getRowNum()))
                    .containsExactly(
                            "Provider",
                            "Code",
                            "Category",
                            "District",
                            "Cases opened",
                            "Money or favour asked",
                            "Contacted within the deadline",
                            "Median hours to first contact");
            Row police = WorkbookReadBack.rowStartingWith(providers, stationName);
            assertThat(police.getCell(1).getStringCellValue()).isEqualTo(station);
            assertThat(police.getCell(2).getStringCellValue())
                    .isEqualTo("Police station or anti-human-trafficking unit");
            assertThat(police.getCell(3).getStringCellValue()).isEqualTo(a.name);
            assertThat(police.getCell(4).getNumericCellValue()).isEqualTo(10);
            assertThat(police.getCell(5).getNumericCellValue()).isEqualTo(10);
            assertThat(police.getCell(6).getNumericCellValue()).isEqualTo(0.8);
            assertThat(police.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("0%");
            assertThat(police.getCell(7).getNumericCellValue()).isEqualTo(5);
            Row hospital = WorkbookReadBack.rowStartingWith(providers, clinicName);
            assertThat(hospital.getCell(4).getNumericCellValue()).isEqualTo(5);
            assertThat(hospital.getCell(5).getNumericCellValue()).isEqualTo(5);
            assertThat(hospital.getCell(6).getStringCellValue()).isEqualTo("not shown");
            assertThat(hospital.getCell(7).getStringCellValue()).isEqualTo("not shown");
            WorkbookReadBack.assertEveryNotShownNamesItsRule(wb);

            for (Cell cell : WorkbookReadBack.cells(wb)) {
                if (cell.getCellType() == CellType.STRING) {
                    assertThat(cell.getStringCellValue())
                            .as(WorkbookReadBack.where(cell))
                            .doesNotContain("ZX-CANARY")
                            .doesNotContain("800 rupees")
                            .doesNotContain(phone);
                }
            }
        }
    }

    /** A quarter not yet ended stands at the download, and every sheet says so. */
    @Test
    void aQuarterNotYetEndedIsProvisional() {
        String admin = fixtures.user(Roles.ADMIN, null);
        MovableClockProducer.CLOCK.set(LATER);
        byte[] bytes =
                as(admin)
                        .get("/api/v1/cases/workbook?period=1938-Q2")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray();
        try (XSSFWorkbook wb = WorkbookReadBack.open(bytes)) {
            for (String name : List.of("Districts", "Providers")) {
                Sheet sheet = wb.getSheet(name);
                assertThat(sheet.getRow(2).getCell(0).getStringCellValue())
                        .as(name)
                        .startsWith("PROVISIONAL");
                assertThat(sheet.getHeader().getRight()).isEqualTo("PROVISIONAL");
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Field workers, officials and funders never get it: it names providers beside cases. */
    @Test
    void onlyAdminsMayHaveIt() {
        Area district = fixtures.district();
        MovableClockProducer.CLOCK.set(LATER);
        for (String role : List.of(Roles.FIELDWORKER, Roles.OFFICIAL, Roles.FUNDER)) {
            String user = fixtures.user(role, Roles.FUNDER.equals(role) ? null : district.id);
            as(user).get("/api/v1/cases/workbook?period=" + QUARTER).then().statusCode(403);
            assertThat(audited(user)).as(role).isZero();
        }
    }

    /** No quarter, a malformed one and one that has not begun: 400 problem+json, no audit row. */
    @Test
    void aBadPeriodIs400() {
        String admin = fixtures.user(Roles.ADMIN, null);
        MovableClockProducer.CLOCK.set(LATER);
        for (String query : List.of("", "?period=1938-Q5", "?period=soon", "?period=1938-Q3")) {
            as(admin)
                    .get("/api/v1/cases/workbook" + query)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
        assertThat(audited(admin)).isZero();
    }

    @Transactional
    long audited(String actor) {
        return AuditEntry.count(
                "action = ?1 and actor = ?2", SafetyDeskWorkbookService.AUDIT_ACTION, actor);
    }

    private static Row header(Sheet sheet) {
        return WorkbookReadBack.rowStartingWith(sheet, "Provider");
    }

    /**
     * Opens {@code count} cases at {@link #OPENING}: for each an encounter at the provider two days
     * earlier and an assisted rating, with money asked, or else rated 1 with a comment.
     */
    private List<Long> open(
            String worker, long survivor, String provider, int count, boolean moneyAsked) {
        MovableClockProducer.CLOCK.set(OPENING);
        LocalDate date = LocalDate.ofInstant(OPENING, ZoneOffset.UTC).minusDays(2);
        List<Long> before = casesOf(survivor);
        for (int i = 0; i < count; i++) {
            long encounter = Staff.encounterOn(worker, survivor, provider, date);
            Staff.rateAssisted(
                            worker,
                            RatingEntry.ofEncounter(encounter, "en")
                                    .answers(Map.of("overall", moneyAsked ? 2 : 1))
                                    .moneyAsked(moneyAsked)
                                    .comment(COMMENT))
                    .statusCode(201);
        }
        List<Long> opened = new ArrayList<>(casesOf(survivor));
        opened.removeAll(before);
        return opened;
    }

    @Transactional
    List<Long> casesOf(long survivor) {
        return SafetyCase.<SafetyCase>find("survivor.id = ?1 order by id", survivor).stream()
                .map(c -> c.id)
                .toList();
    }
}
