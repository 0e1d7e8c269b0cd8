package org.survivorvoice.encounter;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An encounter as the API shows it. {@code invitation} says how she is asked to rate it: the
 * channel, status and, when it waits or was skipped, why; null when it has no invitation (e.g.
 * rated before one was made).
 */
public record EncounterView(
        Long id,
        Long survivorId,
        String providerCode,
        String serviceType,
        LocalDate date,
        EncounterOutcome outcome,
        @Schema(nullable = true) InvitationSummary invitation) {

    /**
     * Channel (null when she consented to none), status and reason of the invitation, by the names
     * of outreach's enums (which this package cannot import: outreach depends on it);
     * OpenApiEnumsTest checks that the lists match.
     */
    public record InvitationSummary(
            @Schema(
                            nullable = true,
                            enumeration = {"SMS_LINK", "SMS_CONVERSATION", "IVR_CALL"})
                    String channel,
            @Schema(
                            enumeration = {
                                "WAITING",
                                "QUEUED",
                                "SENT",
                                "ANSWERED",
                                "EXPIRED",
                                "SKIPPED",
                                "CANCELLED",
                                "SUPERSEDED"
                            })
                    String status,
            @Schema(
                            nullable = true,
                            enumeration = {
                                "NO_CONSENT",
                                "CONSENT_WITHDRAWN",
                                "DO_NOT_CONTACT",
                                "OUTSIDE_SAFE_HOURS",
                                "NO_SAFE_WINDOW",
                                "CONTACT_DATA_UNREADABLE",
                                "NOT_ENROLLED",
                                "ALREADY_RATED",
                                "EXPIRED",
                                "DELIVERY_FAILED"
                            })
                    String reason) {}

    static EncounterView of(Encounter e, InvitationSummary invitation) {
        return new EncounterView(
                e.id,
                e.survivor.id,
                e.provider.code,
                e.serviceType.code,
                e.date,
                e.outcome,
                invitation);
    }
}
