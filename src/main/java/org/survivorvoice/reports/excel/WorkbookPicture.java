package org.survivorvoice.reports.excel;

import java.util.Objects;

/**
 * A PNG (a chart) to place on a sheet of the workbook, its top-left corner at a cell and its size
 * in columns and rows.
 *
 * @param sheet the sheet's name, e.g. {@code Summary} or {@code Trends}
 * @param png the picture, PNG encoded
 * @param column zero-based column of the top-left corner
 * @param row zero-based row of the top-left corner
 * @param columns how many columns the picture spans
 * @param rows how many rows the picture spans
 */
public record WorkbookPicture(
        String sheet, byte[] png, int column, int row, int columns, int rows) {

    public WorkbookPicture {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(png, "png");
        if (column < 0 || row < 0 || columns < 1 || rows < 1) {
            throw new IllegalArgumentException("a picture needs a cell and a size of at least 1x1");
        }
        png = png.clone();
    }

    /** A copy of the PNG bytes: the record stays immutable. */
    @Override
    public byte[] png() {
        return png.clone();
    }
}
