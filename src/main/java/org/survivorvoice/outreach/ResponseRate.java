package org.survivorvoice.outreach;

/** Invitations sent and answered for one provider, channel and quarter. */
public record ResponseRate(
        long providerId,
        long districtId,
        String channel,
        String period,
        long invitationsSent,
        long invitationsAnswered) {}
