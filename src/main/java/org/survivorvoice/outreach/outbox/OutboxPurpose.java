package org.survivorvoice.outreach.outbox;

import java.time.Instant;
import org.survivorvoice.outreach.invitation.ContactDecision;
import org.survivorvoice.outreach.sender.OutboundMessage;

/**
 * Why an outbound contact that is not an invitation exists (a follow-up of a response, a quarter's
 * results), plugged into the outbox so that it goes through the same machinery as invitations:
 * idempotency key, claims, back-off, circuit breaker, look-up before a retry (SAFETY F4), status
 * callbacks and the admins' outbox list. One CDI bean per {@link OutboxMessage.Kind} other than
 * INVITATION and REMINDER; the dispatcher finds it by {@link #kind()}.
 *
 * <p>The purpose owns a row of its own (its <em>subject</em>: {@code OutboxMessage.subjectId}) and
 * is queued through {@link OutboxService#enqueue(NewOutboxMessage)}. Every method is called inside
 * the dispatcher's transaction and may read and write the subject. At send time the dispatcher asks
 * {@link #decide} (which must go through {@code ContactGate}, the one owner of the outreach gates,
 * and must throw when consent or do-not-contact cannot be read: nothing is sent then), and on SEND
 * asks {@link #compose} for the text or call; it then tells the purpose what became of it.
 */
public interface OutboxPurpose {

    /** What to send: an SMS text (with the preview admins see) or a call. */
    record Content(OutboundMessage.Kind kind, String text, String preview) {

        /** An SMS whose text holds nothing secret, so it is its own preview. */
        public static Content sms(String text) {
            return new Content(OutboundMessage.Kind.SMS, text, text);
        }

        /** An outbound call; its flow is driven by the voice webhook. */
        public static Content call() {
            return new Content(OutboundMessage.Kind.CALL, null, null);
        }
    }

    /** The outbox kind this purpose sends (FOLLOW_UP, RESULTS...). */
    OutboxMessage.Kind kind();

    /**
     * Whether the subject's message may go now: re-reads consent, do-not-contact, safe hours and
     * whatever else the purpose requires, through {@code ContactGate}. Throws when they cannot be
     * read.
     */
    ContactDecision decide(long subjectId, Instant now);

    /** The message to send now (called only after a SEND decision). */
    Content compose(long subjectId, OutboxMessage message, Instant now);

    /** The message waits until {@code decision.waitUntil()} (e.g. outside her safe hours). */
    default void waiting(long subjectId, ContactDecision decision, Instant now) {}

    /** The message was cancelled before sending for {@code decision.reason()}. */
    default void stopped(long subjectId, ContactDecision decision, Instant now) {}

    /** The gateway accepted the message or call under {@code providerMessageId}. */
    void accepted(long subjectId, String providerMessageId, Instant now);

    /** The message failed for good (refused, or every attempt failed) with this short code. */
    void failed(long subjectId, String errorCode, Instant now);
}
