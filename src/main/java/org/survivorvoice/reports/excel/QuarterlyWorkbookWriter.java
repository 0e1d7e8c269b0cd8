package org.survivorvoice.reports.excel;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFPicture;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.survivorvoice.reports.data.ReportData;
import org.survivorvoice.reports.data.ReportProgress;
import org.survivorvoice.reports.data.ReportsConfig;

/**
 * Renders a {@link ReportData} as the quarterly MIS workbook (design/REPORTS.md): the template's
 * cover with its named cells and a table of contents, then every sheet of the audience, streamed
 * with {@link SXSSFWorkbook} so that 10,000 providers never sit in memory as cell objects. Pure
 * with respect to the database: everything comes from the data. Temporary files of the stream are
 * deleted in every case, also when the output stream fails half-way (a client that disconnects).
 */
@ApplicationScoped
public class QuarterlyWorkbookWriter {

    /** Rows SXSSF keeps in memory per sheet before flushing them to its temporary file. */
    private static final int ROW_WINDOW = 200;

    /**
     * The printable width of an A4 page upright with {@link PrintedPages}' margins, in pixels at 96
     * dpi.
     */
    private static final int PORTRAIT_PIXELS = 698;

    private final Optional<Path> templateDir;

    @Inject
    public QuarterlyWorkbookWriter(ReportsConfig config) {
        this(config.templateDir());
    }

    /** A writer reading the template from the folder when it holds one, else from the jar. */
    public QuarterlyWorkbookWriter(Optional<Path> templateDir) {
        this.templateDir = templateDir;
    }

    /**
     * Writes the workbook to the stream (which stays open). Progress goes from 0 to 100, one step
     * per sheet; the last step is the stream itself.
     *
     * @throws UncheckedIOException when the template cannot be read or the stream fails
     */
    public void write(
            ReportData data,
            List<WorkbookPicture> pictures,
            OutputStream out,
            ReportProgress progress) {
        List<WorkbookSheet> sheets = WorkbookSheet.of(data.request().audience());
        XSSFWorkbook template = openTemplate();
        SXSSFWorkbook workbook = null;
        try {
            WorkbookStyles styles = new WorkbookStyles(template);
            fillCover(template, data, sheets, styles);
            Sheet cover = template.getSheet(QuarterlyTemplate.COVER_SHEET);
            printSetup(cover, data, -1, false);
            // temporary sheet files uncompressed: gzipping each sheet's XML and inflating it again
            // for the archive took as long as writing the cells (a few MB on disk, deleted below)
            workbook = new StreamedWorkbook(template, ROW_WINDOW);
            progress.reached(5);
            SheetContents contents = new SheetContents(data, styles);
            Map<String, Integer> belowContent = new HashMap<>();
            for (int i = 0; i < sheets.size(); i++) {
                WorkbookSheet kind = sheets.get(i);
                Sheet sheet = workbook.createSheet(kind.title());
                Map<Integer, Integer> widths = kind.widths(data);
                SheetCursor cursor = new SheetCursor(sheet, styles, widths);
                titleRows(cursor, kind, data, styles);
                contents.write(kind, cursor);
                boolean charts = pictures.stream().anyMatch(p -> p.sheet().equals(kind.title()));
                if (charts) {
                    cursor.note("The charts follow below, each on a printed page of its own.");
                }
                cursor.finish();
                // in column order: Excel repairs a file whose column definitions are not sorted
                new TreeMap<>(widths)
                        .forEach((column, width) -> sheet.setColumnWidth(column, width * 256));
                belowContent.put(kind.title(), cursor.nextRow());
                // the Summary's table fits one page: its header repeated over the charts' pages
                // would head nothing
                int header = kind == WorkbookSheet.SUMMARY ? -1 : cursor.firstHeaderRow();
                printSetup(sheet, data, header, charts || wide(widths));
                progress.reached(5 + (i + 1) * 85 / sheets.size());
            }
            place(workbook, pictures, belowContent);
            // the hidden styles sheet goes last, after the sheets a reader uses
            workbook.setSheetOrder(
                    QuarterlyTemplate.STYLES_SHEET, workbook.getNumberOfSheets() - 1);
            workbook.setActiveSheet(0);
            workbook.setSelectedTab(0);
            workbook.write(out);
            progress.reached(100);
        } catch (IOException e) {
            throw new UncheckedIOException("The workbook could not be written", e);
        } finally {
            close(workbook, template);
        }
    }

