package org.survivorvoice.reports.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Row heights follow the lines a wrapped text needs; the estimate walks the text in place, and must
 * count exactly as splitting it into paragraphs and words did.
 */
class RowHeightsTest {

    @Test
    void countsLinesAsSplittingIntoWordsDid() {
        Random random = new Random(19);
        String[] pieces = {
            "a",
            "Thana",
            "Basirhat",
            "-",
            " ",
            " ",
            " ",
            "  ",
            "\n",
            "\n\n",
            "হাসপাতাল",
            "(99.8 %)",
            "Mandal Parishad Development Office,",
            "x".repeat(80),
            "W",
            "",
        };
        int[] widths = {4, 8, 9, 13, 24, 52, 117};
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int parts = random.nextInt(12);
            for (int p = 0; p < parts; p++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            int width = widths[random.nextInt(widths.length)];
            double points = random.nextBoolean() ? 11 : 14;
            boolean bold = random.nextBoolean();
            assertThat(RowHeights.lines(text.toString(), width, points, bold))
                    .as("%s in %d characters", text, width)
                    .isEqualTo(bySplitting(text.toString(), width, points, bold));
        }
    }

    @Test
    void wrapsWordsAndBreaksLongOnes() {
        assertThat(RowHeights.lines("", 10, 11, false)).isEqualTo(1);
        assertThat(RowHeights.lines("Thana Basirhat", 52, 11, false)).isEqualTo(1);
        assertThat(RowHeights.lines("Thana Basirhat", 9, 11, false)).isEqualTo(2);
        assertThat(RowHeights.lines("one\ntwo\n", 52, 11, false)).isEqualTo(3);
        assertThat(RowHeights.lines("x".repeat(40), 9, 11, false)).isGreaterThan(2);
    }

    /** The estimate as first written, with String.split: the reference. */
    private static int bySplitting(String text, int widthChars, double fontPoints, boolean bold) {
        double available = widthChars * 7 + 5 - 4;
        double em = fontPoints * 96 / 72 * 1.02 * (bold ? 1.03 : 1.0);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            int paragraphLines = 1;
            double used = 0;
            double space = advance(' ') * em;
            for (String word : paragraph.split(" ")) {
                double width = 0;
                for (int i = 0; i < word.length(); i++) {
                    width += advance(word.charAt(i)) * em;
                }
                double needed = used == 0 ? width : used + space + width;
                if (needed <= available) {
                    used = needed;
                    continue;
                }
                if (used > 0) {
                    paragraphLines++;
                }
                while (width > available) {
                    paragraphLines++;
                    width -= available;
                }
                used = width;
            }
            lines += paragraphLines;
        }
        return Math.max(1, lines);
    }

    private static double advance(char c) {
        return RowHeights.advance(c);
    }
}
