package org.survivorvoice.outreach.sender;

import java.time.Instant;
import java.util.List;

/**
 * Hands one outbound message to a gateway. Implementations make exactly one request per call (the
 * outbox owns retries, so attempts are counted honestly), never throw for gateway failures, and
 * never log the number or the text.
 */
public interface OutboundSender {

    /** The name stored with each attempt: {@code log}, {@code twilio} or {@code http-gateway}. */
    String name();

    /** One attempt. */
    SendResult send(OutboundMessage message);

    /**
     * The gateway's ids of messages it accepted that look like this one (same recipient, sender and
     * text, link tokens aside) and were created since {@code since}: asked before retrying an
     * attempt whose answer was lost (SAFETY F4), so that an accepted message is not sent twice. The
     * caller drops ids it already recorded for other messages. The default knows of nothing, so the
     * message is sent again: senders that cannot look up rely on the gateway honouring the
     * idempotency key instead.
     *
     * @throws RuntimeException when the gateway cannot be asked now (the caller sends nothing)
     */
    default List<String> findAccepted(OutboundMessage message, Instant since) {
        return List.of();
    }
}
