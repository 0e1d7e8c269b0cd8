package org.survivorvoice.reports.excel;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.survivorvoice.reports.Audience;

/**
 * The sheets of the quarterly workbook after the cover, in the order of design/REPORTS.md, with the
 * editions that carry them and their column widths (in characters).
 */
public enum WorkbookSheet {
    /** Headline figures; the category overview chart goes here. */
    SUMMARY("Summary", Map.of(0, 44, 1, 16)),
    /** Entitlements obtained per service type and district. */
    OUTCOMES("Outcomes", Map.of(0, 28, 1, 30, 2, 12, 3, 12, 4, 12)),
    /** One row per provider past suppression. */
    PROVIDERS(
            "Providers", Map.of(0, 10, 1, 40, 2, 24, 3, 24, 4, 10, 5, 9, 6, 9, 7, 9, 8, 22, 9, 10)),
    /** Verified good practice with dimension scores. */
    GOOD_PRACTICE("Good practice", Map.of(0, 40, 1, 24, 2, 24, 3, 9, 4, 11, 5, 11, 6, 11, 7, 11)),
    /** Verified laggards, the under-review count and (officials) internal alerts. */
    NEEDS_ATTENTION("Needs attention", Map.of(0, 40, 1, 24, 2, 24, 3, 12, 4, 9, 5, 22)),
    /** District x category shares within, above and below. */
    DISTRICTS("Districts", Map.of(0, 28, 1, 24, 2, 11, 3, 10, 4, 10, 5, 10)),
    /** Score per category and district over the last quarters. */
    TRENDS("Trends", Map.of(0, 24, 1, 28)),
    /** Redacted comments: officials only. */
    COMMENTS("Comments", Map.of(0, 40, 1, 24, 2, 90)),
    /** The methods statement with this run's numbers. */
    METHOD("Method", Map.of(0, 100, 1, 24, 2, 10, 3, 10, 4, 8, 5, 12, 6, 12)),
    /** Suppressed providers per district, counted. */
    SUPPRESSION("Suppression", Map.of(0, 28, 1, 24, 2, 32, 3, 12));

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

    Map<Integer, Integer> widths() {
        return widths;
    }

    /** The sheets an edition carries, in order: funders never get comments. */
    public static List<WorkbookSheet> of(Audience audience) {
        return Arrays.stream(values())
                .filter(s -> s != COMMENTS || audience == Audience.OFFICIAL)
                .toList();
    }
}
