package org.survivorvoice.outreach.invitation;

/**
 * An outbound call, as the voice webhooks see it: for an invitation (with its encounter) or for a
 * follow-up of a response ({@code followUpId}; invitation and encounter null then).
 */
public record PlacedCall(
        long callRequestId,
        Long invitationId,
        Long encounterId,
        Long followUpId,
        long survivorId,
        String language) {

    /** Whether the call asks a follow-up's question rather than an invitation's. */
    public boolean isFollowUp() {
        return followUpId != null;
    }
}
