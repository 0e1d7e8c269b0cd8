package org.survivorvoice.feedback.intake.sms;

/** An inbound message could not be stored: the gateway must be told to try again. */
public class InboundStoreUnavailable extends RuntimeException {

    public InboundStoreUnavailable(Throwable cause) {
        super("Inbound message store unavailable", cause);
    }
}
