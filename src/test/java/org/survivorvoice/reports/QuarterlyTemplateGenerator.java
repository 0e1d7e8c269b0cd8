package org.survivorvoice.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.survivorvoice.reports.excel.QuarterlyTemplate;

/**
 * Produces {@code reports-templates/quarterly-mis.xlsx}, so the template can be regenerated and
 * reviewed as code. Run {@code main} to rewrite the committed file; {@code QuarterlyTemplateTest}
 * fails when the committed file and this generator disagree.
 */
public final class QuarterlyTemplateGenerator {

    private static final String FONT = "Calibri";
    private static final String INK = "1F2937";
    private static final String MUTED = "6B7280";

    /** Fill colours of the band styles: colour-blind-safe and readable when printed grey. */
    private static final Map<String, String> BAND_FILLS =
            Map.of(
                    "BandSignificantlyBelow", "B2182B",
                    "BandBelow", "F4A582",
                    "BandWithin", "F7F7F7",
                    "BandAbove", "92C5DE",
                    "BandSignificantlyAbove", "2166AC",
                    "BandInsufficientData", "E0E0E0");

    private QuarterlyTemplateGenerator() {}

    /** Writes the template to the given path (default: the committed file). */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "reports-templates/quarterly-mis.xlsx");
        try (XSSFWorkbook workbook = generate();
                OutputStream out = Files.newOutputStream(target)) {
            workbook.write(out);
        }
    }

    /** The template as a workbook. */
    public static XSSFWorkbook generate() {
        XSSFWorkbook wb = new XSSFWorkbook();
        wb.getProperties().getCoreProperties().setCreator("Survivor Voice");
        wb.getProperties().getCoreProperties().setTitle("Survivor Voice quarterly MIS");
        XSSFSheet cover = wb.createSheet(QuarterlyTemplate.COVER_SHEET);
        XSSFSheet styles = wb.createSheet(QuarterlyTemplate.STYLES_SHEET);
        int row = 0;
        for (String style : QuarterlyTemplate.STYLES) {
            Row r = styles.createRow(row);
            r.createCell(0).setCellValue(style);
            XSSFCell sample = (XSSFCell) r.createCell(1);
            sample.setCellValue(sampleText(style));
            sample.setCellStyle(style(wb, style));
            name(wb, QuarterlyTemplate.STYLE_PREFIX + style, "Styles!$B$" + (row + 1));
            row++;
        }
        styles.setColumnWidth(0, 28 * 256);
        styles.setColumnWidth(1, 28 * 256);
        wb.setSheetVisibility(1, SheetVisibility.HIDDEN);

        cell(cover, 0, 0, "Survivor Voice: quarterly MIS", styleOf(wb, "Title"));
        cell(
                cover,
                1,
                0,
                "What survivors said about the services they received",
                styleOf(wb, "Subtitle"));
        String[][] fields = {
            {"Programme", "ProgrammeName"},
            {"Period", "Period"},
            {"Audience", "Audience"},
            {"Generated at", "GeneratedAt"},
            {"Data period", "DataPeriodNote"}
        };
        for (int i = 0; i < fields.length; i++) {
            cell(cover, 3 + i, 0, fields[i][0], styleOf(wb, "Header"));
            cell(cover, 3 + i, 1, "", styleOf(wb, "Text"));
            name(wb, fields[i][1], "Cover!$B$" + (4 + i));
        }
        cell(cover, 9, 1, "", styleOf(wb, "Provisional"));
        name(wb, "ProvisionalNote", "Cover!$B$10");
        cell(cover, 11, 0, "Contents", styleOf(wb, "Header"));
        name(wb, "ContentsStart", "Cover!$B$13");
        name(wb, "LogoSlot", "Cover!$D$1:$F$4");
        cover.setColumnWidth(0, 22 * 256);
        cover.setColumnWidth(1, 60 * 256);
        wb.setActiveSheet(0);
        return wb;
    }

    private static XSSFCellStyle styleOf(XSSFWorkbook wb, String name) {
        return (XSSFCellStyle)
                wb.getSheet(QuarterlyTemplate.STYLES_SHEET)
                        .getRow(QuarterlyTemplate.STYLES.indexOf(name))
                        .getCell(1)
                        .getCellStyle();
    }

    private static XSSFCellStyle style(XSSFWorkbook wb, String name) {
        XSSFCellStyle style = wb.createCellStyle();
        XSSFFont font = wb.createFont();
        font.setFontName(FONT);
        font.setFontHeightInPoints((short) 11);
        font.setColor(color(INK));
        style.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.CENTER);
        switch (name) {
            case "Title" -> {
                font.setFontHeightInPoints((short) 18);
                font.setBold(true);
            }
            case "Subtitle" -> {
                font.setFontHeightInPoints((short) 12);
                font.setColor(color(MUTED));
            }
            case "Header" -> {
                font.setBold(true);
                style.setFillForegroundColor(color("E5E7EB"));
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                style.setBorderBottom(BorderStyle.THIN);
                style.setWrapText(true);
            }
            case "Number" -> {
                style.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
                style.setAlignment(HorizontalAlignment.RIGHT);
            }
            case "Percent" -> {
                style.setDataFormat(wb.createDataFormat().getFormat("0%"));
                style.setAlignment(HorizontalAlignment.RIGHT);
            }
            case "Note" -> {
                font.setItalic(true);
                font.setFontHeightInPoints((short) 10);
                font.setColor(color(MUTED));
                style.setWrapText(true);
            }
            case "Provisional" -> {
                font.setBold(true);
                font.setColor(color("B91C1C"));
            }
            default -> {
                if (BAND_FILLS.containsKey(name)) {
                    style.setFillForegroundColor(color(BAND_FILLS.get(name)));
                    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                    boolean dark = name.startsWith("BandSignificantly");
                    font.setColor(color(dark ? "FFFFFF" : INK));
                    font.setBold(dark);
                } else {
                    style.setWrapText(true);
                }
            }
        }
        style.setFont(font);
        return style;
    }

    private static String sampleText(String style) {
        return switch (style) {
            case "Number" -> "1,234";
            case "Percent" -> "75%";
            default -> style;
        };
    }

    private static XSSFColor color(String hex) {
        return new XSSFColor(java.util.HexFormat.of().parseHex(hex), null);
    }

    private static void cell(Sheet sheet, int row, int col, String text, XSSFCellStyle style) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        var c = r.createCell(col);
        c.setCellValue(text);
        c.setCellStyle(style);
    }

    private static void name(XSSFWorkbook wb, String name, String refersTo) {
        XSSFName n = wb.createName();
        n.setNameName(name);
        n.setRefersToFormula(refersTo);
    }
}
