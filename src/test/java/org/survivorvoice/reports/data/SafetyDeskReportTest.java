package org.survivorvoice.reports.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.survivorvoice.reports.excel.QuarterlyWorkbookWriter;
import org.survivorvoice.reports.excel.WorkbookReadBack;
import org.survivorvoice.safetydesk.CaseMoves;
import org.survivorvoice.safetydesk.CaseOutcome;
import org.survivorvoice.safetydesk.SafetyCase;
import org.survivorvoice.safetydesk.SafetyCaseService;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.MovableClockProducer;
import org.survivorvoice.testing.MovableClockProfile;
import org.survivorvoice.testing.RatingEntry;
import org.survivorvoice.testing.Staff;

/**
 * The Safety desk sheet built from cases opened through the real path (assisted ratings with money
 * asked, on a moved clock in 1934) and moved on by a field worker of the district through {@link
 * SafetyCaseService#update}: the 1934-Q1 workbook, regenerated in 1934-Q2, shows the cases as they
 * stood at the end of 1934-Q1, rounded and gated, in the official's and the funder's editions, and
 * the cases' comment text, the provider and the survivor appear nowhere in either workbook.
 */
@QuarkusTest
@TestProfile(MovableClockProfile.class)
class SafetyDeskReportTest {

    private static final Quarter QUARTER = Quarter.parse("1934-Q1");

    /** 5 February 1934, 11:30 in Kolkata: every case of the quarter opens from here. */
    private static final Instant OPENING = Instant.parse("1934-02-05T06:00:00Z");

    private static final String COMMENT = "Kestopur desk clerk wanted 500 rupees ZX-CANARY-1934";

    @Inject Fixtures fixtures;
    @Inject ReportService reports;
    @Inject QuarterlyWorkbookWriter writer;
    @Inject SafetyCaseService cases;
    @Inject CaseMoves moves;

