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

/** The Safety desk sheet of both editions on hand-built data, read back with POI. */
class SafetyDeskSheetTest {

    static final List<String> HEADERS =
            List.of(
                    "District",
                    "Cases opened",
                    "Contacted within the deadline",
                    "Median hours to first contact",
                    "Resolved",
                    "Referred to legal aid",
                    "Referred to police",
                    "Could not reach",
                    "Declined",
                    "Still open");

    private final QuarterlyWorkbookWriter writer = new QuarterlyWorkbookWriter(Optional.empty());

    private XSSFWorkbook write(ReportData data) {
        return WorkbookReadBack.written(writer, data);
    }

    @Test
    void funderSheetHasRoundedCountsAndGatedSharesPerDistrict() throws IOException {
        try (XSSFWorkbook wb = write(SampleReports.funder(false))) {
            Sheet sheet = wb.getSheet("Safety desk");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Safety desk");
            assertThat(WorkbookReadBack.texts(sheet))
                    .contains(
                            "Safety cases opened in this quarter, as they stood at the end of the"
                                    + " quarter");
            Row header = rowStartingWith(sheet, "District");
            assertThat(rowTexts(sheet, header.getRowNum())).isEqualTo(HEADERS);

            Row north = rowStartingWith(sheet, "North 24 Parganas");
            assertNumber(north.getCell(1), 25, "#,##0");
            assertNumber(north.getCell(2), 0.8, "0%");
            assertNumber(north.getCell(3), 31, "#,##0");
            assertNumber(north.getCell(4), 5, "#,##0");
            assertNumber(north.getCell(6), 0, "#,##0");
            assertNumber(north.getCell(9), 10, "#,##0");
            assertThat(north.getLastCellNum()).isEqualTo((short) 10);

            // below the gate: "not shown", and the sheet names each rule
            Row guntur = rowStartingWith(sheet, "Guntur");
            assertNumber(guntur.getCell(1), 5, "#,##0");
            assertThat(guntur.getCell(2).getStringCellValue()).isEqualTo("not shown");
            assertThat(guntur.getCell(3).getStringCellValue()).isEqualTo("not shown");
            assertThat(WorkbookReadBack.texts(sheet))
                    .contains(
                            "Not shown: fewer than 11 cases contacted or past their deadline"
                                    + " behind the share.",
                            "Not shown: fewer than 11 contacted cases behind the median.");
            WorkbookReadBack.assertEveryNotShownNamesItsRule(wb);

            // the cases of no known district, last, and the note that says what they are
            assertThat(rowStartingWith(sheet, "District not known").getRowNum())
                    .isGreaterThan(north.getRowNum());
            assertThat(WorkbookReadBack.texts(sheet))
                    .anyMatch(t -> t.startsWith("One row per district with a case;"));
            // wider than a page upright: printed landscape
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
        }
    }

    @Test
    void officialSheetHasHerDistrictOnly() throws IOException {
        try (XSSFWorkbook wb = write(SampleReports.official())) {
            Sheet sheet = wb.getSheet("Safety desk");
            Row header = rowStartingWith(sheet, "District");
            assertThat(rowTexts(sheet, header.getRowNum())).isEqualTo(HEADERS);
            Row north = rowStartingWith(sheet, "North 24 Parganas");
            assertThat(sheet.getRow(north.getRowNum() + 1).getCell(1)).isNull();
            assertThat(WorkbookReadBack.texts(sheet)).noneMatch(t -> t.contains("Guntur"));
            assertThat(WorkbookReadBack.texts(sheet))
                    .noneMatch(t -> t.startsWith("One row per district with a case;"));
        }
    }

    @Test
    void provisionalWorkbookMarksTheSheetAndSaysItsInstant() throws IOException {
        ReportData provisional = SampleReports.funder(true);
        try (XSSFWorkbook wb = write(provisional)) {
            Sheet sheet = wb.getSheet("Safety desk");
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
