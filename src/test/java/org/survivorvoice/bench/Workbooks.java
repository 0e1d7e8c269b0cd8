package org.survivorvoice.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The workbook's size in cells, and the bare SXSSF write of as many cells it is compared with. */
public final class Workbooks {

    private Workbooks() {}

    /** Cells of every sheet of the workbook. */
    public static long cells(byte[] xlsx) throws IOException {
        long cells = 0;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    cells += row.getPhysicalNumberOfCells();
                }
            }
        }
        return cells;
    }

    /**
     * Streams {@code cells} cells (numbers and short texts alternating, ten a row, one shared
     * style) into one sheet and writes the file to nowhere; answers the nanoseconds taken.
     */
    public static long bareWrite(long cells) throws IOException {
        long started = System.nanoTime();
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        try {
            Sheet sheet = wb.createSheet("Bare");
            CellStyle style = wb.createCellStyle();
            int columns = 10;
            Row row = null;
            for (long i = 0; i < cells; i++) {
                if (i % columns == 0) {
                    row = sheet.createRow((int) (i / columns));
                }
                Cell cell = row.createCell((int) (i % columns));
                if (i % 2 == 0) {
                    cell.setCellValue("Provider " + i);
                } else {
                    cell.setCellValue(i / 1000.0);
                }
                cell.setCellStyle(style);
            }
            wb.write(OutputStream.nullOutputStream());
        } finally {
            wb.dispose();
            wb.close();
        }
        return System.nanoTime() - started;
    }
}
