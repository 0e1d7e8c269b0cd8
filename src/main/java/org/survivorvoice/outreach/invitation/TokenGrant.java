package org.survivorvoice.outreach.invitation;

/** What a live link token opens: the invitation, its encounter and the survivor's language. */
public record TokenGrant(
        long invitationId,
        long encounterId,
        long survivorId,
        String providerCode,
        String language) {

    static TokenGrant of(Invitation invitation) {
        return new TokenGrant(
                invitation.id,
                invitation.encounter.id,
                invitation.survivor.id,
                invitation.provider.code,
                invitation.language);
    }
}
