package org.survivorvoice.reports.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The quarterly workbook skips two zip passes of POI's write: its archive must hold the same
 * entries, in the same order, with the same bytes, as POI's own write of the same workbook.
 */
class StreamedWorkbookTest {

    private final QuarterlyWorkbookWriter writer = new QuarterlyWorkbookWriter(Optional.empty());

    @Test
    void writesTheSameEntriesAsPoiWithThePicturesNotDeflatedAgain() throws IOException {
        byte[] png = SampleReports.png(900, 560);
        byte[] ours = build(template -> new StreamedWorkbook(template, 50), png);
        byte[] poi = build(template -> new SXSSFWorkbook(template, 50, false), png);

        Map<String, byte[]> expected = entries(poi);
        Map<String, byte[]> actual = entries(ours);
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        assertThat(expected.keySet()).anyMatch(name -> name.startsWith(StreamedWorkbook.MEDIA));
        assertThat(expected.keySet()).contains("xl/worksheets/sheet3.xml");
        expected.forEach((name, bytes) -> assertThat(actual.get(name)).as(name).isEqualTo(bytes));
        // the rows streamed into the sheet made it into the archive
        assertThat(new String(actual.get("xl/worksheets/sheet3.xml"), StandardCharsets.UTF_8))
                .contains("Row 299");

        for (ZipEntry entry : list(ours)) {
            if (entry.getName().startsWith(StreamedWorkbook.MEDIA)) {
                // level 0: the picture's bytes as they are, in stored blocks
                assertThat(entry.getCompressedSize()).isGreaterThanOrEqualTo(png.length);
            } else if (entry.getName().endsWith(".xml")) {
                assertThat(entry.getCompressedSize()).isLessThan(entry.getSize());
            }
        }
    }

    private byte[] build(Function<XSSFWorkbook, SXSSFWorkbook> streaming, byte[] png)
            throws IOException {
        XSSFWorkbook template = writer.openTemplate();
        SXSSFWorkbook workbook = streaming.apply(template);
        try {
            SXSSFSheet sheet = workbook.createSheet("Rows");
            for (int r = 0; r < 300; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("Row " + r);
                row.createCell(1).setCellValue(r / 7.0);
            }
            int index = workbook.addPicture(png, Workbook.PICTURE_TYPE_PNG);
            ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
            anchor.setRow1(302);
            anchor.setCol2(5);
            anchor.setRow2(330);
            sheet.createDrawingPatriarch().createPicture(anchor, index);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } finally {
            QuarterlyWorkbookWriter.close(workbook, template);
        }
    }

    /** The archive's entries in order, read through its central directory. */
    private static Map<String, byte[]> entries(byte[] xlsx) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        Path file = Files.createTempFile("streamed-workbook-test", ".xlsx");
        try {
            Files.write(file, xlsx);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry entry : zip.stream().map(ZipEntry.class::cast).toList()) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        entries.put(entry.getName(), in.readAllBytes());
                    }
                }
            }
        } finally {
            Files.delete(file);
        }
        return entries;
    }

    private static List<ZipEntry> list(byte[] xlsx) throws IOException {
        Path file = Files.createTempFile("streamed-workbook-test", ".xlsx");
        try {
            Files.write(file, xlsx);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                return zip.stream().map(ZipEntry.class::cast).toList();
            }
        } finally {
            Files.delete(file);
        }
    }
}
