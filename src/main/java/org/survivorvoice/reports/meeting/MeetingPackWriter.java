package org.survivorvoice.reports.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Picture;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.survivorvoice.reports.excel.PrintedPages;
import org.survivorvoice.reports.excel.QuarterlyTemplate;
import org.survivorvoice.reports.excel.QuarterlyWorkbookWriter;
import org.survivorvoice.reports.excel.SheetCursor;
import org.survivorvoice.reports.excel.WorkbookPicture;
import org.survivorvoice.reports.excel.WorkbookStyles;

/**
 * Renders a {@link MeetingPackData} as the interface meeting pack workbook: the quarterly
 * template's named styles (so rebranding the template restyles the pack too), a cover of its own
 * with links to the sheets, then the Gaps (with the gap charts below), Needs a response, Actions
 * and Alerts sheets ({@link MeetingPackSheets}). Pure with respect to the database. Printed on A4,
 * one page wide, with the first table header repeated and the pack named in the page header.
 */
@ApplicationScoped
public class MeetingPackWriter {

    /** The sheets after the cover, in order. */
    public static final List<String> SHEETS =
            List.of(
                    MeetingPackSheets.GAPS,
                    MeetingPackSheets.NEEDS,
                    MeetingPackSheets.ACTIONS,
                    MeetingPackSheets.ALERTS);

    /** The cover sheet's name. */
    public static final String COVER = "Cover";

    private static final int ROW_WINDOW = 200;

    private final QuarterlyWorkbookWriter quarterly;

    public MeetingPackWriter(QuarterlyWorkbookWriter quarterly) {
        this.quarterly = quarterly;
    }

    /** Writes the pack, with the gap charts (sheet {@code Gaps}), to the stream (left open). */
    public void write(MeetingPackData data, List<WorkbookPicture> charts, OutputStream out) {
        XSSFWorkbook template = quarterly.openTemplate();
        SXSSFWorkbook workbook = null;
        try {
            WorkbookStyles styles = new WorkbookStyles(template);
            // the quarterly cover and its named cells are the MIS workbook's; the pack has its own
            template.removeSheetAt(template.getSheetIndex(QuarterlyTemplate.COVER_SHEET));
            for (String cell : QuarterlyTemplate.COVER_CELLS) {
                Name name = template.getName(cell);
                if (name != null) {
                    template.removeName(name);
                }
            }
            workbook = new SXSSFWorkbook(template, ROW_WINDOW, true);
            MeetingPackSheets sheets = new MeetingPackSheets(data, styles, workbook);
            cover(workbook, data, styles);
            for (String title : SHEETS) {
                Map<Integer, Integer> widths = MeetingPackSheets.widths(title);
                Sheet sheet = workbook.createSheet(title);
                SheetCursor cursor = new SheetCursor(sheet, styles, widths);
                sheets.titleRows(cursor, title);
                sheets.write(title, cursor);
                boolean pictured =
                        title.equals(MeetingPackSheets.GAPS)
                                && charts.stream().anyMatch(c -> c.sheet().equals(title));
                if (pictured) {
                    cursor.note("The gap charts follow below, each on a printed page of its own.");
                }
                cursor.finish();
                new TreeMap<>(widths)
                        .forEach((column, width) -> sheet.setColumnWidth(column, width * 256));
                printSetup(sheet, data, cursor.firstHeaderRow(), pictured || wide(widths));
                if (title.equals(MeetingPackSheets.GAPS)) {
                    place(workbook, sheet, charts, cursor.nextRow());
                }
            }
            workbook.setSheetOrder(
                    QuarterlyTemplate.STYLES_SHEET, workbook.getNumberOfSheets() - 1);
            workbook.setActiveSheet(0);
            workbook.setSelectedTab(0);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("The meeting pack could not be written", e);
        } finally {
            QuarterlyWorkbookWriter.close(workbook, template);
        }
    }

    private static void cover(SXSSFWorkbook workbook, MeetingPackData data, WorkbookStyles styles) {
        Sheet sheet = workbook.createSheet(COVER);
        workbook.setSheetOrder(COVER, 0);
        Map<Integer, Integer> widths = Map.of(0, 22, 1, 70);
        SheetCursor cursor = new SheetCursor(sheet, styles, widths);
        cursor.row().text(0, "Interface meeting pack", styles.title);
        cursor.row()
                .text(
                        0,
                        "What survivors said about the district's services, beside the providers'"
                                + " own view, and what the district does about it",
                        styles.subtitle);
        cursor.skip();
        String[][] fields = {
            {"Programme", data.programmeName()},
            {"District", data.district()},
            {"Period", data.period().toString()},
            {"Generated at", data.generatedAt()}
        };
        for (String[] field : fields) {
            cursor.row().text(0, field[0], styles.header).text(1, field[1]);
        }
        if (data.provisional()) {
            cursor.row().text(1, MeetingPackSheets.PROVISIONAL, styles.provisional);
        }
        cursor.skip();
        cursor.row().text(0, "Contents", styles.header);
        for (String title : SHEETS) {
            cursor.row().text(1, title);
            Hyperlink link = workbook.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            link.setAddress("'" + title + "'!A1");
            sheet.getRow(cursor.rowIndex()).getCell(1).setHyperlink(link);
        }
        cursor.skip();
        cursor.note(
                "The meeting discusses the results of "
                        + data.period()
                        + ": the survivors' scores and the providers that need a response. The"
                        + " actions are the district's responses to the results of earlier"
                        + " quarters.");
        cursor.finish();
        new TreeMap<>(widths).forEach((column, width) -> sheet.setColumnWidth(column, width * 256));
        printSetup(sheet, data, -1, false);
    }

    /**
     * A4, one page wide and as many long as it takes, the table header repeated, the pack named in
     * the page header and sheet and page number in the footer.
     */
    private static void printSetup(
            Sheet sheet, MeetingPackData data, int headerRow, boolean landscape) {
        PrintedPages.a4(sheet, landscape, headerRow);
        // an ampersand starts a field code in a page header, so it is doubled
        sheet.getHeader().setLeft(MeetingPackSheets.edition(data).replace("&", "&&"));
        sheet.getHeader().setRight(data.provisional() ? "PROVISIONAL" : "");
        sheet.getFooter().setCenter("&A, page &P of &N");
    }

    /**
     * The charts below the content, one under the other at their pixel size, each on a new page.
     */
    private static void place(
            SXSSFWorkbook workbook, Sheet sheet, List<WorkbookPicture> charts, int below) {
        int next = below;
        var drawing = sheet.createDrawingPatriarch();
        for (WorkbookPicture chart : charts) {
            sheet.setRowBreak(next - 1);
            int index = workbook.addPicture(chart.png(), Workbook.PICTURE_TYPE_PNG);
            ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
            anchor.setCol1(0);
            anchor.setRow1(next + 1);
            anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
            Picture placed = drawing.createPicture(anchor, index);
            placed.resize();
            next = placed.getClientAnchor().getRow2() + 1;
        }
    }

    /**
     * Whether a table of these column widths (characters of 7 pixels and 5 more per column) is
     * wider than the 698 pixels of an A4 page upright within the margins.
     */
    static boolean wide(Map<Integer, Integer> widths) {
        return widths.values().stream().mapToInt(w -> w * 7 + 5).sum() > 698;
    }

    /** A copy of the style with another number format (the pack's signed gap). */
    static CellStyle formatted(Workbook workbook, CellStyle source, String format) {
        CellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(source);
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }
}
