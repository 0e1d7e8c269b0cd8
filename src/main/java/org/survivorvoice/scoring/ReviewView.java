package org.survivorvoice.scoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.survivorvoice.scoring.method.Band;
import org.survivorvoice.scoring.method.ReviewLabel;

/**
 * A recorded review and what it means now: {@code named} says whether the confirmation rule names
 * the provider for the period.
 */
public record ReviewView(
        Long id,
        String providerCode,
        String period,
        ReviewLabel label,
        boolean verified,
        Band band,
        @Schema(nullable = true, description = "the band of the quarter before; null when unscored")
                Band previousBand,
        boolean named) {}
