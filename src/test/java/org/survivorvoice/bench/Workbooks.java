package org.survivorvoice.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workbook's size in cells, and the bare SXSSF write of as many cells it is compared with.
 *
 * <p>The application's sheet step is timed on its first workbook, in a process that has not yet
 * loaded POI's OOXML classes (the XMLBeans schema types, the SXSSF writer) nor compiled them: on
 * two cores that alone costs over a second. A bare write in a process that has done all that is not
 * the same comparison, so {@link #coldBareWrite} times the bare write the same way, as the first
 * thing a fresh JVM does with POI; {@link #bareWrite} best of three stays the warm figure.
 */
public final class Workbooks {

    private static final String NANOS = "bare-write-nanos=";

    private Workbooks() {}

    /** Run in a fresh JVM by {@link #coldBareWrite}: one bare write of {@code args[0]} cells. */
    public static void main(String[] args) throws IOException {
        System.out.println(NANOS + bareWrite(Long.parseLong(args[0])));
    }

    /**
     * The bare write of {@code cells} cells as the first POI work of a new JVM with the given
     * maximum heap, as the application's first workbook is written; answers its nanoseconds (the
     * JVM's own start is not counted, the loading and compiling of POI is).
     */
    public static long coldBareWrite(long cells, String heap)
            throws IOException, InterruptedException {
        List<String> command =
                List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx" + heap,
                        "-Djava.awt.headless=true",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Workbooks.class.getName(),
                        Long.toString(cells));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("the cold bare write failed: " + output);
        }
        return output.lines()
                .filter(line -> line.startsWith(NANOS))
                .map(line -> Long.parseLong(line.substring(NANOS.length()).trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no figure from " + output));
    }

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
