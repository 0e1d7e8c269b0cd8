package org.survivorvoice.response;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.survivorvoice.common.time.Quarter;

/**
 * What a district will change for a provider after one quarter's results, as an official of its
 * district or an admin records it; the response starts PLANNED.
 */
public record NewResponse(
        @NotBlank @Size(max = 12) String providerCode,
        @NotBlank @Size(max = 7) @Schema(pattern = Quarter.PATTERN, example = "2026-Q3")
                String period,
        @NotNull ResponseTheme theme,
        @NotBlank @Size(max = 1000) String actionText,
        @NotBlank
                @Size(max = 120)
                @Schema(description = "who will act, as a role, never a person's name")
                String ownerRole,
        @NotNull @Schema(description = "today or later, in the programme's time zone")
                LocalDate dueDate) {

    @Override
    public String toString() {
        return "NewResponse[" + providerCode + ", " + period + ", " + theme + "]";
    }
}
