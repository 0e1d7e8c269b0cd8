package org.survivorvoice.encounter;

import java.time.LocalDate;

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
        InvitationSummary invitation) {

    /** Channel (null when she consented to none), status and reason of the invitation. */
    public record InvitationSummary(String channel, String status, String reason) {}

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
