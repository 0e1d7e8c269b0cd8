package org.survivorvoice.common.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.survivorvoice.common.i18n.SurvivorText;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * The non-blank rows of the first sheet of an uploaded {@code .xlsx} workbook, as cleaned text by
 * column, with the cells that hold a formula marked. Pure and safe on any input (SAFETY V1): the
 * archive's unpacked size is counted before POI opens it, so a small upload cannot unpack into
 * gigabytes of XML in memory; the sheet is read as a stream of rows (POI's event API, as in its
 * XLSX2CSV example) and reading stops keeping rows once there are more than the caller allows;
 * cells are NFC, without control or invisible characters, and bounded. Whatever goes wrong is a
 * {@link SheetRefused} naming the {@link SheetRefused.Reason}, which each caller words for its
 * users.
 *
 * <p>Formulas are reported rather than evaluated: POI hands over a formula cell's cached result,
 * which a spreadsheet program can make say anything, and an import that stores typed values must
 * not take a computed one for typed (SAFETY V3 is about not writing formulas; this is about not
 * reading them).
 */
public final class SheetRows {

    /** One non-blank row: its number as a spreadsheet program shows it, cells by 0-based column. */
    public record Row(int number, Map<Integer, String> cells, Set<Integer> formulas) {

        public Row {
            cells = Map.copyOf(cells);
            formulas = Set.copyOf(formulas);
        }

        /** The cleaned text of the column, empty when the cell is blank or absent. */
        public String cell(int column) {
            return cells.getOrDefault(column, "");
        }

        /** Whether the cell of the column holds a formula. */
        public boolean hasFormula(int column) {
            return formulas.contains(column);
        }
    }

    /** Limits of one read. */
    public record Limits(int maxRows, long maxUnpackedBytes, int maxCellLength) {}

    private SheetRows() {}

    /**
     * The non-blank rows of the first sheet, header included.
     *
     * @throws SheetRefused when the body is empty, not a readable workbook, unpacks to more than
     *     the limit, or has more non-blank rows than {@code limits.maxRows()}
     */
    public static List<Row> read(byte[] body, Limits limits) {
        if (body == null || body.length == 0) {
            throw new SheetRefused(SheetRefused.Reason.EMPTY);
        }
        requireModestUnpackedSize(body, limits.maxUnpackedBytes());
        Collector rows = new Collector(limits);
        OPCPackage workbook = null;
        try {
            workbook = OPCPackage.open(new ByteArrayInputStream(body));
            XSSFReader reader = new XSSFReader(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new IOException("no sheet");
            }
            FormulaMarks marks = new FormulaMarks(xmlReader(), rows);
            marks.setContentHandler(
                    new XSSFSheetXMLHandler(
                            reader.getStylesTable(),
                            new ReadOnlySharedStringsTable(workbook, false),
                            rows,
                            new IsoDates(),
                            false));
            try (InputStream first = sheets.next()) {
                marks.parse(new InputSource(first));
            }
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            // the parser may hand on the stop as it is or wrapped; POI reports a broken workbook
            // with many exception types, unchecked ones included, each meaning the same to the user
            throw new SheetRefused(
                    rows.overflowed
                            ? SheetRefused.Reason.TOO_MANY_ROWS
                            : SheetRefused.Reason.NOT_A_WORKBOOK);
        } finally {
            if (workbook != null) {
                workbook.revert();
            }
        }
        if (rows.rows.isEmpty()) {
            throw new SheetRefused(SheetRefused.Reason.EMPTY);
        }
        return List.copyOf(rows.rows);
    }

