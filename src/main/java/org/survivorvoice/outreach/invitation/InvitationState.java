package org.survivorvoice.outreach.invitation;

/** Channel, status and reason of an encounter's latest invitation, as staff see it. */
public record InvitationState(
        InvitationChannel channel, InvitationStatus status, InvitationReason reason) {

    static InvitationState of(Invitation i) {
        return new InvitationState(i.channel, i.status, i.reason);
    }
}
