package org.survivorvoice.reports.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.common.time.ProgrammeCalendar;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.outreach.OutreachFixtures;
import org.survivorvoice.reports.excel.QuarterlyWorkbookWriter;
import org.survivorvoice.reports.excel.WorkbookReadBack;
import org.survivorvoice.response.ResponseNeed;
import org.survivorvoice.response.ResponseNeedQueries;
import org.survivorvoice.scoring.ReleaseCalendar;
import org.survivorvoice.scoring.ScoringService;
import org.survivorvoice.testing.Fixtures;

/**
 * The Responses sheet built from the database: the workbook of 1951-Q1 reports the responses to the
 * results of 1950-Q4 as they stood at the end of 1951-Q1, whatever was recorded later.
 */
@QuarkusTest
class ResponseSheetReportTest {

    private static final Quarter ANSWERED = Quarter.parse("1950-Q4");
    private static final Quarter REPORTED = Quarter.parse("1951-Q1");
    private static final String ACTION = "Night-shift women constables at the Dhanpur desk";

    @Inject Fixtures fixtures;
    @Inject OutreachFixtures outreach;
    @Inject ResponseRowFixtures rows;
    @Inject ReportService reports;
    @Inject ScoringService scoring;
    @Inject ReleaseCalendar releases;
    @Inject ResponseNeedQueries needs;
    @Inject QuarterlyWorkbookWriter writer;
    @Inject ProgrammeCalendar calendar;

    /**
     * Three police stations need a response to 1950-Q4 (one below the others, two with
     * deterioration alerts detected at the release). By the end of 1951-Q1 the first was answered 2
     * days after the release and done on time, the second answered after 8 days and still planned
     * past its due date; the third was answered only in 1951-Q2. Hand-computed: 3 needing, 2 of 3
     * answered (67 %), median of 2 and 8 days = 5, 1 of 2 due done on time (50 %).
     */
    @Test
    void figuresStandAtTheEndOfTheQuarterAndTheConfirmationShareNeedsElevenAnswers()
            throws IOException {
        Area district = fixtures.district();
        for (int i = 0; i < 10; i++) {
            String code = fixtures.provider(district.id, "POLICE", "Dhanpur thana " + i);
            fixtures.ratings(code, ANSWERED.toString(), 30 + i % 3, 10 - i % 3);
        }
        // one station clearly below the others; two more with deterioration alerts
        List<String> worse = new ArrayList<>();
        worse.add(fixtures.provider(district.id, "POLICE", "Dhanpur worse 0"));
        fixtures.ratings(worse.get(0), ANSWERED.toString(), 8, 32);
        for (int i = 1; i < 3; i++) {
            String code = fixtures.provider(district.id, "POLICE", "Dhanpur worse " + i);
            fixtures.ratings(code, ANSWERED.toString(), 29, 11);
            worse.add(code);
        }
        scoring.refresh(ANSWERED);
        Instant release = releases.releaseOf(ANSWERED);
        rows.alert(worse.get(1), ANSWERED.toString(), release);
        rows.alert(worse.get(2), ANSWERED.toString(), release);
        assertThat(needs.of(Optional.of(district.id), ANSWERED))
                .extracting(ResponseNeed::providerCode)
                .containsExactlyInAnyOrderElementsOf(worse);

        long done =
                rows.response(
                        worse.get(0),
                        ANSWERED.toString(),
                        ACTION,
                        LocalDate.of(1951, 2, 15),
                        release.plus(Duration.ofDays(2)).plusSeconds(60),
                        Instant.parse("1951-02-10T06:00:00Z"));
        rows.response(
                worse.get(1),
                ANSWERED.toString(),
                "Ration-card desk open on Saturdays",
                LocalDate.of(1951, 2, 20),
                release.plus(Duration.ofDays(8)).plusSeconds(60),
                null);
        // recorded in 1951-Q2: after the workbook's instant
        rows.response(
                worse.get(2),
                ANSWERED.toString(),
                "A recorded-too-late response",
                LocalDate.of(1951, 5, 1),
                Instant.parse("1951-04-10T06:00:00Z"),
                null);

        // ten answers by the end of the quarter (7 say better), one more only in 1951-Q2
        List<Long> survivors = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            survivors.add(
                    outreach.survivor(
                            district.id, OutreachFixtures.phone(), OutreachFixtures.Consent.ALL));
        }
        Instant february = Instant.parse("1951-02-20T06:00:00Z");
        for (int i = 0; i < 10; i++) {
            rows.answer(done, survivors.get(i), i < 7 ? 1 + i % 2 : 3, february);
        }
        rows.answer(done, survivors.get(10), 1, Instant.parse("1951-04-02T06:00:00Z"));