    /**
     * The template, from the configured folder when it holds one, else from the jar: other
     * workbooks of the programme (the interface meeting pack) take their named styles from it too.
     */
    public XSSFWorkbook openTemplate() {
        try (InputStream in = templateStream()) {
            return new XSSFWorkbook(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The quarterly template could not be read", e);
        }
    }

    private InputStream templateStream() throws IOException {
        String file = Path.of(QuarterlyTemplate.RESOURCE).getFileName().toString();
        if (templateDir.isPresent() && Files.isRegularFile(templateDir.get().resolve(file))) {
            return Files.newInputStream(templateDir.get().resolve(file));
        }
        InputStream in =
                Thread.currentThread()
                        .getContextClassLoader()
                        .getResourceAsStream(QuarterlyTemplate.RESOURCE);
        if (in == null) {
            in =
                    QuarterlyWorkbookWriter.class
                            .getClassLoader()
                            .getResourceAsStream(QuarterlyTemplate.RESOURCE);
        }
        if (in == null) {
            throw new IOException(QuarterlyTemplate.RESOURCE + " is not on the classpath");
        }
        return in;
    }

    /**
     * Fills the cover through the template's own (non-streamed) sheet, before streaming starts:
     * SXSSF only appends rows after a template sheet's last one.
     */
    private static void fillCover(
            XSSFWorkbook wb, ReportData data, List<WorkbookSheet> sheets, WorkbookStyles styles) {
        ReportData.Cover cover = data.cover();
        set(wb, "ProgrammeName", cover.programmeName(), styles);
        set(wb, "Period", cover.period(), styles);
        set(wb, "Audience", cover.audience(), styles);
        set(wb, "GeneratedAt", cover.generatedAt(), styles);
        set(wb, "DataPeriodNote", "Scores cover " + cover.dataPeriod(), styles);
        set(wb, "ProvisionalNote", cover.provisional() ? provisionalText() : "", styles);
        Cell first = cell(wb, "ContentsStart");
        Sheet sheet = first.getSheet();
        for (int i = 0; i < sheets.size(); i++) {
            Row row = sheet.getRow(first.getRowIndex() + i);
            if (row == null) {
                row = sheet.createRow(first.getRowIndex() + i);
            }
            Cell link = row.getCell(first.getColumnIndex());
            if (link == null) {
                link = row.createCell(first.getColumnIndex());
            }
            String title = sheets.get(i).title();
            link.setCellValue(title);
            link.setCellStyle(styles.text);
            Hyperlink target = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            target.setAddress("'" + title + "'!A1");
            link.setHyperlink(target);
        }
    }

    private static void set(Workbook wb, String name, String value, WorkbookStyles styles) {
        Cell cell = cell(wb, name);
        cell.setCellValue(value);
        if (CellText.needsQuotePrefix(value)) {
            cell.setCellStyle(styles.quotedText);
        }
    }

    private static Cell cell(Workbook wb, String name) {
        Name defined = wb.getName(name);
        if (defined == null) {
            throw new IllegalStateException(
                    "The template has no named cell " + name + " (reports-templates/README.md)");
        }
        CellReference ref =
                new AreaReference(defined.getRefersToFormula(), wb.getSpreadsheetVersion())
                        .getFirstCell();
        Sheet sheet = wb.getSheet(ref.getSheetName());
        Row row = sheet.getRow(ref.getRow());
        if (row == null) {
            row = sheet.createRow(ref.getRow());
        }
        Cell cell = row.getCell(ref.getCol());
        return cell == null ? row.createCell(ref.getCol()) : cell;
    }

    private static void titleRows(
            SheetCursor cursor, WorkbookSheet kind, ReportData data, WorkbookStyles styles) {
        ReportData.Cover cover = data.cover();
        cursor.row().text(0, kind.title(), styles.title);
        cursor.row()
                .text(
                        0,
                        cover.programmeName() + ", " + cover.period() + ", " + cover.audience(),
                        styles.subtitle);
        if (cover.provisional()) {
            cursor.row().text(0, provisionalText(), styles.provisional);
        } else {
            cursor.skip();
        }
        cursor.skip();
    }

    private static String provisionalText() {
        return "PROVISIONAL: the quarter is not released yet; figures may change.";
    }

    /** Whether a table of these column widths is wider than an A4 page upright. */
    static boolean wide(Map<Integer, Integer> widths) {
        int pixels = 0;
        for (int width : widths.values()) {
            pixels += width * 7 + 5;
        }
        return pixels > PORTRAIT_PIXELS;
    }

    /**
     * Printed (and converted to PDF) on A4, landscape when the table or a chart is wider than the
     * page upright, scaled to one page wide and as many pages long as it takes, with the first
     * table header repeated at the top of every page and the edition and page number in the
     * margins, so a page torn out of the pile still says what it is.
     */
    private static void printSetup(Sheet sheet, ReportData data, int headerRow, boolean landscape) {
        PrintedPages.a4(sheet, landscape, headerRow);
        ReportData.Cover cover = data.cover();
        sheet.getHeader()
                .setLeft(
                        margin(
                                cover.programmeName()
                                        + ", "
                                        + cover.period()
                                        + ", "
                                        + cover.audience()));
        sheet.getHeader().setRight(cover.provisional() ? "PROVISIONAL" : "");
        sheet.getFooter().setCenter("&A, page &P of &N");
    }

    /** Header and footer text: an ampersand starts a field code there, so it is doubled. */
    private static String margin(String text) {
        return text.replace("&", "&&");
    }

    /**
     * Places each sheet's pictures below its content, one under the other, at their own pixel size,
     * each after a page break.
     */
    private static void place(
            SXSSFWorkbook workbook,
            List<WorkbookPicture> pictures,
            Map<String, Integer> belowContent) {
        Map<String, Integer> nextRow = new HashMap<>(belowContent);
        for (WorkbookPicture picture : pictures) {
            Sheet sheet = workbook.getSheet(picture.sheet());
            if (sheet == null || !nextRow.containsKey(picture.sheet())) {
                throw new IllegalArgumentException(
                        "No sheet " + picture.sheet() + " for a picture in this edition");
            }
            int after = nextRow.get(picture.sheet());
            // the page breaks right after the content; the picture starts one row down
            sheet.setRowBreak(after - 1);
            int row = after + 1;
            byte[] png = picture.png();
            int index = workbook.addPicture(png, Workbook.PICTURE_TYPE_PNG);
            Drawing<?> drawing = sheet.createDrawingPatriarch();
            ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
            anchor.setCol1(0);
            anchor.setRow1(row);
            anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
            SXSSFPicture placed = (SXSSFPicture) drawing.createPicture(anchor, index);
            PictureSize.resize(placed, sheet, png);
            nextRow.put(picture.sheet(), placed.getClientAnchor().getRow2() + 1);
        }
    }

    /**
     * Frees a workbook written from the template: the streaming workbook's temporary sheet files,
     * or only the template when writing never began. Every workbook of the template ends here.
     */
    public static void close(SXSSFWorkbook workbook, XSSFWorkbook template) {
        try {
            if (workbook != null) {
                // deletes the temporary sheet files; close() alone keeps them until exit
                workbook.dispose();
                workbook.close();
            } else {
                template.close();
            }
        } catch (IOException e) {
            // the temporary files are gone already; a failed close of the in-memory part frees
            // nothing more, and must not hide the error that brought us here
            Log.debugf("Closing a workbook failed: %s", e.getMessage());
        }
    }
}
