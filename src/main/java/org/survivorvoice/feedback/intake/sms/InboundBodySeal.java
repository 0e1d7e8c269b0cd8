package org.survivorvoice.feedback.intake.sms;

import jakarta.enterprise.context.ApplicationScoped;
import org.survivorvoice.privacy.TextSeal;
import org.survivorvoice.privacy.VaultConfig;

/**
 * Seals the body of an inbound SMS while it waits to be handled (SAFETY D1-D3: a message can carry
 * a comment or a number, so it is never stored in clear), with a {@link TextSeal} of its own label;
 * the gateway and message id are bound in, so a ciphertext moved to another row fails to open.
 */
@ApplicationScoped
public class InboundBodySeal {

    private static final String LABEL = "survivor-voice/inbound-message-body/v1";

    private final TextSeal seal;

    public InboundBodySeal(VaultConfig vault) {
        this.seal = new TextSeal(vault, LABEL);
    }

    /** Nonce followed by the AES-GCM output of the body. */
    public byte[] seal(String body, String gateway, String externalId) {
        return seal.seal(body, aad(gateway, externalId));
    }

    /** The body back; fails when the ciphertext was changed or belongs to another message. */
    public String open(byte[] sealed, String gateway, String externalId) {
        return seal.open(sealed, aad(gateway, externalId));
    }

    private static String aad(String gateway, String externalId) {
        return gateway + "\n" + externalId;
    }
}
