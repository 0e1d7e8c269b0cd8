package org.survivorvoice.reports.excel;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.streaming.SXSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.openxmlformats.schemas.drawingml.x2006.main.CTPositiveSize2D;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCol;

/**
 * Sets a streamed picture to its own pixel size, as {@link SXSSFPicture#resize()} does, but reads
 * the PNG's size from its header instead of decoding every pixel: POI's resize decodes the whole
 * image (ImageIO) only to learn its width and height, which cost more than all the cells of a
 * sheet. The anchor and the shape's extent come out exactly as POI's (QuarterlyWorkbookWriterTest
 * compares them); a picture whose header says anything about its resolution, or that is not a PNG,
 * goes through POI's resize instead.
 */
final class PictureSize {

    private static final byte[] PNG_SIGNATURE = {
        (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'
    };

    /**
     * Column width in characters where the sheet sets none, as POI assumes when it sizes pictures.
     */
    private static final float DEFAULT_COLUMN_WIDTH = 9.140625f;

    private PictureSize() {}

    /**
     * Resizes the placed picture to the PNG's own size: anchored at its top-left cell, the anchor's
     * far corner and the extent set from the column widths and row heights of the sheet.
     *
     * @param sheet the streamed sheet the picture is on (its rows give the heights)
     */
    static void resize(SXSSFPicture picture, Sheet sheet, byte[] png) {
        Optional<int[]> size = pixels(png);
        XSSFClientAnchor anchor = picture.getClientAnchor();
        if (size.isEmpty() || anchor == null) {
            picture.resize();
            return;
        }
        double width = size.get()[0];
        double height = size.get()[1];

        float w = 0;
        int col2 = anchor.getCol1() - 1;
        while (w <= width) {
            w += columnPixels(picture, ++col2);
        }
        double cw = columnPixels(picture, col2);
        int dx2 = (int) (Units.EMU_PER_PIXEL * (cw - (w - width)));

        double h = 0;
        int row2 = anchor.getRow1() - 1;
        while (h <= height) {
            h += rowPixels(sheet, ++row2);
        }
        double ch = rowPixels(sheet, row2);
        int dy2 = (int) (Units.EMU_PER_PIXEL * (ch - (h - height)));

        anchor.setCol2(col2);
        anchor.setDx1(0);
        anchor.setDx2(dx2);
        anchor.setRow2(row2);
        anchor.setDy1(0);
        anchor.setDy2(dy2);
        CTPositiveSize2D extent = picture.getCTPicture().getSpPr().getXfrm().getExt();
        extent.setCx((long) (width * Units.EMU_PER_PIXEL));
        extent.setCy((long) (height * Units.EMU_PER_PIXEL));
    }

    /**
     * The width and height of a PNG in pixels, read from its header (IHDR); empty when the bytes
     * are no PNG, or when it states a resolution (pHYs), which would scale its size on the sheet.
     */
    static Optional<int[]> pixels(byte[] png) {
        if (png.length < 33
                || !Arrays.equals(png, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0, 8)
                || !"IHDR".equals(chunkType(png, 8))) {
            return Optional.empty();
        }
        int width = int32(png, 16);
        int height = int32(png, 20);
        int at = 8;
        while (at + 8 <= png.length) {
            long length = int32(png, at) & 0xFFFFFFFFL;
            String type = chunkType(png, at);
            if (type.equals("pHYs")) {
                return Optional.empty();
            }
            if (type.equals("IDAT") || type.equals("IEND")) {
                // every chunk that may state a resolution comes before the image data
                return width > 0 && height > 0
                        ? Optional.of(new int[] {width, height})
                        : Optional.empty();
            }
            at += 12 + length;
            if (at > png.length || at < 0) {
                break;
            }
        }
        return Optional.empty();
    }

    private static String chunkType(byte[] png, int chunk) {
        return new String(png, chunk + 4, 4, StandardCharsets.ISO_8859_1);
    }

    private static int int32(byte[] b, int at) {
        return (b[at] & 0xFF) << 24
                | (b[at + 1] & 0xFF) << 16
                | (b[at + 2] & 0xFF) << 8
                | (b[at + 3] & 0xFF);
    }

    /** A column's width in pixels, as POI sizes pictures: the set width, else its default. */
    private static float columnPixels(SXSSFPicture picture, int column) {
        CTCol col = picture.getSheet().getColumnHelper().getColumn(column, false);
        double chars = col == null || !col.isSetWidth() ? DEFAULT_COLUMN_WIDTH : col.getWidth();
        return (float) chars * Units.DEFAULT_CHARACTER_WIDTH;
    }

    /** A row's height in pixels: the streamed row's, or the sheet's default for a row not made. */
    private static float rowPixels(Sheet sheet, int index) {
        Row row = sheet.getRow(index);
        float points = row != null ? row.getHeightInPoints() : sheet.getDefaultRowHeightInPoints();
        return points * Units.PIXEL_DPI / Units.POINT_DPI;
    }
}
