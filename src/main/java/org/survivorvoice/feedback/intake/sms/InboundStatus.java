package org.survivorvoice.feedback.intake.sms;

/** Where an inbound message stands. */
public enum InboundStatus {
    /** Stored, not yet handled: the only state in which the body is kept (encrypted). */
    RECEIVED,
    /** Parsed and acted on; the reply is stored for repeated deliveries. */
    PROCESSED,
    /** Handling failed; the survivor was asked to send it again. */
    FAILED,
    /**
     * More messages from the phone within an hour than the limit: stored, not acted on or answered.
     */
    RATE_LIMITED
}
