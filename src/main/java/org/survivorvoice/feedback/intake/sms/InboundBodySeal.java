package org.survivorvoice.feedback.intake.sms;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.survivorvoice.privacy.PhoneNumber;
import org.survivorvoice.privacy.TextSeal;
import org.survivorvoice.privacy.VaultConfig;

/**
 * Seals the body of an inbound SMS while it waits to be handled (SAFETY D1-D3: a message can carry
 * a comment or a number, so it is never stored in clear), with a {@link TextSeal} of its own label;
 * the gateway and message id are bound in, so a ciphertext moved to another row fails to open. The
 * sender's number is sealed with the body ({@link #seal(String, PhoneNumber, String, String)}), so
 * a message handled later by the sweep still knows the number a field worker may call back; the row
 * itself keeps only the phone's blind index.
 */
@ApplicationScoped
public class InboundBodySeal {

    private static final String LABEL = TextSeal.INBOUND_MESSAGE_BODY;

    /** Starts a body sealed with its sender: the number, a line break, then the body. */
    private static final char WITH_SENDER = '\u0001';

    private final TextSeal seal;

    public InboundBodySeal(VaultConfig vault) {
        this.seal = new TextSeal(vault, LABEL);
    }

    /** Nonce followed by the AES-GCM output of the body. */
    public byte[] seal(String body, String gateway, String externalId) {
        return seal.seal(body, aad(gateway, externalId));
    }

    /** The body and its sender (null when the sender's number could not be read), sealed. */
    public byte[] seal(String body, PhoneNumber sender, String gateway, String externalId) {
        String number = sender == null ? "" : sender.e164();
        return seal(WITH_SENDER + number + "\n" + body, gateway, externalId);
    }

    /**
     * A sealed message opened: its body, and its sender when it was sealed with one.
     *
     * @param sender the number as stored; the caller checks it against the row's blind index
     */
    public record Opened(String body, Optional<PhoneNumber> sender) {

        @Override
        public String toString() {
            return "Opened[***]";
        }
    }

    /** The body back; fails when the ciphertext was changed or belongs to another message. */
    public String open(byte[] sealed, String gateway, String externalId) {
        return openMessage(sealed, gateway, externalId).body();
    }

    /**
     * The body and the sender back (a body sealed without one, as before senders were sealed, comes
     * back whole); fails when the ciphertext was changed or belongs to another message.
     */
    public Opened openMessage(byte[] sealed, String gateway, String externalId) {
        String plain = seal.open(sealed, aad(gateway, externalId));
        int lineEnd = plain.indexOf('\n');
        if (plain.isEmpty() || plain.charAt(0) != WITH_SENDER || lineEnd < 0) {
            return new Opened(plain, Optional.empty());
        }
        return new Opened(
                plain.substring(lineEnd + 1), PhoneNumber.parse(plain.substring(1, lineEnd)));
    }

    private static String aad(String gateway, String externalId) {
        return gateway + "\n" + externalId;
    }
}