        try (XSSFWorkbook wb = official(district)) {
            Row row = WorkbookReadBack.rowStartingWith(wb.getSheet("Responses"), district.name);
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(3);
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(0.67);
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(5.0);
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(0.5);
            assertThat(row.getCell(5).getStringCellValue()).isEqualTo("not shown");
            List<String> texts = WorkbookReadBack.texts(wb.getSheet("Responses"));
            assertThat(texts).contains(ACTION, "Ration-card desk open on Saturdays");
            assertThat(texts).noneMatch(t -> t.contains("recorded-too-late"));
            Row planned =
                    WorkbookReadBack.rowStartingWith(
                            wb.getSheet("Responses"), "Dhanpur worse 1 (" + worse.get(1) + ")");
            assertThat(planned.getCell(3).getStringCellValue()).isEqualTo("Planned");
        }

        // the eleventh answer by the end of the quarter: 8 of 11 say better, published in steps
        // of 20 % for a cell of 11 (DisclosurePolicy.cellShare): 73 % -> 80 %
        rows.answer(done, survivors.get(11), 2, february);
        try (XSSFWorkbook wb = official(district)) {
            Cell share =
                    WorkbookReadBack.rowStartingWith(wb.getSheet("Responses"), district.name)
                            .getCell(5);
            assertThat(share.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(share.getNumericCellValue()).isEqualTo(0.8);
            assertThat(share.getCellStyle().getDataFormatString()).isEqualTo("0%");
        }

        ReportData funder =
                reports.build(new ReportRequest(REPORTED, Audience.FUNDER, null, false));
        assertThat(funder.responses().lines()).isEmpty();
        // one row for all districts: per district, the count would point to flagged providers
        assertThat(funder.responses().districts())
                .singleElement()
                .satisfies(
                        d -> {
                            assertThat(d.district()).isEqualTo("All districts");
                            assertThat(d.needing()).isEqualTo(3);
                            assertThat(d.confirmationShare()).isEqualTo(0.8);
                        });
        try (XSSFWorkbook wb = workbook(funder)) {
            Sheet sheet = wb.getSheet("Responses");
            assertThat(WorkbookReadBack.rowStartingWith(sheet, "All districts").getLastCellNum())
                    .isEqualTo((short) 6);
            for (Cell cell : WorkbookReadBack.cells(wb)) {
                if (cell.getCellType() == CellType.STRING) {
                    assertThat(cell.getStringCellValue())
                            .as(WorkbookReadBack.where(cell))
                            .doesNotContain("women constables")
                            .doesNotContain("Ration-card desk")
                            .doesNotContain("Station house officer")
                            .doesNotContain("Dhanpur worse");
                }
            }
        }
    }

    @Test
    void anOfficialSeesHerDistrictsRowEvenWithoutNeedsAndAnOpenQuarterStandsAtGeneration() {
        Area district = fixtures.district();
        ReportData data =
                reports.build(
                        new ReportRequest(
                                Quarter.parse("1953-Q2"), Audience.OFFICIAL, district.id, false));
        assertThat(data.responses().answeredPeriod()).isEqualTo("1953-Q1");
        assertThat(data.responses().asOfGeneration()).isFalse();
        assertThat(data.responses().districts())
                .singleElement()
                .satisfies(
                        d -> {
                            assertThat(d.district()).isEqualTo(district.name);
                            assertThat(d.needing()).isZero();
                            assertThat(d.answeredShare()).isNull();
                        });
        assertThat(data.responses().lines()).isEmpty();

        // a quarter not yet ended: the figures stand at the generation, and the sheet says so
        Quarter current = calendar.currentQuarter();
        ReportData provisional =
                reports.build(new ReportRequest(current, Audience.OFFICIAL, district.id, true));
        assertThat(provisional.responses().answeredPeriod())
                .isEqualTo(current.previous().toString());
        assertThat(provisional.responses().asOfGeneration()).isTrue();
    }

    private XSSFWorkbook official(Area district) {
        return workbook(
                reports.build(new ReportRequest(REPORTED, Audience.OFFICIAL, district.id, false)));
    }

    private XSSFWorkbook workbook(ReportData data) {
        return WorkbookReadBack.written(writer, data);
    }
}
