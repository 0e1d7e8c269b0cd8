package org.survivorvoice.reports.excel;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.survivorvoice.scoring.method.Band;

/**
 * Writes one streamed sheet row by row, top to bottom (SXSSF keeps only a window of rows in memory
 * and cannot go back), every cell with one of the workbook's shared styles and every text through
 * the formula-injection escape of {@link CellText}.
 */
final class SheetCursor {

    /** What a cell shows when its value is not published (too few behind it, or withheld). */
    static final String NOT_SHOWN = "not shown";

    private final Sheet sheet;
    private final WorkbookStyles styles;
    private Row row;
    private int next;

    SheetCursor(Sheet sheet, WorkbookStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    /** Starts the next row. */
    SheetCursor row() {
        row = sheet.createRow(next++);
        return this;
    }

    /** Leaves an empty row. */
    SheetCursor skip() {
        next++;
        return this;
    }

    /** A text cell in the given style, escaped when it would read as a formula. */
    SheetCursor text(int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        // an escaped text keeps the plain text look: only free text can need it
        cell.setCellStyle(CellText.needsQuotePrefix(value) ? styles.quotedText : style);
        return this;
    }

    /** A text cell in the Text style. */
    SheetCursor text(int column, String value) {
        return text(column, value, styles.text);
    }

    /** A numeric cell in the given (pinned-format) style. */
    SheetCursor number(int column, double value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        return this;
    }

    /** A numeric cell, or {@link #NOT_SHOWN} when the value is not published. */
    SheetCursor number(int column, Double value, CellStyle style) {
        return value == null
                ? text(column, NOT_SHOWN, styles.note)
                : number(column, value.doubleValue(), style);
    }

    /** A band cell: its name, coloured with the band's template style. */
    SheetCursor band(int column, Band band) {
        return text(column, band.name(), styles.band(band));
    }

    /** A table header row. */
    SheetCursor header(String... titles) {
        row();
        for (int i = 0; i < titles.length; i++) {
            text(i, titles[i], styles.header);
        }
        return this;
    }

    /** The index of the row written last. */
    int rowIndex() {
        return next - 1;
    }
}
