package org.survivorvoice.reports.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.survivorvoice.reports.excel.WorkbookReadBack.rowStartingWith;
import static org.survivorvoice.reports.excel.WorkbookReadBack.rowTexts;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.survivorvoice.reports.data.ReportData;

/** The Responses sheet of both editions on hand-built data, read back with POI. */
class ResponsesSheetTest {

    private static final List<String> HEADERS =
            List.of(
                    "District",
                    "Providers needing a response",
                    "Answered",
                    "Median days to a response",
                    "Done on time",
                    "Survivors say it got better");

    private final QuarterlyWorkbookWriter writer = new QuarterlyWorkbookWriter(Optional.empty());

    private XSSFWorkbook write(ReportData data) {
        return WorkbookReadBack.written(writer, data);
    }

    @Test
    void funderSheetHasDistrictCountsAndWholePercentSharesOnly() throws IOException {
        try (XSSFWorkbook wb = write(SampleReports.funder(false))) {
            Sheet sheet = wb.getSheet("Responses");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Responses");
            assertThat(WorkbookReadBack.texts(sheet))
                    .contains(
                            "Responses to the results of 2026-Q1, as they stood at the end of"
                                    + " this quarter");
            Row header = rowStartingWith(sheet, "District");
            assertThat(rowTexts(sheet, header.getRowNum())).isEqualTo(HEADERS);

            Row north = rowStartingWith(sheet, "North 24 Parganas");
            assertNumber(north.getCell(1), 4, "#,##0");
            assertNumber(north.getCell(2), 0.75, "0%");
            assertNumber(north.getCell(3), 12.5, "0.0");
            assertNumber(north.getCell(4), 0.5, "0%");
            assertNumber(north.getCell(5), 0.64, "0%");
            assertThat(north.getLastCellNum()).isEqualTo((short) 6);

            // a district below the gate: "not shown", and the sheet names the rule
            Row murshidabad = rowStartingWith(sheet, "Murshidabad");
            assertNumber(murshidabad.getCell(2), 1.0, "0%");
            assertThat(murshidabad.getCell(5).getStringCellValue()).isEqualTo("not shown");
            assertThat(WorkbookReadBack.texts(sheet))
                    .contains(
                            "Not shown: fewer than 11 survivors' follow-up answers behind the"
                                    + " share.");
            // nobody answered: no median, no on-time share, nothing withheld
            Row guntur = rowStartingWith(sheet, "Guntur");
            assertNumber(guntur.getCell(2), 0.0, "0%");
            assertThat(guntur.getCell(3).getStringCellValue()).isEqualTo("none answered");
            assertThat(guntur.getCell(4)).isNull();
            WorkbookReadBack.assertEveryNotShownNamesItsRule(wb);

            // no action, owner role or provider of a response anywhere in the workbook
            for (Cell cell : WorkbookReadBack.cells(wb)) {
                if (cell.getCellType() == CellType.STRING) {
                    assertThat(cell.getStringCellValue())
                            .as(WorkbookReadBack.where(cell))
                            .doesNotContain(SampleReports.ACTION)
                            .doesNotContain("Station house officer")
                            .doesNotContain("posters on fees")
                            .isNotEqualTo("Action")
                            .isNotEqualTo("Owner role");
                }
            }
            assertThat(WorkbookReadBack.texts(sheet))
                    .noneMatch(t -> t.contains("Thana Haroa") || t.contains("Block office"));
        }
    }

    @Test
    void officialSheetAddsEveryResponseOfHerDistrict() throws IOException {
        try (XSSFWorkbook wb = write(SampleReports.official())) {
            Sheet sheet = wb.getSheet("Responses");
            assertThat(rowStartingWith(sheet, "North 24 Parganas").getCell(5).getNumericCellValue())
                    .isEqualTo(0.64);
            Row header = rowStartingWith(sheet, "Provider");
            assertThat(rowTexts(sheet, header.getRowNum()))
                    .containsExactly(
                            "Provider", "Theme", "Due date", "Status", "Owner role", "Action");
            Row haroa = rowStartingWith(sheet, "Thana Haroa (100066)");
            assertThat(rowTexts(sheet, haroa.getRowNum()))
                    .containsExactly(
                            "Thana Haroa (100066)",
                            "Dignity",
                            "2026-05-31",
                            "Done",
                            "Station house officer",
                            SampleReports.ACTION);
            Row block = rowStartingWith(sheet, "@Block office (100041)");
            assertThat(block.getCell(1).getStringCellValue()).isEqualTo("Money or favours asked");
            assertThat(block.getCell(3).getStringCellValue()).isEqualTo("Planned");
            assertThat(block.getCell(5).getStringCellValue()).isEqualTo("=1+1 posters on fees");
            WorkbookReadBack.assertNoLiveFormula(wb);
        }
    }

    @Test
    void provisionalWorkbookMarksTheResponsesSheet() throws IOException {
        ReportData provisional = SampleReports.funder(true);
        try (XSSFWorkbook wb = write(provisional)) {
            Sheet sheet = wb.getSheet("Responses");
            assertThat(WorkbookReadBack.texts(sheet))
                    .contains("PROVISIONAL: the quarter is not released yet; figures may change.");
            assertThat(sheet.getHeader().getRight()).isEqualTo("PROVISIONAL");
        }
    }

    private static void assertNumber(Cell cell, double value, String format) {
        assertThat(cell.getCellType()).as(WorkbookReadBack.where(cell)).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).as(WorkbookReadBack.where(cell)).isEqualTo(value);
        assertThat(cell.getCellStyle().getDataFormatString())
                .as(WorkbookReadBack.where(cell))
                .isEqualTo(format);
    }
}
