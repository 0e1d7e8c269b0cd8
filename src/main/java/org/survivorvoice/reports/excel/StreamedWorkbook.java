package org.survivorvoice.reports.excel;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The quarterly workbook's streaming workbook, written as {@link SXSSFWorkbook} writes it (the
 * template's parts archived to a temporary file, then copied into the output with the streamed
 * sheets' rows injected) with two zip passes less:
 *
 * <ul>
 *   <li>the temporary archive, read back at once and deleted, is stored without compression: POI
 *       deflated every part there, the charts' PNGs included, only to inflate them again;
 *   <li>in the output, the pictures are copied at compression level 0: a PNG is deflated already,
 *       so deflating it again cost about as much time as all the sheets' cells and saved almost
 *       nothing.
 * </ul>
 *
 * Every entry of the output has the same name, order and content as POI's own write gives
 * (StreamedWorkbookTest compares them); only the pictures' entries are a little larger.
 */
final class StreamedWorkbook extends SXSSFWorkbook {

    /** Where a workbook keeps its pictures and other media. */
    static final String MEDIA = "xl/media/";

    StreamedWorkbook(XSSFWorkbook template, int rowWindow) {
        super(template, rowWindow, false);
    }

    @Override
    public void write(OutputStream stream) throws IOException {
        flushSheets();
        File parts = TempFile.createTempFile("survivor-voice-workbook", ".xlsx");
        try {
            try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(parts)) {
                zip.setLevel(Deflater.NO_COMPRESSION);
                getXSSFWorkbook().write(zip);
            }
            try (ZipSecureFile file = new ZipSecureFile(parts);
                    ZipFileZipEntrySource source = new ZipFileZipEntrySource(file)) {
                injectData(source, stream);
            }
        } finally {
            Files.deleteIfExists(parts.toPath());
        }
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        return new ZipArchiveOutputStream(out) {
            @Override
            public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
                setLevel(
                        entry.getName().startsWith(MEDIA)
                                ? Deflater.NO_COMPRESSION
                                : Deflater.DEFAULT_COMPRESSION);
                super.putArchiveEntry(entry);
            }
        };
    }
}
