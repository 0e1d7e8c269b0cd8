package org.survivorvoice.provider;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.survivorvoice.common.error.InvalidInputException;
import org.survivorvoice.common.error.Violation;
import org.survivorvoice.common.i18n.SurvivorText;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * A file of providers to import, {@code .csv} or the first sheet of an {@code .xlsx}, read into one
 * {@link NewProvider} per row. The first non-blank row names the columns, in any order and case:
 * {@code name}, {@code category} (a category code), {@code areaId} and, optionally, {@code
 * languages} (codes separated by commas or semicolons); other columns are ignored, blank rows
 * skipped. Rows are numbered as a spreadsheet program shows them, the header usually being row 1.
 *
 * <p>Pure and safe on any input (SAFETY V1): a file that cannot be read, has no usable header or
 * too many rows is an {@link InvalidInputException} with a detail for the user; cells are NFC,
 * without control or invisible characters, and bounded. The workbook is read as a stream of rows
 * (POI's event API, as in its XLSX2CSV example) after its unpacked size is checked, so a small
 * upload cannot unpack into gigabytes of XML in memory.
 */
public final class ProviderSheet {

    /** Media type of CSV files (RFC 4180), read as UTF-8 with or without a byte order mark. */
    public static final String CSV = "text/csv";

    /** Media type of Excel workbooks. */
    public static final String XLSX =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Most providers one file may hold; larger lists are imported in parts. */
    public static final int MAX_ROWS = 5_000;

    /**
     * Most bytes a workbook's parts may unpack to. A sheet of {@link #MAX_ROWS} providers with long
     * names is about 3 MB of XML; a zip bomb is refused before POI unpacks it.
     */
    static final long MAX_UNPACKED_BYTES = 32L * 1024 * 1024;

    /** Longest cell text looked at; longer names fail the 200-character rule anyway. */
    static final int MAX_CELL_LENGTH = 1_000;

    /** The columns, as the API names the fields of a new provider, in the order of the checks. */
    static final List<String> COLUMNS = List.of("name", "category", "areaId", "languages");

    private static final List<String> REQUIRED = List.of("name", "category", "areaId");
    private static final String WHOLE_NUMBER = "[0-9]{1,18}";

    /**
     * One row of the file as a request, with what could not be read into it (an area id that is not
     * a number); the rules of a new provider are checked by {@link ProviderService}.
     */
    public record Row(int number, NewProvider request, List<Violation> problems) {}

    /** A non-blank row as read: its number and its cells' cleaned text by 0-based column. */
    private record Cells(int number, Map<Integer, String> values) {}

    private ProviderSheet() {}

    /** The rows of a CSV file. */
    public static List<Row> readCsv(byte[] body) {
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
            throw malformed(
                    "The file is not UTF-8 text. Save it as \"CSV UTF-8\" and upload it again.");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CsvRecords records = new CsvRecords(text);
        List<Cells> rows = new ArrayList<>();
        try {
            for (CsvRecords.CsvRecord record = records.next();
                    record != null && rows.size() <= MAX_ROWS + 1;
                    record = records.next()) {
                Map<Integer, String> values = new HashMap<>();
                for (int column = 0; column < record.fields().size(); column++) {
                    values.put(column, record.fields().get(column));
                }
                add(rows, record.number(), values);
            }
        } catch (IllegalArgumentException e) {
            throw malformed("The file is not valid CSV: " + e.getMessage() + ".");
        }
        return rows(rows);
    }

    /** The rows of the first sheet of an Excel workbook. */
    public static List<Row> readXlsx(byte[] body) {
        requireContent(body);
        requireModestUnpackedSize(body);
        SheetRows sheet = new SheetRows();
        XMLReader parser = xmlReader();
        OPCPackage workbook = null;
        try {
            workbook = OPCPackage.open(new ByteArrayInputStream(body));
            XSSFReader reader = new XSSFReader(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new IOException("no sheet");
            }
            parser.setContentHandler(
                    new XSSFSheetXMLHandler(
                            reader.getStylesTable(),
                            new ReadOnlySharedStringsTable(workbook, false),
                            sheet,
                            new DataFormatter(Locale.ROOT),
                            false));
            try (InputStream first = sheets.next()) {
                parser.parse(new InputSource(first));
            }
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            // POI reports a broken workbook with many exception types, unchecked ones included;
            // each means the same to the user
            throw unreadableWorkbook();
        } finally {
            if (workbook != null) {
                workbook.revert();
            }
        }
        return rows(sheet.rows);
    }

    /** The requests of the data rows below the header. */
    private static List<Row> rows(List<Cells> cells) {
        if (cells.isEmpty()) {
            throw malformed(
                    "The file is empty. Its first row must name the columns name, category and"
                            + " areaId (languages is optional).");
        }
        if (cells.size() > MAX_ROWS + 1) {
            throw malformed(
                    "The file has more than "
                            + MAX_ROWS
                            + " providers. Import them in parts of at most "
                            + MAX_ROWS
                            + " rows.");
        }
        Map<String, Integer> columns = header(cells.get(0));
        if (cells.size() == 1) {
            throw malformed("The file has no providers below its header row.");
        }
        return cells.subList(1, cells.size()).stream().map(c -> row(c, columns)).toList();
    }

    /** The column of each field the header names; 400 listing what is missing or repeated. */
    private static Map<String, Integer> header(Cells header) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<Violation> problems = new ArrayList<>();
        List<Map.Entry<Integer, String>> cells =
                header.values().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
        for (Map.Entry<Integer, String> cell : cells) {
            for (String name : COLUMNS) {
                if (name.equalsIgnoreCase(cell.getValue())
                        && columns.putIfAbsent(name, cell.getKey()) != null) {
                    problems.add(
                            new Violation(header.number(), name, "column appears more than once"));
                }
            }
        }
        for (String name : REQUIRED) {
            if (!columns.containsKey(name)) {
                problems.add(new Violation(header.number(), name, "column is missing"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(
                    "The first row of the file must name the columns name, category and areaId"
                            + " once each (languages is optional); nothing was imported.",
                    problems);
        }
        return columns;
    }

    private static Row row(Cells cells, Map<String, Integer> columns) {
        List<Violation> problems = new ArrayList<>();
        String areaText = value(cells, columns, "areaId");
        Long areaId = null;
        if (areaText.matches(WHOLE_NUMBER)) {
            areaId = Long.valueOf(areaText);
        } else if (!areaText.isEmpty()) {
            problems.add(new Violation("areaId", "must be a whole number"));
        }
        String languageText = value(cells, columns, "languages");
        List<String> languages =
                languageText.isEmpty()
                        ? null
                        : Arrays.stream(languageText.split("[,;]"))
                                .map(String::strip)
                                .filter(code -> !code.isEmpty())
                                .toList();
        NewProvider request =
                new NewProvider(
                        value(cells, columns, "name"),
                        value(cells, columns, "category"),
                        areaId,
                        languages);
        return new Row(cells.number(), request, problems);
    }

    private static String value(Cells cells, Map<String, Integer> columns, String name) {
        Integer column = columns.get(name);
        return column == null ? "" : cells.values().getOrDefault(column, "");
    }

    /** Keeps the row if any cell has text; stops keeping once there are too many to import. */
    private static void add(List<Cells> rows, int number, Map<Integer, String> raw) {
        if (rows.size() > MAX_ROWS + 1) {
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
        if (!values.isEmpty()) {
            rows.add(new Cells(number, values));
        }
    }

    /** Rows of a sheet as POI's event API reports them: only rows and cells that exist. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final List<Cells> rows = new ArrayList<>();
        private Map<Integer, String> current = new HashMap<>();
        private int nextColumn;

        @Override
        public void startRow(int rowNum) {
            current = new HashMap<>();
            nextColumn = 0;
        }

        @Override
        public void endRow(int rowNum) {
            add(rows, rowNum + 1, current);
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? nextColumn : new CellReference(reference).getCol();
            current.put(column, formattedValue);
            nextColumn = column + 1;
        }
    }

    private static XMLReader xmlReader() {
        try {
            return XMLHelper.newXMLReader();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("No XML parser for workbooks", e);
        }
    }

    private static void requireContent(byte[] body) {
        if (body == null || body.length == 0) {
            throw malformed("The file is empty.");
        }
    }

    /**
     * Unpacks the workbook once without keeping anything, counting bytes, so that POI, which holds
     * a package read from a stream in memory, never sees one larger than {@link
     * #MAX_UNPACKED_BYTES}. Commons Compress reads the archive as POI does (stored entries with
     * data descriptors included), so both see the same parts.
     */
    private static void requireModestUnpackedSize(byte[] body) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[8192];
        try (ZipArchiveInputStream zip =
                new ZipArchiveInputStream(new ByteArrayInputStream(body), "UTF-8", true, true)) {
            while (zip.getNextEntry() != null) {
                entries++;
                for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
                    total += read;
                    if (total > MAX_UNPACKED_BYTES) {
                        throw malformed(
                                "The workbook unpacks to more than "
                                        + MAX_UNPACKED_BYTES / (1024 * 1024)
                                        + " MB; a sheet of "
                                        + MAX_ROWS
                                        + " providers is far smaller.");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw unreadableWorkbook();
        }
        if (entries == 0) {
            throw unreadableWorkbook();
        }
    }

    private static InvalidInputException unreadableWorkbook() {
        return malformed(
                "The file is not a readable .xlsx workbook. Save it from Excel or LibreOffice as"
                        + " \"Excel Workbook (.xlsx)\", without a password, and upload it again.");
    }

    private static InvalidInputException malformed(String detail) {
        return new InvalidInputException(detail, List.of());
    }
}
