package org.survivorvoice.outreach.invitation;

/** An outbound invitation call, as the voice webhooks see it. */
public record PlacedCall(
        long callRequestId,
        long invitationId,
        long encounterId,
        long survivorId,
        String language) {}
