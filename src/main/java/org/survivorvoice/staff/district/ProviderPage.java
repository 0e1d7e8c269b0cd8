package org.survivorvoice.staff.district;

import java.util.List;
import org.survivorvoice.scoring.method.RankInterval;

/**
 * What the provider page shows: its published figures by quarter, its dimension scores and rank
 * interval in the quarter shown, and redacted comments when it is past the suppression gate.
 *
 * @param code provider code
 * @param name provider name
 * @param category category code
 * @param categoryName the category's stored (English) name
 * @param districtId the provider's district
 * @param district its name
 * @param period the quarter shown
 * @param current the quarter's published line, or null when the provider is under the gate (not
 *     scored) in that quarter
 * @param trend published figures by quarter, oldest first
 * @param dimensions the quarter's dimension scores (0-100, steps of 5), each shown only where its
 *     own answers pass the suppression gate; empty when the provider is under the gate
 * @param comments the quarter's comments, redacted; empty under the gate
 */
public record ProviderPage(
        String code,
        String name,
        String category,
        String categoryName,
        long districtId,
        String district,
        String period,
        ProviderLine current,
        List<TrendLine> trend,
        List<Dimension> dimensions,
        List<String> comments) {

    /** Whether the provider is past the suppression gate in the quarter shown. */
    public boolean pastGate() {
        return current != null;
    }

    /** The rank interval of the quarter, or null. */
    public RankInterval rank() {
        return current == null ? null : current.rank();
    }

    /**
     * One quarter of the trend, as published.
     *
     * @param period the quarter
     * @param ratingsBand {@code "20-24"}
     * @param score whole percent
     * @param low whole percent
     * @param high whole percent
     * @param bandKey {@code above}, {@code within}, {@code below} or {@code insufficient}
     * @param unchanged repeated figures
     */
    public record TrendLine(
            String period,
            String ratingsBand,
            int score,
            int low,
            int high,
            String bandKey,
            boolean unchanged) {}

    /**
     * A dimension's published score.
     *
     * @param key {@code dignity}, {@code listened}, {@code timeliness} or {@code outcome}
     * @param score 0-100 in steps of 5, or null when not shown: fewer than 11 ratings (or distinct
     *     raters) answered the dimension
     */
    public record Dimension(String key, Integer score) {}
}
