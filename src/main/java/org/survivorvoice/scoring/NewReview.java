package org.survivorvoice.scoring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.scoring.method.ReviewLabel;

/** An admin records the field verification of a flagged provider. */
public record NewReview(
        @NotBlank @Size(max = 12) String providerCode,
        @NotBlank @Size(max = 7) @Schema(pattern = Quarter.PATTERN, example = "2026-Q3")
                String period,
        @NotNull ReviewLabel label,
        @NotNull Boolean verified,
        @Schema(nullable = true) @Size(max = 1000) String note) {

    @Override
    public String toString() {
        return "NewReview[" + providerCode + ", " + period + ", " + label + "]";
    }
}
