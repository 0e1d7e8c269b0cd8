package org.survivorvoice.reports.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.survivorvoice.reports.data.ReportData;
import org.survivorvoice.reports.data.ReportProgress;

/** Reads a generated workbook back with POI (XSSF), as a reviewer's Excel would. */
public final class WorkbookReadBack {

    private WorkbookReadBack() {}

    /** The quarterly workbook the writer makes of the data (no template charts), read back. */
    public static XSSFWorkbook written(QuarterlyWorkbookWriter writer, ReportData data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(data, List.of(), out, ReportProgress.IGNORED);
        return open(out.toByteArray());
    }

    public static XSSFWorkbook open(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Names of the visible sheets, in order. */
    public static List<String> visibleSheets(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            if (!wb.isSheetHidden(i) && !wb.isSheetVeryHidden(i)) {
                names.add(wb.getSheetName(i));
            }
        }
        return names;
    }

    /** Every cell of every sheet (the hidden styles sheet too). */
    public static List<Cell> cells(XSSFWorkbook wb) {
        List<Cell> cells = new ArrayList<>();
        for (Sheet sheet : wb) {
            for (Row row : sheet) {
                row.forEach(cells::add);
            }
        }
        return cells;
    }

    /** Every string cell's text. */
    public static List<String> texts(XSSFWorkbook wb) {
        return cells(wb).stream()
                .filter(c -> c.getCellType() == CellType.STRING)
                .map(Cell::getStringCellValue)
                .toList();
    }

    /** The text cells of one row of a sheet. */
    public static List<String> rowTexts(Sheet sheet, int row) {
        List<String> texts = new ArrayList<>();
        for (Cell c : sheet.getRow(row)) {
            texts.add(c.getCellType() == CellType.STRING ? c.getStringCellValue() : "");
        }
        return texts;
    }

    /** The first row of the sheet whose first cell reads the text. */
    public static Row rowStartingWith(Sheet sheet, String text) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null
                    && first.getCellType() == CellType.STRING
                    && first.getStringCellValue().equals(text)) {
                return row;
            }
        }
        throw new AssertionError("no row starts with " + text + " on " + sheet.getSheetName());
    }

    /**
     * SAFETY V3: no formula cell anywhere, and every text that starts with a formula character is
     * quote-prefixed, so it stays text when edited or re-imported.
     */
    public static void assertNoLiveFormula(XSSFWorkbook wb) {
        for (Cell cell : cells(wb)) {
            assertThat(cell.getCellType()).as(where(cell)).isNotEqualTo(CellType.FORMULA);
            if (cell.getCellType() == CellType.STRING) {
                String text = cell.getStringCellValue();
                if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
                    assertThat(cell.getCellStyle().getQuotePrefixed())
                            .as(where(cell) + " " + text)
                            .isTrue();
                }
            }
        }
    }

    public static String where(Cell cell) {
        return cell.getSheet().getSheetName() + "!" + cell.getAddress();
    }

    /** Every string cell's text of one sheet. */
    public static List<String> texts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING) {
                    texts.add(c.getStringCellValue());
                }
            }
        }
        return texts;
    }

    /**
     * SCORING.md, disclosure control: every cell that says "not shown" has the rule that withholds
     * it on the same row ("Not shown: fewer than 11 ...") or in a note of its sheet, and every such
     * rule is one of the rules the workbook knows. Returns how many cells said "not shown".
     */
    public static int assertEveryNotShownNamesItsRule(XSSFWorkbook wb) {
        int seen = 0;
        for (Sheet sheet : wb) {
            List<String> sheetNotes =
                    texts(sheet).stream().filter(t -> t.startsWith("Not shown: ")).toList();
            sheetNotes.forEach(
                    note ->
                            assertThat(note)
                                    .as(sheet.getSheetName())
                                    .matches(
                                            "Not shown: (fewer than \\d+ .+|secondary suppression:"
                                                    + " .+)"));
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() != CellType.STRING
                            || !cell.getStringCellValue().equals("not shown")) {
                        continue;
                    }
                    seen++;
                    boolean onRow = false;
                    for (Cell other : row) {
                        onRow |=
                                other.getCellType() == CellType.STRING
                                        && other.getStringCellValue().startsWith("Not shown: ");
                    }
                    assertThat(onRow || !sheetNotes.isEmpty())
                            .as(where(cell) + " says not shown without its rule")
                            .isTrue();
                }
            }
        }
        return seen;
    }
}
