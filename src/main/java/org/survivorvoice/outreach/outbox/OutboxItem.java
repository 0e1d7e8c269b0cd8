package org.survivorvoice.outreach.outbox;

import java.time.Instant;

/**
 * An outbound message as admins see it: the recipient only as the survivor id, the text only as a
 * preview whose link token is masked.
 */
public record OutboxItem(
        Long id,
        Long survivorId,
        Long invitationId,
        String channel,
        String kind,
        String templateKey,
        String language,
        OutboxStatus status,
        int attempts,
        String sender,
        String preview,
        String lastError,
        Instant createdAt,
        Instant nextAttemptAt,
        Instant sentAt,
        Instant statusChangedAt) {

    static OutboxItem of(OutboxMessage m) {
        return new OutboxItem(
                m.id,
                m.survivorId,
                m.invitation.id,
                m.channel.name(),
                m.kind.name(),
                m.templateKey,
                m.language,
                m.status,
                m.attempts,
                m.sender,
                m.preview,
                m.lastError,
                m.createdAt,
                m.nextAttemptAt,
                m.sentAt,
                m.statusChangedAt);
    }
}
