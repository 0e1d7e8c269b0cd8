package org.survivorvoice.scoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.survivorvoice.scoring.method.Band;

/**
 * A provider's published score and band in one period of its trend; {@code unchanged} when the
 * figures repeat an earlier quarter's (fewer than five new ratings).
 */
public record TrendPoint(
        String period,
        String ratingsBand,
        @Schema(minimum = "0", maximum = "1") double score,
        ProviderScoreView.Interval interval,
        Band band,
        boolean unchanged) {}
