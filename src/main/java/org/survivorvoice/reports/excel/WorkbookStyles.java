package org.survivorvoice.reports.excel;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.survivorvoice.scoring.method.Band;

/**
 * The cell styles of one workbook, created once (a workbook holds at most 64,000 styles, and a
 * style per cell would also bloat the file): each is a clone of a named style of the template, so
 * rebranding the template restyles the report, with the number formats pinned here so that a
 * template edit cannot turn a share into a count.
 */
public final class WorkbookStyles {

    /** Whole numbers, counts (rounded to five). */
    static final String INTEGER_FORMAT = "#,##0";

    /** Shares: a percent with one decimal. */
    static final String PERCENT_FORMAT = "0.0%";

    /** Scores and their intervals: whole percents (API.md: workbooks show whole percents). */
    static final String SCORE_FORMAT = "0%";

    /** Days, e.g. a median. */
    static final String DAYS_FORMAT = "0.0";

    /** Over-dispersion tau2: small, so four decimals. */
    static final String TAU2_FORMAT = "0.0000";

    public final CellStyle title;
    public final CellStyle subtitle;
    public final CellStyle header;
    public final CellStyle numberHeader;
    public final CellStyle indentedHeader;
    public final CellStyle text;
    public final CellStyle quotedText;
    public final CellStyle note;
    public final CellStyle notShown;
    public final CellStyle sideNote;
    public final CellStyle provisional;
    public final CellStyle integer;
    public final CellStyle percent;
    public final CellStyle score;
    public final CellStyle days;
    public final CellStyle tau2;
    private final Map<Band, CellStyle> bands = new EnumMap<>(Band.class);
    private final XSSFWorkbook workbook;

    /**
     * What a wrapped cell's height depends on, per style: read once, as each look-up goes through
     * the style's and font's XML.
     */
    private final Map<CellStyle, Wrapping> wrapping = new IdentityHashMap<>();

    /**
     * How a style wraps text.
     *
     * @param wraps whether the style wraps text
     * @param indent the indent level
     * @param fontPoints the font's size
     * @param bold whether the font is bold
     * @param lineHeight the height of one line in points ({@link #lineHeight})
     */
    record Wrapping(boolean wraps, int indent, double fontPoints, boolean bold, float lineHeight) {}

    /** The styles of a workbook opened from the template, cloned from its named styles. */
    public WorkbookStyles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        Map<String, CellStyle> named = new HashMap<>();
        for (String style : QuarterlyTemplate.STYLES) {
            named.put(style, named(workbook, style));
        }
        DataFormat formats = workbook.createDataFormat();
        title = clone(workbook, named.get("Title"));
        subtitle = clone(workbook, named.get("Subtitle"));
        header = clone(workbook, named.get("Header"));
        numberHeader = clone(workbook, named.get("Header"));
        numberHeader.setAlignment(HorizontalAlignment.RIGHT);
        // text right of a right-aligned number would touch it: such columns start indented
        indentedHeader = clone(workbook, named.get("Header"));
        indentedHeader.setIndention((short) 1);
        text = clone(workbook, named.get("Text"));
        quotedText = clone(workbook, named.get("Text"));
        quotedText.setQuotePrefixed(true);
        note = clone(workbook, named.get("Note"));
        notShown = clone(workbook, named.get("Note"));
        notShown.setAlignment(HorizontalAlignment.RIGHT);
        sideNote = clone(workbook, named.get("Note"));
        sideNote.setIndention((short) 1);
        provisional = clone(workbook, named.get("Provisional"));
        integer = formatted(workbook, named.get("Number"), formats, INTEGER_FORMAT);
        percent = formatted(workbook, named.get("Percent"), formats, PERCENT_FORMAT);
        score = formatted(workbook, named.get("Percent"), formats, SCORE_FORMAT);
        days = formatted(workbook, named.get("Number"), formats, DAYS_FORMAT);
        tau2 = formatted(workbook, named.get("Number"), formats, TAU2_FORMAT);
        for (Band band : Band.values()) {
            CellStyle style = clone(workbook, named.get(styleName(band)));
            // a band's words ("Significantly below (99.8 %)") wrap in a narrow column
            style.setWrapText(true);
            style.setIndention((short) 1);
            bands.put(band, style);
        }
    }

    /** How the style wraps text, read once per style. */
    Wrapping wrapping(CellStyle style) {
        return wrapping.computeIfAbsent(
                style,
                s ->
                        new Wrapping(
                                s.getWrapText(),
                                s.getIndention(),
                                fontPoints(s),
                                isBold(s),
                                lineHeight(s)));
    }

    /** The size of the style's font, in points. */
    double fontPoints(CellStyle style) {
        return workbook.getFontAt(style.getFontIndex()).getFontHeightInPoints();
    }

    /** Whether the style's font is bold. */
    boolean isBold(CellStyle style) {
        return workbook.getFontAt(style.getFontIndex()).getBold();
    }

    /**
     * The height of one line of the style's font, in points: Excel's own 15 points for an 11-point
     * Calibri row, in proportion for other sizes.
     */
    float lineHeight(CellStyle style) {
        return (float) (fontPoints(style) * 15 / 11);
    }

    /** The style of a band cell: its template colour. */
    public CellStyle band(Band band) {
        return bands.get(band);
    }

    /** The template's style name of a band: {@code BandSignificantlyBelow}. */
    static String styleName(Band band) {
        StringBuilder name = new StringBuilder("Band");
        for (String word : band.name().split("_")) {
            name.append(word.charAt(0))
                    .append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return name.toString();
    }

    private static CellStyle named(XSSFWorkbook workbook, String style) {
        Name name = workbook.getName(QuarterlyTemplate.STYLE_PREFIX + style);
        if (name == null) {
            throw new IllegalStateException(
                    "The template has no style " + style + " (reports-templates/README.md)");
        }
        CellReference ref =
                new AreaReference(name.getRefersToFormula(), workbook.getSpreadsheetVersion())
                        .getFirstCell();
        Sheet sheet = workbook.getSheet(ref.getSheetName());
        Row row = sheet == null ? null : sheet.getRow(ref.getRow());
        if (row == null || row.getCell(ref.getCol()) == null) {
            throw new IllegalStateException("The template's style cell " + style + " is missing");
        }
        return row.getCell(ref.getCol()).getCellStyle();
    }

    private static CellStyle clone(XSSFWorkbook workbook, CellStyle source) {
        CellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(source);
        return style;
    }

    private static CellStyle formatted(
            XSSFWorkbook workbook, CellStyle source, DataFormat formats, String format) {
        CellStyle style = clone(workbook, source);
        style.setDataFormat(formats.getFormat(format));
        return style;
    }
}
