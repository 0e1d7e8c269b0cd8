package org.survivorvoice.reports.excel;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.survivorvoice.reports.chart.ChartBand;
import org.survivorvoice.scoring.method.Band;

/**
 * Writes one streamed sheet row by row, top to bottom (SXSSF keeps only a window of rows in memory
 * and cannot go back), every cell with one of the workbook's shared styles and every text through
 * the formula-injection escape of {@link CellText}.
 *
 * <p>Neither Excel nor LibreOffice grows a row for wrapped text in a file they did not lay out
 * themselves (a PDF of such a sheet prints the lines over each other), so each row gets the height
 * its wrapped cells need, estimated from the column widths. It also remembers the first table
 * header, which the writer repeats on every printed page, and every rule that withheld a figure,
 * for the sheet's note.
 */
public final class SheetCursor {

    /** What a cell shows when a disclosure rule withholds its value. */
    public static final String NOT_SHOWN = "not shown";

    /** How a note line that names the rules of a sheet's "not shown" cells starts. */
    public static final String NOT_SHOWN_NOTE = "Not shown: ";

    private final Sheet sheet;
    private final WorkbookStyles styles;
    private final Map<Integer, Integer> widths;
    private final int lastColumn;
    private final Set<String> withheldRules = new LinkedHashSet<>();
    private Row row;
    private float rowHeight;
    private int next;
    private int firstHeader = -1;

    /**
     * @param widths the sheet's column widths in characters; notes span all these columns
     */
    public SheetCursor(Sheet sheet, WorkbookStyles styles, Map<Integer, Integer> widths) {
        this.sheet = sheet;
        this.styles = styles;
        this.widths = widths;
        this.lastColumn = widths.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /** Starts the next row. */
    public SheetCursor row() {
        finishRow();
        row = sheet.createRow(next++);
        rowHeight = 0;
        return this;
    }

    /** Leaves an empty row. */
    public SheetCursor skip() {
        finishRow();
        next++;
        return this;
    }

    /** Sets the height of the row written last; call once the sheet is written. */
    public void finish() {
        finishRow();
    }

    /** A text cell in the given style, escaped when it would read as a formula. */
    public SheetCursor text(int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        String text = value == null ? "" : value;
        cell.setCellValue(text);
        // an escaped text keeps the plain text look: only free text can need it
        CellStyle used = CellText.needsQuotePrefix(value) ? styles.quotedText : style;
        cell.setCellStyle(used);
        fit(text, used, width(column));
        return this;
    }

    /** A text cell in the Text style. */
    public SheetCursor text(int column, String value) {
        return text(column, value, styles.text);
    }

    /** A numeric cell in the given (pinned-format) style. */
    public SheetCursor number(int column, double value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        return this;
    }

    /**
     * A numeric cell, or {@link #NOT_SHOWN} when the rule withholds the value; the rule goes into
     * the sheet's note ({@link #notShownNote}).
     */
    public SheetCursor number(int column, Double value, CellStyle style, String rule) {
        return value == null ? withheld(column, rule) : number(column, value.doubleValue(), style);
    }

    /** {@link #NOT_SHOWN}, withheld by the rule, which the sheet's note will name. */
    public SheetCursor withheld(int column, String rule) {
        withheldRules.add(rule);
        return text(column, NOT_SHOWN, styles.notShown);
    }

    /** {@link #NOT_SHOWN}, with the rule that withholds it named in another cell of the row. */
    public SheetCursor withheld(int column, String rule, int ruleColumn) {
        text(column, NOT_SHOWN, styles.notShown);
        return text(ruleColumn, NOT_SHOWN_NOTE + rule, styles.sideNote);
    }

    /** A band cell: its words, as the charts' legends say them, in the band's colour. */
    public SheetCursor band(int column, Band band) {
        return text(column, ChartBand.of(band).label(), styles.band(band));
    }

    /** A table header row; the first one of the sheet is repeated on every printed page. */
    public SheetCursor header(String... titles) {
        row();
        if (firstHeader < 0) {
            firstHeader = next - 1;
        }
        for (int i = 0; i < titles.length; i++) {
            text(i, titles[i], styles.header);
        }
        return this;
    }

    /** Aligns the given columns of the header row just written right, over their numbers. */
    public SheetCursor numeric(int... columns) {
        for (int column : columns) {
            row.getCell(column).setCellStyle(styles.numberHeader);
        }
        return this;
    }

    /** Indents the given columns of the header row just written, as band and note cells are. */
    public SheetCursor indented(int... columns) {
        for (int column : columns) {
            row.getCell(column).setCellStyle(styles.indentedHeader);
        }
        return this;
    }

    /** A note row: the text spans every column of the sheet and wraps within them. */
    public SheetCursor note(String text) {
        row();
        int span = 0;
        for (int column = 0; column <= lastColumn; column++) {
            span += width(column);
        }
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(styles.note);
        if (lastColumn > 0) {
            sheet.addMergedRegion(new CellRangeAddress(next - 1, next - 1, 0, lastColumn));
        }
        fit(text, styles.note, span);
        return this;
    }

    /**
     * One note per rule that withheld a figure on this sheet through {@link #withheld(int,
     * String)}: nothing says "not shown" without the rule that requires it.
     */
    public SheetCursor notShownNote() {
        for (String rule : withheldRules) {
            note(NOT_SHOWN_NOTE + rule + ".");
        }
        return this;
    }

    /** The index of the row written last. */
    public int rowIndex() {
        return next - 1;
    }

    /** The index of the next row to write: the first free row below the content. */
    public int nextRow() {
        return next;
    }

    /** The row of the sheet's first table header, or -1 when it has none. */
    public int firstHeaderRow() {
        return firstHeader;
    }

    private int width(int column) {
        return widths.getOrDefault(column, WorkbookSheet.DEFAULT_WIDTH);
    }

    /** Grows the current row to the lines the text needs when its style wraps. */
    private void fit(String text, CellStyle style, int widthChars) {
        WorkbookStyles.Wrapping wrapping = styles.wrapping(style);
        int lines =
                wrapping.wraps()
                        ? RowHeights.lines(
                                text,
                                // an indent level takes about two characters of the width
                                widthChars - 2 * wrapping.indent(),
                                wrapping.fontPoints(),
                                wrapping.bold())
                        : 1;
        rowHeight = Math.max(rowHeight, lines * wrapping.lineHeight());
    }

    private void finishRow() {
        if (row != null && rowHeight > sheet.getDefaultRowHeightInPoints() + 0.5f) {
            row.setHeightInPoints(rowHeight);
        }
        row = null;
        rowHeight = 0;
    }
}
