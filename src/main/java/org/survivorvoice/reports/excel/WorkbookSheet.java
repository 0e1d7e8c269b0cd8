package org.survivorvoice.reports.excel;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.survivorvoice.reports.data.Audience;
import org.survivorvoice.reports.data.ReportData;

/**
 * The sheets of the quarterly workbook after the cover, in the order of design/REPORTS.md, with the
 * editions that carry them and their column widths (in characters): chosen so that every table,
 * with category names and band words wrapped, is as wide as an A4 page or a little less, so a PDF
 * or printout needs no shrinking.
 */
public enum WorkbookSheet {
    /** Headline figures; the category overview and channel mix charts go below them. */
    SUMMARY("Summary", Map.of(0, 52, 1, 13, 2, 52)),
    /** Survivors by the outcome of their entitlements per district, pillar and service type. */
    OUTCOMES("Outcomes", Map.of(0, 22, 1, 14, 2, 38, 3, 10, 4, 10, 5, 10, 6, 14)),
    /** One row per provider past suppression; the funnel plots go below. */
    PROVIDERS("Providers", Map.of(0, 8, 1, 34, 2, 23, 3, 18, 4, 8, 5, 8, 6, 7, 7, 7, 8, 17, 9, 11)),
    /** Verified good practice with dimension scores. */
    GOOD_PRACTICE("Good practice", Map.of(0, 34, 1, 24, 2, 18, 3, 8, 4, 10, 5, 10, 6, 11, 7, 10)),
    /** Verified laggards, the under-review count and (officials) internal alerts. */
    NEEDS_ATTENTION("Needs attention", Map.of(0, 38, 1, 24, 2, 18, 3, 9, 4, 8, 5, 17)),
    /**
     * How districts answered the previous quarter's results; officials also get each response. The
     * action column is last and wide.
     */
    RESPONSES("Responses", Map.of(0, 26, 1, 13, 2, 12, 3, 12, 4, 12, 5, 40)),
    /**
     * The safety cases opened in the quarter per district, counted and rounded: no text, no
     * provider. Wider than a page upright, so it prints landscape.
     */
    SAFETY_DESK(
            "Safety desk",
            Map.of(0, 22, 1, 9, 2, 12, 3, 12, 4, 9, 5, 10, 6, 10, 7, 10, 8, 9, 9, 9)),
    /**
     * Collectives and their members' figures per level and district, counted and rounded: no
     * collective, member or peer leader named.
     */
    COLLECTIVES("Collectives", Map.of(0, 12, 1, 24, 2, 12, 3, 11, 4, 14, 5, 12, 6, 14)),
    /**
     * Training events whose after quarters ended in the last eight quarters, with their effect; the
     * charts of the shown ones go below. Wider than a page upright, so it prints landscape.
     */
    TRAINING(
            "Training",
            Map.ofEntries(
                    Map.entry(0, 9),
                    Map.entry(1, 24),
                    Map.entry(2, 11),
                    Map.entry(3, 9),
                    Map.entry(4, 8),
                    Map.entry(5, 9),
                    Map.entry(6, 9),
                    Map.entry(7, 9),
                    Map.entry(8, 9),
                    Map.entry(9, 9),
                    Map.entry(10, 10),
                    Map.entry(11, 44))),
    /** District x category shares within, above and below. */
    DISTRICTS("Districts", Map.of(0, 18, 1, 26, 2, 11, 3, 9, 4, 9, 5, 10, 6, 11)),
    /** Score per category and district over the last quarters (one column each); chart below. */
    TRENDS("Trends", Map.of(0, 26, 1, 18)),
    /** Redacted comments: officials only. */
    COMMENTS("Comments", Map.of(0, 28, 1, 22, 2, 70)),
    /** The methods statement with this run's numbers. */
    METHOD("Method", Map.of(0, 26, 1, 18, 2, 9, 3, 9, 4, 7, 5, 11, 6, 11)),
    /** Suppressed providers per district, counted. */
    SUPPRESSION("Suppression", Map.of(0, 20, 1, 24, 2, 26, 3, 12));

    /** Width of a column the table does not set, in characters (Excel's default, rounded). */
    static final int DEFAULT_WIDTH = 9;

    /** Width of a quarter's column on the Trends sheet. */
    private static final int QUARTER_WIDTH = 9;

    private final String title;
    private final Map<Integer, Integer> widths;

    WorkbookSheet(String title, Map<Integer, Integer> widths) {
        this.title = title;
        this.widths = widths;
    }

    /** The sheet's name in the workbook. */
    public String title() {
        return title;
    }

    /** Column widths in characters: the table's columns, and nothing beyond them. */
    Map<Integer, Integer> widths(ReportData data) {
        if (this != TRENDS) {
            return widths;
        }
        Map<Integer, Integer> withQuarters = new TreeMap<>(widths);
        for (int i = 0; i < data.trends().quarters().size(); i++) {
            withQuarters.put(2 + i, QUARTER_WIDTH);
        }
        return withQuarters;
    }

    /** The sheets an edition carries, in order: funders never get comments. */
    public static List<WorkbookSheet> of(Audience audience) {
        return Arrays.stream(values())
                .filter(s -> s != COMMENTS || audience == Audience.OFFICIAL)
                .toList();
    }
}
