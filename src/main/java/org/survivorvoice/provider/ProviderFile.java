package org.survivorvoice.provider;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.survivorvoice.common.i18n.SurvivorText;
import org.survivorvoice.common.sheet.SheetRefused;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Reads the bytes of an uploaded file, {@code .csv} or the first sheet of an {@code .xlsx}, into
 * its non-blank rows of cleaned cell text; {@link ProviderSheet} makes requests of them.
 *
 * <p>Pure and safe on any input (SAFETY V1): a file that cannot be read is a {@link
 * ProviderInputException} naming the reason; cells are NFC, without control or invisible
 * characters, and bounded. CSV is read with Apache Commons CSV as RFC 4180 writes it, the workbook
 * as a stream of rows (POI's event API, as in its XLSX2CSV example) after its unpacked size is
 * checked, so a small upload cannot unpack into gigabytes of XML in memory. Reading stops keeping
 * rows once there are more than an import takes.
 */
final class ProviderFile {

    /**
     * Most bytes a workbook's parts may unpack to. A sheet of {@link ProviderSheet#MAX_ROWS}
     * providers with long names is about 3 MB of XML; a zip bomb is refused before POI unpacks it.
     */
    static final long MAX_UNPACKED_BYTES = 32L * 1024 * 1024;

    /** Longest cell text looked at; longer names fail the 200-character rule anyway. */
    static final int MAX_CELL_LENGTH = 1_000;

    /** Rows kept at most: the header, every row an import takes, and one to know there are more. */
    private static final int KEPT_ROWS = ProviderSheet.MAX_ROWS + 2;

    /**
     * RFC 4180: a blank line is a record (it keeps the numbering a spreadsheet program shows), text
     * after a closing quote and a quote never closed are errors.
     */
    private static final CSVFormat CSV =
            CSVFormat.RFC4180
                    .builder()
                    .setIgnoreEmptyLines(false)
                    .setTrailingData(false)
                    .setLenientEof(false)
                    .get();

    /**
     * A non-blank row as read: its 1-based number in the file, which is the row a spreadsheet
     * program shows (a line break inside quotes does not start a new one), its cells' cleaned text
     * by 0-based column, and the columns whose cells hold a formula.
     */
    record Cells(int number, Map<Integer, String> values, Set<Integer> formulas) {}

    private ProviderFile() {}

    /** The rows of a CSV file, read as UTF-8 with or without a byte order mark. */
    static List<Cells> csv(byte[] body) {
        requireContent(body);
        String text;
        try {
            text =
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(body))
                            .toString();
        } catch (CharacterCodingException e) {
            throw ProviderInputException.file(ProviderProblem.NOT_UTF8, Map.of());
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Cells> rows = new ArrayList<>();
        try (CSVParser parser = CSV.parse(new StringReader(text))) {
            Iterator<CSVRecord> records = parser.iterator();
            try {
                while (rows.size() < KEPT_ROWS && records.hasNext()) {
                    CSVRecord record = records.next();
                    Map<Integer, String> values = new HashMap<>();
                    for (int column = 0; column < record.size(); column++) {
                        values.put(column, record.get(column));
                    }
                    add(rows, Math.toIntExact(record.getRecordNumber()), values, Set.of());
                }
            } catch (UncheckedIOException e) {
                // Commons CSV reports a quoting mistake in the record after the last one read
                throw ProviderInputException.file(
                        ProviderProblem.BAD_QUOTES,
                        Map.of("row", Long.toString(parser.getRecordNumber() + 1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Reading CSV from memory failed", e);
        }
        return rows;
    }

    /** The rows of the first sheet of an Excel workbook. */
    static List<Cells> xlsx(byte[] body) {
        requireContent(body);
        requireModestUnpackedSize(body);
        SheetRows sheet = new SheetRows();
        FormulaCells formulas = new FormulaCells(sheet);
        OPCPackage workbook = null;
        try {
            workbook = OPCPackage.open(new ByteArrayInputStream(body));
            XSSFReader reader = new XSSFReader(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new IOException("no sheet");
            }
            formulas.setParent(XMLHelper.newXMLReader());
            formulas.setContentHandler(
                    new XSSFSheetXMLHandler(
                            reader.getStylesTable(),
                            new ReadOnlySharedStringsTable(workbook, false),
                            sheet,
                            new DataFormatter(Locale.ROOT),
                            false));
            try (InputStream first = sheets.next()) {
                formulas.parse(new InputSource(first));
            }
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("No XML parser for workbooks", e);
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            // POI reports a broken workbook with many exception types, unchecked ones included;
            // each means the same to the user
            throw unreadableWorkbook();
        } finally {
            if (workbook != null) {
                workbook.revert();
            }
        }
        return sheet.rows;
    }

    /** Keeps the row if any cell has text or a formula; stops keeping once there are enough. */
    private static void add(
            List<Cells> rows, int number, Map<Integer, String> raw, Set<Integer> formulas) {
        if (rows.size() >= KEPT_ROWS) {
            return;
        }
        Map<Integer, String> values = new HashMap<>();
        raw.forEach(
                (column, text) -> {
                    String cleaned = SurvivorText.clean(text, MAX_CELL_LENGTH);
                    if (!cleaned.isEmpty()) {
                        values.put(column, cleaned);
                    }
                });
        if (!values.isEmpty() || !formulas.isEmpty()) {
            rows.add(new Cells(number, values, Set.copyOf(formulas)));
        }
    }

    /** Rows of a sheet as POI's event API reports them: only rows and cells that exist. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final List<Cells> rows = new ArrayList<>();
        private Map<Integer, String> current = new HashMap<>();
        private Set<Integer> formulas = Set.of();
        private int nextColumn;

        @Override
        public void startRow(int rowNum) {
            current = new HashMap<>();
            nextColumn = 0;
        }

        @Override
        public void endRow(int rowNum) {
            add(rows, rowNum + 1, current, formulas);
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? nextColumn : new CellReference(reference).getCol();
            current.put(column, formattedValue);
            nextColumn = column + 1;
        }
    }

    /**
     * Passes the sheet's XML on to POI and notes the columns of the current row whose cell holds a
     * formula ({@code <c><f>}): POI reports a formula's last cached result as if it were a value,
     * and one without a cached result not at all.
     */
    private static final class FormulaCells extends XMLFilterImpl {

        private final SheetRows sheet;
        private final Set<Integer> columns = new HashSet<>();
        private int column = -1;

        FormulaCells(SheetRows sheet) {
            this.sheet = sheet;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts)
                throws SAXException {
            if ("row".equals(localName)) {
                columns.clear();
                column = -1;
                sheet.formulas = Set.of();
            } else if ("c".equals(localName)) {
                String reference = atts.getValue("r");
                column = reference == null ? column + 1 : new CellReference(reference).getCol();
            } else if ("f".equals(localName) && column >= 0) {
                columns.add(column);
                sheet.formulas = Set.copyOf(columns);
            }
            super.startElement(uri, localName, qName, atts);
        }
    }

    private static void requireContent(byte[] body) {
        if (body == null || body.length == 0) {
            throw ProviderInputException.file(ProviderProblem.EMPTY_FILE, Map.of());
        }
    }

    /**
     * The shared zip-bomb guard ({@link
     * org.survivorvoice.common.sheet.SheetRows#requireModestUnpackedSize}), its refusals worded as
     * the import's problems.
     */
    private static void requireModestUnpackedSize(byte[] body) {
        try {
            org.survivorvoice.common.sheet.SheetRows.requireModestUnpackedSize(
                    body, MAX_UNPACKED_BYTES);
        } catch (SheetRefused e) {
            if (e.reason() != SheetRefused.Reason.TOO_LARGE_UNPACKED) {
                throw unreadableWorkbook();
            }
            throw ProviderInputException.file(
                    ProviderProblem.UNPACKS_TOO_LARGE,
                    Map.of(
                            "megabytes",
                            Long.toString(MAX_UNPACKED_BYTES / (1024 * 1024)),
                            "max",
                            Integer.toString(ProviderSheet.MAX_ROWS)));
        }
    }

    private static ProviderInputException unreadableWorkbook() {
        return ProviderInputException.file(ProviderProblem.NOT_A_WORKBOOK, Map.of());
    }
}
