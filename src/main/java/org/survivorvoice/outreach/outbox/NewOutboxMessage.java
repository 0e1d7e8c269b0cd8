package org.survivorvoice.outreach.outbox;

/**
 * A message of an {@link OutboxPurpose} to queue: the purpose's kind and subject, the recipient (by
 * survivor id only: the phone is read at send time), channel, template and language. {@code
 * sequence} tells apart several messages of one subject (1 for the first); the idempotency key is
 * made of kind, subject and sequence, so queuing the same message twice queues it once.
 */
public record NewOutboxMessage(
        OutboxMessage.Kind kind,
        long subjectId,
        long survivorId,
        OutboxMessage.Channel channel,
        String templateKey,
        String language,
        int sequence) {

    public NewOutboxMessage {
        if (kind == OutboxMessage.Kind.INVITATION || kind == OutboxMessage.Kind.REMINDER) {
            throw new IllegalArgumentException(
                    "invitation messages are queued with their invitation");
        }
    }

    /** The idempotency key, e.g. {@code follow-up-12-1}. */
    String idempotencyKey() {
        return kind.name().toLowerCase().replace('_', '-') + "-" + subjectId + "-" + sequence;
    }
}
