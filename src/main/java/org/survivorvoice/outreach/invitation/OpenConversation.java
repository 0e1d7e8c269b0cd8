package org.survivorvoice.outreach.invitation;

import java.time.Instant;

/**
 * An open SMS conversation a reply from the phone answers: an invitation's (with its encounter) or
 * a follow-up's ({@code followUpId}; the invitation and encounter are null then).
 */
public record OpenConversation(
        long conversationId,
        Long invitationId,
        Long encounterId,
        Long followUpId,
        long survivorId,
        String language,
        Instant expiresAt) {}
