package org.survivorvoice.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals free text a survivor wrote (a message body, the words that opened a safety case) so that it
 * is never stored in clear (SAFETY D1-D3). AES-256-GCM under a key derived from the vault's
 * encryption key with HMAC-SHA256 and the seal's own label, so no new secret is needed and one
 * purpose's ciphertext never opens as another's (or as a phone); the caller's associated data (the
 * row a text belongs to) is bound in, so a ciphertext moved to another row fails to open. Each
 * purpose holds one instance with its label.
 */
public final class TextSeal {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    /**
     * A seal for one purpose.
     *
     * @param vault the vault keys; the encryption key derives this seal's key
     * @param label the purpose, such as {@code survivor-voice/inbound-message-body/v1}
     */
    public TextSeal(VaultConfig vault, String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(
                    new SecretKeySpec(
                            Base64.getDecoder().decode(vault.encryptionKey().trim()),
                            "HmacSHA256"));
            this.key =
                    new SecretKeySpec(
                            mac.doFinal(label.getBytes(StandardCharsets.US_ASCII)), "AES");
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("survivor-voice.vault.encryption-key is unusable");
        }
    }

    /** Nonce followed by the AES-GCM output of the text, bound to {@code associated}. */
    public byte[] seal(String text, String associated) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associated.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Sealing a text failed", e);
        }
    }

    /** The text back; fails when the ciphertext was changed or belongs to another row. */
    public String open(byte[] sealed, String associated) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.DECRYPT_MODE,
                    key,
                    new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(associated.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Opening a sealed text failed", e);
        }
    }
}
