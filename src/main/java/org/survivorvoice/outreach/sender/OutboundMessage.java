package org.survivorvoice.outreach.sender;

import java.util.Optional;
import org.survivorvoice.privacy.PhoneNumber;

/**
 * One attempt at an outbound SMS or call, assembled just before sending and never stored: it holds
 * the decrypted phone and the text with a live link token. {@link #toString()} shows neither.
 *
 * @param idempotencyKey the outbox message's key, the same on every attempt
 * @param kind SMS or call
 * @param to the recipient
 * @param text the SMS text (null for a call)
 * @param templateKey which template the text came from
 * @param dltTemplateId the DLT template id registered for it, when configured
 */
public record OutboundMessage(
        String idempotencyKey,
        Kind kind,
        PhoneNumber to,
        String text,
        String templateKey,
        Optional<String> dltTemplateId) {

    /** SMS or call. */
    public enum Kind {
        /** A text message. */
        SMS,
        /** An outbound call whose flow the voice webhook drives. */
        CALL
    }

    @Override
    public String toString() {
        return "OutboundMessage[" + idempotencyKey + ", " + kind + ", " + templateKey + "]";
    }
}
