package org.survivorvoice.scoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.survivorvoice.scoring.method.Band;

/**
 * One provider's published score, at the published precision of design/SCORING.md: score and
 * interval in whole percents, the verified share in tenths, counts only as a band of five ({@code
 * "20-24"}); the number of negative ratings never appears. {@code named} is true when the
 * confirmation rule names the provider laggard or good practice for the period. {@code unchanged}
 * is true when the figures repeat those first published in {@code publishedSince} because fewer
 * than five ratings entered the window since. {@code ratings} is the exact count, given only to
 * admins who ask for {@code precision=exact} (then every figure is exact); otherwise null.
 */
public record ProviderScoreView(
        String providerCode,
        String name,
        String category,
        Long districtId,
        String district,
        String ratingsBand,
        @Schema(minimum = "0", maximum = "1", description = "posterior mean, a fraction")
                double score,
        Interval interval,
        Band band,
        @Schema(nullable = true, description = "the band of the quarter before; null when unscored")
                Band previousBand,
        @Schema(minimum = "0", maximum = "1") double verifiedShare,
        boolean named,
        boolean unchanged,
        @Schema(nullable = true) String publishedSince,
        @Schema(nullable = true) Long ratings) {

    /** The 90 % interval of the score. */
    public record Interval(
            @Schema(minimum = "0", maximum = "1") double low,
            @Schema(minimum = "0", maximum = "1") double high) {}
}
