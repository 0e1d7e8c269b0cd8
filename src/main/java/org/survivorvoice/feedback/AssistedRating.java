package org.survivorvoice.feedback;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A rating a field worker enters for a survivor (ASSISTED) or copies from paper (PAPER). */
public record AssistedRating(
        @Schema(nullable = true) @Size(max = 12) String providerCode,
        @Schema(nullable = true) Long encounterId,
        @Schema(nullable = true) Long survivorId,
        @NotNull Channel channel,
        @NotNull @Pattern(regexp = "en|hi|bn|te", message = "must be en, hi, bn or te")
                String language,
        @Schema(nullable = true) @Valid Answers answers,
        @Schema(nullable = true) Boolean moneyAsked,
        @Schema(nullable = true) @Size(max = 2000) String comment) {

    @Override
    public String toString() {
        return "AssistedRating[encounter=" + encounterId + ", channel=" + channel + "]";
    }
}
