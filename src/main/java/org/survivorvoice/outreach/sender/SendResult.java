package org.survivorvoice.outreach.sender;

/**
 * What the gateway said to one attempt.
 *
 * @param outcome accepted, worth retrying, or refused for good
 * @param providerMessageId the gateway's id of the accepted message or call
 * @param errorCode a short code of the failure (e.g. {@code HTTP_429}, {@code TIMEOUT}); never the
 *     gateway's text, which may echo the number
 */
public record SendResult(Outcome outcome, String providerMessageId, String errorCode) {

    /** The three kinds of answer. */
    public enum Outcome {
        /** The gateway took the message. */
        ACCEPTED,
        /** 429, 5xx, timeout or connection failure: try again later. */
        RETRYABLE,
        /** Any other refusal (bad number, unsupported): retrying would not help. */
        REJECTED
    }

    /** Error code of an attempt whose lookup at the gateway failed: nothing was sent. */
    public static final String LOOKUP_FAILED = "LOOKUP_FAILED";

    /**
     * Whether the gateway may have accepted the message although no answer said so: a timeout or a
     * connection lost mid-request (SAFETY F4). Such an attempt is looked up before the next.
     */
    public boolean outcomeUnknown() {
        return outcome == Outcome.RETRYABLE
                && ("TIMEOUT".equals(errorCode)
                        || "CONNECTION".equals(errorCode)
                        || "SENDER_ERROR".equals(errorCode));
    }

    /** The gateway took it under this id. */
    public static SendResult accepted(String providerMessageId) {
        return new SendResult(Outcome.ACCEPTED, providerMessageId, null);
    }

    /** A transient failure. */
    public static SendResult retryable(String errorCode) {
        return new SendResult(Outcome.RETRYABLE, null, errorCode);
    }

    /** A permanent refusal. */
    public static SendResult rejected(String errorCode) {
        return new SendResult(Outcome.REJECTED, null, errorCode);
    }

    /** The result of an HTTP status that is not a success. */
    public static SendResult ofHttpStatus(int status) {
        return status == 429 || status >= 500
                ? retryable("HTTP_" + status)
                : rejected("HTTP_" + status);
    }
}
