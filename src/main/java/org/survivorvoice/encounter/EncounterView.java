package org.survivorvoice.encounter;

import java.time.LocalDate;

/**
 * An encounter as the API shows it. {@code invitation} says how she will be asked to rate it; it is
 * null until outreach invitations exist.
 */
public record EncounterView(
        Long id,
        Long survivorId,
        String providerCode,
        String serviceType,
        LocalDate date,
        EncounterOutcome outcome,
        InvitationSummary invitation) {

    /** Channel and status of the invitation to rate an encounter. */
    public record InvitationSummary(String channel, String status) {}

    static EncounterView of(Encounter e) {
        return new EncounterView(
                e.id, e.survivor.id, e.provider.code, e.serviceType.code, e.date, e.outcome, null);
    }
}
