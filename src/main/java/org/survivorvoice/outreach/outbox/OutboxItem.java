package org.survivorvoice.outreach.outbox;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An outbound message as admins see it: the recipient only as the survivor id, the text only as a
 * preview whose link token is masked; an invitation's message names its invitation, a purpose's
 * (follow-up, results) its subject.
 */
public record OutboxItem(
        Long id,
        @Schema(nullable = true) Long survivorId,
        @Schema(nullable = true) Long invitationId,
        @Schema(nullable = true) Long subjectId,
        OutboxMessage.Channel channel,
        OutboxMessage.Kind kind,
        String templateKey,
        String language,
        OutboxStatus status,
        int attempts,
        @Schema(nullable = true) String sender,
        @Schema(nullable = true) String preview,
        @Schema(nullable = true) String lastError,
        Instant createdAt,
        @Schema(nullable = true) Instant nextAttemptAt,
        @Schema(nullable = true) Instant sentAt,
        @Schema(nullable = true) Instant statusChangedAt) {

    static OutboxItem of(OutboxMessage m) {
        return new OutboxItem(
                m.id,
                m.survivorId,
                m.invitation == null ? null : m.invitation.id,
                m.subjectId,
                m.channel,
                m.kind,
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
