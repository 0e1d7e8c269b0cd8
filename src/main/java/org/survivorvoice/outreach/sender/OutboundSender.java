package org.survivorvoice.outreach.sender;

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
}
