package org.survivorvoice.reports.excel;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How every workbook sheet prints (and converts to PDF): A4, one page wide and as many long as it
 * takes, the same margins, and the table header repeated at the top of every page, so the MIS
 * workbook, the meeting pack and the safety-desk workbook read alike on paper. Each writer adds its
 * own page header and footer.
 */
public final class PrintedPages {

    private static final double SIDE_MARGIN = 0.5;
    private static final double TOP_MARGIN = 0.75;
    private static final double HEADER_MARGIN = 0.3;

    private PrintedPages() {}

    /**
     * Sets the sheet's page layout.
     *
     * @param landscape when the table or a chart is wider than the page upright
     * @param headerRow the table header row to repeat on every page, or -1 for none
     */
    public static void a4(Sheet sheet, boolean landscape, int headerRow) {
        sheet.setFitToPage(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setMargin(PageMargin.LEFT, SIDE_MARGIN);
        sheet.setMargin(PageMargin.RIGHT, SIDE_MARGIN);
        sheet.setMargin(PageMargin.TOP, TOP_MARGIN);
        sheet.setMargin(PageMargin.BOTTOM, TOP_MARGIN);
        sheet.setMargin(PageMargin.HEADER, HEADER_MARGIN);
        sheet.setMargin(PageMargin.FOOTER, HEADER_MARGIN);
        if (headerRow >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        }
    }
}
