package org.survivorvoice.feedback;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A rating a field worker enters for a survivor (ASSISTED) or copies from paper (PAPER). */
public record AssistedRating(
        @Size(max = 12) String providerCode,
        Long encounterId,
        Long survivorId,
        @NotNull Channel channel,
        @NotNull @Pattern(regexp = "en|hi|bn|te", message = "must be en, hi, bn or te")
                String language,
        @Valid Answers answers,
        Boolean moneyAsked,
        @Size(max = 2000) String comment) {

    @Override
    public String toString() {
        return "AssistedRating[encounter=" + encounterId + ", channel=" + channel + "]";
    }
}
