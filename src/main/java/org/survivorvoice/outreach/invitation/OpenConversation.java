package org.survivorvoice.outreach.invitation;

import java.time.Instant;

/** An open SMS conversation a reply from the phone answers. */
public record OpenConversation(
        long conversationId,
        long invitationId,
        long encounterId,
        long survivorId,
        String language,
        Instant expiresAt) {}