    /**
     * District A: twelve cases. Nine reached 5 hours after opening, two after 80 hours (past the
     * 72-hour deadline), one never (closed "could not reach" in March). Three resolved in February;
     * three declined only in April, after the quarter. Hand-computed as of the end of 1934-Q1: 12
     * opened (published 10), 9 of 12 in time = 75 %, a cell of 12 published in steps of 20 %
     * (DisclosurePolicy.cellShare): 80 %; median of nine 5s and two 80s = 5 hours; resolved 3 (5),
     * could not reach 1 (0), declined 0 (the April closings are later), still open 8 (10). A
     * thirteenth case opened in April is not in the quarter. District B: three cases, one reached
     * in time: 3 opened (5), share and median not shown (fewer than 11).
     */
    @Test
    void theQuarterStandsAtItsEndRoundedAndGatedWithoutAnyTextOrName() throws IOException {
        Area a = fixtures.district();
        Area b = fixtures.district();
        String workerA = fixtures.user(Roles.FIELDWORKER, a.id);
        String workerB = fixtures.user(Roles.FIELDWORKER, b.id);
        String providerName = "Kestopur Anti-Trafficking Unit " + a.id;
        String providerA = fixtures.provider(a.id, "POLICE", providerName);
        String providerB = fixtures.provider(b.id, "POLICE", "Rajarhat Police Station " + b.id);

        List<Long> inA = open(workerA, a.id, providerA, 12, OPENING);
        List<Long> inB = open(workerB, b.id, providerB, 3, OPENING);
        for (int i = 0; i < 9; i++) {
            moves.contact(workerA, a.id, inA.get(i), OPENING.plus(Duration.ofHours(5)));
        }
        moves.contact(workerA, a.id, inA.get(9), OPENING.plus(Duration.ofHours(80)));
        moves.contact(workerA, a.id, inA.get(10), OPENING.plus(Duration.ofHours(80)));
        moves.contact(workerB, b.id, inB.get(0), OPENING.plus(Duration.ofHours(2)));
        Instant february = Instant.parse("1934-02-20T06:00:00Z");
        for (int i = 0; i < 3; i++) {
            moves.close(workerA, a.id, inA.get(i), CaseOutcome.RESOLVED, february);
        }
        moves.close(
                workerA,
                a.id,
                inA.get(11),
                CaseOutcome.COULD_NOT_REACH,
                Instant.parse("1934-03-10T06:00:00Z"));
        Instant april = Instant.parse("1934-04-10T06:00:00Z");
        for (int i = 3; i < 6; i++) {
            moves.close(workerA, a.id, inA.get(i), CaseOutcome.DECLINED, april);
        }
        open(workerA, a.id, providerA, 1, april);
        MovableClockProducer.CLOCK.set(Instant.parse("1934-05-02T06:00:00Z"));

        ReportData official =
                reports.build(new ReportRequest(QUARTER, Audience.OFFICIAL, a.id, false));
        assertThat(official.safetyDesk().asOfGeneration()).isFalse();
        assertThat(official.safetyDesk().districts())
                .containsExactly(
                        new SafetyDeskSheet.DistrictRow(a.name, 10, 0.8, 5.0, 5, 0, 0, 0, 0, 10));
        try (XSSFWorkbook wb = workbook(official)) {
            Sheet sheet = wb.getSheet("Safety desk");
            Row row = WorkbookReadBack.rowStartingWith(sheet, a.name);
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(10);
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(0.8);
            assertThat(row.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0%");
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(5);
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(5);
            assertThat(row.getCell(8).getNumericCellValue()).isZero();
            assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(10);
            assertThat(WorkbookReadBack.texts(sheet)).noneMatch(t -> t.contains(b.name));
            assertNothingOfTheCases(wb, providerName, providerA);
        }

        ReportData funder = reports.build(new ReportRequest(QUARTER, Audience.FUNDER, null, false));
        assertThat(funder.safetyDesk().districts())
                .contains(
                        new SafetyDeskSheet.DistrictRow(a.name, 10, 0.8, 5.0, 5, 0, 0, 0, 0, 10),
                        new SafetyDeskSheet.DistrictRow(b.name, 5, null, null, 0, 0, 0, 0, 0, 5));
        try (XSSFWorkbook wb = workbook(funder)) {
            Row row = WorkbookReadBack.rowStartingWith(wb.getSheet("Safety desk"), b.name);
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(5);
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("not shown");
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("not shown");
            WorkbookReadBack.assertEveryNotShownNamesItsRule(wb);
            assertNothingOfTheCases(wb, providerName, providerA);
        }
    }

    /**
     * A provisional workbook of a quarter not yet ended stands at its generation: a case reached
     * after the generation counts in the next workbook, not in this one.
     */
    @Test
    void anOpenQuarterStandsAtTheGeneration() {
        Area district = fixtures.district();
        String worker = fixtures.user(Roles.FIELDWORKER, district.id);
        String provider = fixtures.provider(district.id, "HOSPITAL", "Salt Lake clinic");
        Instant opening = Instant.parse("1936-08-03T06:00:00Z");
        List<Long> opened = open(worker, district.id, provider, 11, opening);
        for (long id : opened) {
            moves.contact(worker, district.id, id, opening.plus(Duration.ofHours(30)));
        }
        Quarter open = Quarter.parse("1936-Q3");
        MovableClockProducer.CLOCK.set(opening.plus(Duration.ofHours(10)));
        ReportData before =
                reports.build(new ReportRequest(open, Audience.OFFICIAL, district.id, true));
        assertThat(before.safetyDesk().asOfGeneration()).isTrue();
        // at the generation nobody was reached yet, and no deadline had passed
        assertThat(before.safetyDesk().districts())
                .containsExactly(
                        new SafetyDeskSheet.DistrictRow(
                                district.name, 10, null, null, 0, 0, 0, 0, 0, 10));
        MovableClockProducer.CLOCK.set(opening.plus(Duration.ofDays(5)));
        ReportData after =
                reports.build(new ReportRequest(open, Audience.OFFICIAL, district.id, true));
        assertThat(after.safetyDesk().districts())
                .containsExactly(
                        new SafetyDeskSheet.DistrictRow(
                                district.name, 10, 1.0, 30.0, 0, 0, 0, 0, 0, 10));
    }

    @Test
    void anOfficialSeesHerDistrictsRowEvenWithoutCases() {
        Area district = fixtures.district();
        MovableClockProducer.CLOCK.set(Instant.parse("1937-07-02T06:00:00Z"));
        ReportData data =
                reports.build(
                        new ReportRequest(
                                Quarter.parse("1937-Q1"), Audience.OFFICIAL, district.id, false));
        assertThat(data.safetyDesk().districts())
                .containsExactly(
                        new SafetyDeskSheet.DistrictRow(
                                district.name, 0, null, null, 0, 0, 0, 0, 0, 0));
    }

    /**
     * No comment text, provider or survivor anywhere in the workbook: every cell of every sheet.
     */
    private static void assertNothingOfTheCases(
            XSSFWorkbook wb, String providerName, String providerCode) {
        for (Cell cell : WorkbookReadBack.cells(wb)) {
            if (cell.getCellType() == CellType.STRING) {
                assertThat(cell.getStringCellValue())
                        .as(WorkbookReadBack.where(cell))
                        .doesNotContain("ZX-CANARY")
                        .doesNotContain("500 rupees")
                        .doesNotContain(providerName)
                        .doesNotContain(providerCode);
            }
        }
    }

    /**
     * Opens {@code count} cases at the instant: a survivor of the district, and for each case an
     * encounter at the provider two days earlier and an assisted rating with money asked.
     */
    private List<Long> open(String worker, long district, String provider, int count, Instant at) {
        MovableClockProducer.CLOCK.set(at);
        long survivor = Staff.enrol(worker, district, OutreachFixtures.phone());
        LocalDate date = LocalDate.ofInstant(at, ZoneOffset.UTC).minusDays(2);
        for (int i = 0; i < count; i++) {
            long encounter = Staff.encounterOn(worker, survivor, provider, date);
            Staff.rateAssisted(
                            worker,
                            RatingEntry.ofEncounter(encounter, "en")
                                    .answers(Map.of("overall", 2))
                                    .moneyAsked(true)
                                    .comment(COMMENT))
                    .statusCode(201);
        }
        return casesOf(survivor, at);
    }

    @Transactional
    List<Long> casesOf(long survivor, Instant openedAt) {
        return SafetyCase.<SafetyCase>find(
                        "survivor.id = ?1 and openedAt = ?2 order by id", survivor, openedAt)
                .stream()
                .map(c -> c.id)
                .toList();
    }

    private XSSFWorkbook workbook(ReportData data) {
        return WorkbookReadBack.written(writer, data);
    }
}
