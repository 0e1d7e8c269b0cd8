package org.survivorvoice.reports.excel;

import java.util.Objects;

/**
 * A PNG (a chart) to place on a sheet of the workbook. The writer places a sheet's pictures below
 * its tables, one under the other in the order given, each at its own pixel size (so a chart is
 * never stretched) and each starting a printed page (so none is cut in two).
 *
 * @param sheet the sheet's name, e.g. {@code Summary} or {@code Trends}
 * @param png the picture, PNG encoded
 */
public record WorkbookPicture(String sheet, byte[] png) {

    public WorkbookPicture {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(png, "png");
        png = png.clone();
    }

    /** A copy of the PNG bytes: the record stays immutable. */
    @Override
    public byte[] png() {
        return png.clone();
    }
}
