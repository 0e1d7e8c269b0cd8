package org.survivorvoice.privacy;

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

/**
 * Keeps phone numbers unreadable at rest: AES-256-GCM ciphertext (a fresh 96-bit nonce per row) for
 * sending, and an HMAC-SHA256 blind index for look-ups. A plain hash would not do: the space of
 * Indian mobile numbers (about 4 x 10^9) is searched exhaustively in minutes.
 */
@ApplicationScoped
public class PhoneVault {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte VERSION = 1;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec indexKey;
    private final SecureRandom random = new SecureRandom();

    public PhoneVault(VaultConfig config) {
        this.encryptionKey =
                new SecretKeySpec(key(config.encryptionKey(), "encryption-key"), "AES");
        this.indexKey = new SecretKeySpec(key(config.indexKey(), "index-key"), "HmacSHA256");
    }

    /** Ciphertext of the number: version byte, nonce, then AES-GCM output with its tag. */
    public byte[] encrypt(PhoneNumber phone) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(new byte[] {VERSION});
            byte[] sealed = cipher.doFinal(phone.e164().getBytes(StandardCharsets.US_ASCII));
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length)
                    .put(VERSION)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Phone encryption failed", e);
        }
    }

    /** The number back from its ciphertext; fails on any tampering. */
    public PhoneNumber decrypt(byte[] ciphertext) {
        try {
            if (ciphertext.length < 1 + NONCE_BYTES + TAG_BITS / 8 || ciphertext[0] != VERSION) {
                throw new IllegalArgumentException("Not a phone vault ciphertext");
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.DECRYPT_MODE,
                    encryptionKey,
                    new GCMParameterSpec(TAG_BITS, ciphertext, 1, NONCE_BYTES));
            cipher.updateAAD(new byte[] {VERSION});
            byte[] plain =
                    cipher.doFinal(
                            ciphertext, 1 + NONCE_BYTES, ciphertext.length - 1 - NONCE_BYTES);
            return PhoneNumber.parse(new String(plain, StandardCharsets.US_ASCII))
                    .orElseThrow(() -> new IllegalStateException("Stored phone is not a number"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Phone decryption failed", e);
        }
    }

    /** Keyed blind index: equal numbers give equal indexes, without revealing the number. */
    public byte[] blindIndex(PhoneNumber phone) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(indexKey);
            return mac.doFinal(phone.e164().getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Phone indexing failed", e);
        }
    }

    private static byte[] key(String base64, String name) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("survivor-voice.vault." + name + " is not Base64");
        }
        if (key.length != 32) {
            throw new IllegalStateException(
                    "survivor-voice.vault." + name + " must be 256 bits (32 bytes) of Base64");
        }
        return key;
    }
}
