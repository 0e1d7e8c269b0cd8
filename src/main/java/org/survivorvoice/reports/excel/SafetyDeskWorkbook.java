package org.survivorvoice.reports.excel;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.survivorvoice.reports.data.SafetyDeskWorkbookData;
import org.survivorvoice.reports.data.SafetyDeskWorkbookData.ProviderRow;

/**
 * Renders the admin's safety-desk workbook: a Districts sheet that is the quarterly workbooks'
 * Safety desk sheet of every district ({@link SafetyDeskTable}, so the two never disagree) and a
 * Providers sheet, the one place a provider is named beside the cases that named it. Counts only:
 * nothing of a case's text or of a survivor is in the data, so nothing can be written. The
 * quarterly template's named styles; small, so written in memory without streaming. Printed on A4
 * landscape, one page wide, the table header repeated.
 */
@ApplicationScoped
public class SafetyDeskWorkbook {

    /** The per-district sheet. */
    public static final String DISTRICTS = "Districts";

    /** The per-provider sheet. */
    public static final String PROVIDERS = "Providers";

    /** What the sheets say when the quarter had not ended. */
    static final String PROVISIONAL =
            "PROVISIONAL: the quarter has not ended; the figures stand at the generation and will"
                    + " change.";

    private static final Map<Integer, Integer> PROVIDER_WIDTHS =
            Map.of(0, 30, 1, 9, 2, 26, 3, 20, 4, 9, 5, 9, 6, 12, 7, 12);

    private final QuarterlyWorkbookWriter quarterly;

    public SafetyDeskWorkbook(QuarterlyWorkbookWriter quarterly) {
        this.quarterly = quarterly;
    }

    /** Writes the workbook to the stream (left open). */
    public void write(SafetyDeskWorkbookData data, OutputStream out) {
        XSSFWorkbook workbook = quarterly.openTemplate();
        try {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            // the quarterly cover and its named cells are the MIS workbook's, not this one's
            workbook.removeSheetAt(workbook.getSheetIndex(QuarterlyTemplate.COVER_SHEET));
            for (String cell : QuarterlyTemplate.COVER_CELLS) {
                Name name = workbook.getName(cell);
                if (name != null) {
                    workbook.removeName(name);
                }
            }
            Map<Integer, Integer> districtWidths = WorkbookSheet.SAFETY_DESK.widths(null);
            Sheet districts = workbook.createSheet(DISTRICTS);
            SheetCursor c = titled(districts, styles, districtWidths, data, "districts");
            new SafetyDeskTable(data.districts(), styles, true).write(c);
            finish(c, districts, districtWidths, data);

            Sheet providers = workbook.createSheet(PROVIDERS);
            c = titled(providers, styles, PROVIDER_WIDTHS, data, "providers");
            providers(c, styles, data);
            finish(c, providers, PROVIDER_WIDTHS, data);

            workbook.setSheetOrder(
                    QuarterlyTemplate.STYLES_SHEET, workbook.getNumberOfSheets() - 1);
            workbook.setActiveSheet(0);
            workbook.setSelectedTab(0);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("The safety-desk workbook could not be written", e);
        } finally {
            QuarterlyWorkbookWriter.close(null, workbook);
        }
    }

    private static SheetCursor titled(
            Sheet sheet,
            WorkbookStyles styles,
            Map<Integer, Integer> widths,
            SafetyDeskWorkbookData data,
            String what) {
        SheetCursor c = new SheetCursor(sheet, styles, widths);
        c.row().text(0, "Safety desk: " + what, styles.title);
        c.row().text(0, edition(data), styles.subtitle);
        if (data.provisional()) {
            c.row().text(0, PROVISIONAL, styles.provisional);
        } else {
            c.skip();
        }
        return c;
    }

    private static void providers(SheetCursor c, WorkbookStyles styles, SafetyDeskWorkbookData d) {
        c.row()
                .text(
                        0,
                        "Safety cases opened in this quarter whose signal named a provider"
                                + (d.provisional()
                                        ? ", as they stood when this workbook was generated"
                                        : ", as they stood at the end of the quarter"),
                        styles.subtitle);
        c.header(
                        "Provider",
                        "Code",
                        "Category",
                        "District",
                        "Cases opened",
                        "Money or favour asked",
                        "Contacted within the deadline",
                        "Median hours to first contact")
                .numeric(4, 5, 6, 7);
        String fewSettled =
                "fewer than "
                        + d.districts().minCases()
                        + " cases contacted or past their deadline behind the share";
        String fewContacted =
                "fewer than " + d.districts().minCases() + " contacted cases behind the median";
        for (ProviderRow r : d.providers()) {
            c.row()
                    .text(0, r.name())
                    .text(1, r.code())
                    .text(2, r.category())
                    .text(3, r.district())
                    .number(4, r.opened(), styles.integer)
                    .number(5, r.moneyAsked(), styles.integer)
                    .number(6, r.contactedInTime(), styles.score, fewSettled)
                    .number(7, r.medianHours(), styles.integer, fewContacted);
        }
        if (d.providers().isEmpty()) {
            c.note("No safety case of this quarter named a provider.");
        }
        c.note(
                "For admins only: the one view that names a provider beside the cases that named"
                        + " it. The provider is the one the rating was about; a message or call"
                        + " that named none is counted on the Districts sheet only. The figures"
                        + " follow the Districts sheet's rules: every count rounded to the"
                        + " nearest five (so a provider named by one or two cases shows 0), the"
                        + " share and the median shown only with enough cases behind them. Each"
                        + " case itself is on the safety desk's case list.");
        c.notShownNote();
    }

    private static void finish(
            SheetCursor c, Sheet sheet, Map<Integer, Integer> widths, SafetyDeskWorkbookData d) {
        c.finish();
        new TreeMap<>(widths).forEach((column, width) -> sheet.setColumnWidth(column, width * 256));
        PrintedPages.a4(sheet, true, c.firstHeaderRow());
        // an ampersand starts a field code in a page header, so it is doubled
        sheet.getHeader().setLeft(edition(d).replace("&", "&&"));
        sheet.getHeader().setRight(d.provisional() ? "PROVISIONAL" : "");
        sheet.getFooter().setCenter("&A, page &P of &N");
    }

    /** The subtitle and page header: programme, what and quarter, when generated. */
    static String edition(SafetyDeskWorkbookData d) {
        return d.programmeName()
                + ", safety desk (admins only), "
                + d.period()
                + ", generated "
                + d.generatedAt();
    }
}
