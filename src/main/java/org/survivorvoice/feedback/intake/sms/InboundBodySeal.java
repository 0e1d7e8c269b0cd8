package org.survivorvoice.feedback.intake.sms;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.survivorvoice.privacy.VaultConfig;

/**
 * Seals the body of an inbound SMS while it waits to be handled (SAFETY D1-D3: a message can carry
 * a comment or a number, so it is never stored in clear). AES-256-GCM under a key derived from the
 * vault's encryption key with HMAC-SHA256 and a label of its own, so no new secret is needed and a
 * body ciphertext can never be mistaken for a phone's; the gateway and message id are bound in as
 * associated data, so a ciphertext moved to another row fails to open.
 */
@ApplicationScoped
public class InboundBodySeal {

    private static final byte[] LABEL =
            "survivor-voice/inbound-message-body/v1".getBytes(StandardCharsets.US_ASCII);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    public InboundBodySeal(VaultConfig vault) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(
                    new SecretKeySpec(
                            Base64.getDecoder().decode(vault.encryptionKey().trim()),
                            "HmacSHA256"));
            this.key = new SecretKeySpec(mac.doFinal(LABEL), "AES");
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("survivor-voice.vault.encryption-key is unusable");
        }
    }

    /** Nonce followed by the AES-GCM output of the body. */
    public byte[] seal(String body, String gateway, String externalId) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad(gateway, externalId));
            byte[] sealed = cipher.doFinal(body.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Sealing an inbound message failed", e);
        }
    }

    /** The body back; fails when the ciphertext was changed or belongs to another message. */
    public String open(byte[] sealed, String gateway, String externalId) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.DECRYPT_MODE,
                    key,
                    new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(aad(gateway, externalId));
            byte[] plain = cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Opening an inbound message failed", e);
        }
    }

    private static byte[] aad(String gateway, String externalId) {
        return (gateway + "\n" + externalId).getBytes(StandardCharsets.UTF_8);
    }
}
