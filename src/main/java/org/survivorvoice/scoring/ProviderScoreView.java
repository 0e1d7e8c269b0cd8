package org.survivorvoice.scoring;

import org.survivorvoice.scoring.method.Band;

/**
 * One provider's published score. Counts appear only as a band of five ({@code "20-24"}); the
 * number of negative ratings never appears. {@code named} is true when the confirmation rule names
 * the provider laggard or good practice for the period.
 */
public record ProviderScoreView(
        String providerCode,
        String name,
        String category,
        Long districtId,
        String district,
        String ratingsBand,
        double score,
        Interval interval,
        Band band,
        Band previousBand,
        double verifiedShare,
        boolean named) {

    /** The 90 % interval of the score. */
    public record Interval(double low, double high) {}
}
