package org.survivorvoice.reports.excel;

/**
 * Spreadsheet formula injection (SAFETY V3): a text that starts with {@code =}, {@code +}, {@code
 * -}, {@code @}, a tab or a carriage return is read as a formula by Excel, LibreOffice or a CSV
 * import once somebody edits or re-imports the cell, so a provider named {@code
 * =HYPERLINK("http://x","y")} would become a live link. Such cells are written as strings with a
 * quote-prefixed style (the stored form of Excel's leading apostrophe), so they stay text.
 */
public final class CellText {

    private CellText() {}

    /** Whether the text must be written quote-prefixed to stay text. */
    public static boolean needsQuotePrefix(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '='
                || first == '+'
                || first == '-'
                || first == '@'
                || first == '\t'
                || first == '\r';
    }
}
