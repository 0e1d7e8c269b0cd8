package org.survivorvoice.scoring;

import org.survivorvoice.common.persistence.NativeRow;
import org.survivorvoice.scoring.disclosure.PublishedFigures;
import org.survivorvoice.scoring.disclosure.PublishedRelease;
import org.survivorvoice.scoring.method.Band;

/**
 * The published columns of {@code score_snapshot} (migration V17) as one select list and their
 * reading into a {@link PublishedRelease}, so that every reader of published figures reads the same
 * columns the same way. The select list uses the table alias {@code s}.
 */
public final class PublishedColumns {

    /** The columns in the order {@link #read} expects them, 12 in all. */
    public static final String SELECT =
            "s.published_ratings_low, s.published_band, s.published_score, s.published_low,"
                    + " s.published_high, s.published_verified_share, s.published_funnel_n,"
                    + " s.published_funnel_p, s.published_candidates, s.published_since,"
                    + " s.entered_since_change, CASE WHEN s.published_since = s.period THEN 0"
                    + " ELSE 1 END";

    /** How many columns {@link #SELECT} lists. */
    public static final int COUNT = 12;

    private PublishedColumns() {}

    /** Reads the columns of {@link #SELECT} starting at {@code from} of a native result row. */
    public static PublishedRelease read(NativeRow row, int from) {
        int i = from;
        PublishedFigures figures =
                new PublishedFigures(
                        row.longValue(i++),
                        Band.valueOf(row.string(i++)),
                        row.doubleValue(i++),
                        row.doubleValue(i++),
                        row.doubleValue(i++),
                        row.doubleValue(i++),
                        row.longValue(i++),
                        row.doubleValue(i++),
                        row.intValue(i++));
        String since = row.string(i++);
        long entered = row.longValue(i++);
        boolean unchanged = row.bool(i);
        return new PublishedRelease(figures, since, entered, unchanged);
    }
}
