package org.survivorvoice.response;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.survivorvoice.common.time.Quarter;

/** A provider's own scores for a quarter, as a field worker or admin records them. */
public record NewSelfAssessment(
        @NotBlank @Size(max = 12) String providerCode,
        @NotBlank @Size(max = 7) @Schema(pattern = Quarter.PATTERN, example = "2026-Q3")
                String period,
        @NotNull @Valid @Schema(description = "at least one answer") SelfScores answers) {

    @Override
    public String toString() {
        return "NewSelfAssessment[" + providerCode + ", " + period + "]";
    }
}
