package org.survivorvoice.reports.excel;

/**
 * How many lines a wrapped text takes in a column, estimated the way a spreadsheet wraps it: word
 * by word, with the advance widths of Calibri (the template's font; LibreOffice uses the
 * metric-compatible Carlito, from Debian's fonts-crosextra-carlito). Spreadsheets store column
 * widths in characters of the default font's widest digit, 7 pixels for Calibri 11, and pad a cell
 * by a few pixels each side. The estimate errs towards one line too many: a little white space is
 * better than lines printed over each other.
 */
final class RowHeights {

    /** Pixels per character of a column width (Calibri 11's digit), and the fixed extra. */
    private static final int PIXELS_PER_CHAR = 7;

    private static final int WIDTH_EXTRA = 5;

    /** Cell padding, both sides together. */
    private static final int PADDING = 4;

    /** Headroom for rendering differences (hinting, a substitute font). */
    private static final double SAFETY = 1.02;

    /** Calibri's advance widths of the characters from space to tilde, in thousandths of an em. */
    private static final int[] CALIBRI = {
        226, 326, 401, 498, 507, 715, 682, 221, 303, 303, 498, 498, 250, 306, 252, 386, //
        507, 507, 507, 507, 507, 507, 507, 507, 507, 507, 268, 268, 498, 498, 498, 463, //
        894, 579, 544, 533, 615, 488, 459, 631, 623, 252, 319, 520, 420, 855, 646, 662, //
        517, 673, 543, 459, 487, 642, 567, 890, 519, 487, 468, 307, 386, 307, 498, 498, //
        291, 479, 525, 423, 525, 498, 305, 471, 525, 229, 239, 455, 229, 799, 525, 527, //
        525, 525, 349, 391, 335, 525, 452, 715, 433, 453, 395, 314, 460, 314, 498
    };

    private RowHeights() {}

    /**
     * Lines of the text wrapped within a column (or merged span) of so many characters. It runs for
     * every wrapped cell of a workbook, so it walks the text in place rather than splitting it into
     * strings: paragraphs at line breaks, words at single spaces.
     */
    static int lines(String text, int widthChars, double fontPoints, boolean bold) {
        double available = widthChars * PIXELS_PER_CHAR + WIDTH_EXTRA - PADDING;
        double em = fontPoints * 96 / 72 * SAFETY * (bold ? 1.03 : 1.0);
        int lines = 0;
        int from = 0;
        while (true) {
            int to = text.indexOf('\n', from);
            if (to < 0) {
                lines += paragraphLines(text, from, text.length(), available, em);
                break;
            }
            lines += paragraphLines(text, from, to, available, em);
            from = to + 1;
        }
        return Math.max(1, lines);
    }

    /**
     * Lines of the paragraph {@code text[from, to)}. Two spaces in a row leave an empty word (the
     * space still takes its width); spaces at the end take none.
     */
    private static int paragraphLines(String text, int from, int to, double available, double em) {
        int end = to;
        while (end > from && text.charAt(end - 1) == ' ') {
            end--;
        }
        int lines = 1;
        double used = 0;
        double space = advance(' ') * em;
        int start = from;
        while (start <= end) {
            int stop = text.indexOf(' ', start);
            if (stop < 0 || stop > end) {
                stop = end;
            }
            double width = 0;
            for (int i = start; i < stop; i++) {
                width += advance(text.charAt(i)) * em;
            }
            start = stop + 1;
            double needed = used == 0 ? width : used + space + width;
            if (needed <= available) {
                used = needed;
                continue;
            }
            if (used > 0) {
                lines++;
            }
            // a word longer than the line breaks inside it
            while (width > available) {
                lines++;
                width -= available;
            }
            used = width;
        }
        return lines;
    }

    /** Advance width in ems: Calibri's (Carlito's) for printable ASCII, wider for other scripts. */
    static double advance(char c) {
        if (c >= ' ' && c <= '~') {
            return CALIBRI[c - ' '] / 1000.0;
        }
        // Indian scripts and the like: wider than Latin letters
        return 0.75;
    }
}
