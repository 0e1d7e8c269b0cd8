package org.survivorvoice.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One generation of a vault key: its bytes and its public id. The id is the first four bytes of
 * HMAC-SHA256(key, a fixed label): it names the key in ciphertext headers, progress and logs
 * without revealing anything about it (a keyed MAC of a constant), and two different keys collide
 * with probability 2^-32, in which case decryption still fails safe on the GCM tag.
 */
record VaultKey(byte[] bytes, byte[] id) {

    static final int ID_BYTES = 4;
    private static final byte[] ID_LABEL =
            "survivor-voice/vault-key-id/v1".getBytes(StandardCharsets.US_ASCII);

    /** The key from its Base64 setting; fails naming the setting, never showing the value. */
    static VaultKey parse(String base64, String name) {
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
        return new VaultKey(key, Arrays.copyOf(hmac(key, ID_LABEL), ID_BYTES));
    }

    /** HMAC-SHA256 of the data under this key. */
    byte[] mac(byte[] data) {
        return hmac(bytes, data);
    }

    /** The id as eight hex digits, for progress and documentation. */
    String hexId() {
        return HexFormat.of().formatHex(id);
    }

    boolean sameKey(VaultKey other) {
        return MessageDigest.isEqual(bytes, other.bytes);
    }

    /** Whether the header at {@code offset} of the data names this key. */
    boolean namedAt(byte[] data, int offset) {
        return data.length >= offset + ID_BYTES
                && Arrays.equals(data, offset, offset + ID_BYTES, id, 0, ID_BYTES);
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VaultKey k && sameKey(k);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(id);
    }

    @Override
    public String toString() {
        return "VaultKey[id=" + hexId() + "]";
    }
}