    /** Stops the parse once a row beyond the limit appears; nothing more is read. */
    private static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super(null, null, false, false);
        }
    }

    /** Rows as POI's event API reports them (only rows and cells that exist), kept if not blank. */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final Limits limits;
        private final List<Row> rows = new ArrayList<>();
        private Map<Integer, String> current = new HashMap<>();
        private Set<Integer> formulas = new HashSet<>();
        private int nextColumn;
        private boolean overflowed;

        Collector(Limits limits) {
            this.limits = limits;
        }

        @Override
        public void startRow(int rowNum) {
            current = new HashMap<>();
            formulas = new HashSet<>();
            nextColumn = 0;
        }

        @Override
        public void endRow(int rowNum) {
            Map<Integer, String> values = new HashMap<>();
            current.forEach(
                    (column, text) -> {
                        String cleaned = SurvivorText.clean(text, limits.maxCellLength());
                        if (!cleaned.isEmpty()) {
                            values.put(column, cleaned);
                        }
                    });
            if (values.isEmpty() && formulas.isEmpty()) {
                return;
            }
            if (rows.size() >= limits.maxRows()) {
                overflowed = true;
                throw new TooManyRows();
            }
            rows.add(new Row(rowNum + 1, values, formulas));
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? nextColumn : new CellReference(reference).getCol();
            current.put(column, formattedValue == null ? "" : formattedValue);
            nextColumn = column + 1;
        }

        void formulaIn(String reference) {
            if (reference != null) {
                formulas.add((int) new CellReference(reference).getCol());
            }
        }
    }

    /**
     * Passes the sheet's XML on to POI and notes each cell ({@code <c r="B7">}) that holds a
     * formula ({@code <f>}), which POI's handler does not tell its listener.
     */
    private static final class FormulaMarks extends XMLFilterImpl {

        private final Collector rows;
        private String cell;

        FormulaMarks(XMLReader parent, Collector rows) {
            super(parent);
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts)
                throws SAXException {
            if ("c".equals(localName)) {
                cell = atts.getValue("r");
            } else if ("f".equals(localName)) {
                rows.formulaIn(cell);
            }
            super.startElement(uri, localName, qName, atts);
        }
    }

    /**
     * Cell text as POI's formatter in the root locale gives it, except that a number formatted as a
     * date reads as an ISO date ({@code 2026-03-05}, with {@code T10:30} when it has a time),
     * whatever date format the sheet displays: Excel saves a date typed as 05/03/2026 with the
     * format of the typist's locale, which read back in another is a different day.
     */
    private static final class IsoDates extends DataFormatter {

        IsoDates() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(
                double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString)
                    && DateUtil.isValidExcelDate(value)) {
                LocalDateTime moment = DateUtil.getLocalDateTime(value, use1904Windowing);
                return moment.toLocalTime().equals(LocalTime.MIDNIGHT)
                        ? moment.toLocalDate().toString()
                        : moment.truncatedTo(ChronoUnit.MINUTES).toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }

    private static XMLReader xmlReader() {
        try {
            return XMLHelper.newXMLReader();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("No XML parser for workbooks", e);
        }
    }

    /**
     * Unpacks the workbook once without keeping anything, counting bytes, so that POI, which holds
     * a package read from a stream in memory, never sees one larger than the limit. Commons
     * Compress reads the archive as POI does (stored entries with data descriptors included), so
     * both see the same parts. Also the guard of callers that read a workbook their own way (the
     * provider import).
     *
     * @throws SheetRefused {@code TOO_LARGE_UNPACKED} past the limit, {@code NOT_A_WORKBOOK} when
     *     the body is not a zip archive with at least one entry
     */
    public static void requireModestUnpackedSize(byte[] body, long limit) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[8192];
        try (ZipArchiveInputStream zip =
                new ZipArchiveInputStream(new ByteArrayInputStream(body), "UTF-8", true, true)) {
            while (zip.getNextEntry() != null) {
                entries++;
                for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
                    total += read;
                    if (total > limit) {
                        throw new SheetRefused(SheetRefused.Reason.TOO_LARGE_UNPACKED);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new SheetRefused(SheetRefused.Reason.NOT_A_WORKBOOK);
        }
        if (entries == 0) {
            throw new SheetRefused(SheetRefused.Reason.NOT_A_WORKBOOK);
        }
    }
}
