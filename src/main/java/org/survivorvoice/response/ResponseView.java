package org.survivorvoice.response;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A response as its district's officials and admins read it, action text included (funders never
 * get this view, only counts and shares).
 *
 * @param districtId the provider's district when the response was recorded
 * @param period the quarter whose results it answers
 * @param recordedAt when it was recorded
 */
public record ResponseView(
        long id,
        String providerCode,
        String providerName,
        long districtId,
        String period,
        ResponseTheme theme,
        String actionText,
        String ownerRole,
        LocalDate dueDate,
        ResponseStatus status,
        @Schema(nullable = true, description = "why it was dropped; set with DROPPED only")
                String dropReason,
        Instant recordedAt,
        @Schema(nullable = true) Instant doneAt,
        @Schema(nullable = true) Instant droppedAt) {

    static ResponseView of(ProviderResponse r) {
        return new ResponseView(
                r.id,
                r.provider.code,
                r.provider.name,
                r.district.id,
                r.period,
                r.theme,
                r.actionText,
                r.ownerRole,
                r.dueDate,
                r.status,
                r.dropReason,
                r.recordedAt,
                r.doneAt,
                r.droppedAt);
    }
}
