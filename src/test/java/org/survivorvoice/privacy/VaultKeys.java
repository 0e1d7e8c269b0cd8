package org.survivorvoice.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Vault settings and ciphertexts in the layouts written before key rotation existed (version-1
 * phones, header-less text seals), for the rotation tests.
 */
public final class VaultKeys {

    private VaultKeys() {}

    /** Vault settings; null for a previous key that is not given. */
    public static VaultConfig config(
            String encryption, String index, String previousEncryption, String previousIndex) {
        return new VaultConfig() {
            @Override
            public String encryptionKey() {
                return encryption;
            }

            @Override
            public String indexKey() {
                return index;
            }

            @Override
            public Optional<String> previousEncryptionKey() {
                return Optional.ofNullable(previousEncryption);
            }

            @Override
            public Optional<String> previousIndexKey() {
                return Optional.ofNullable(previousIndex);
            }
        };
    }

    /** A Base64 256-bit key made of a repeated pattern. */
    public static String key(int seed) {
        byte[] b = new byte[32];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i * 31 + seed);
        }
        return Base64.getEncoder().encodeToString(b);
    }

    /** A phone ciphertext as PhoneVault wrote it before rotation: version 1, nonce, GCM. */
    public static byte[] legacyPhone(String encryptionKey, PhoneNumber phone) throws Exception {
        byte[] nonce = new byte[12];
        nonce[0] = 7;
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(
                Cipher.ENCRYPT_MODE,
                new SecretKeySpec(Base64.getDecoder().decode(encryptionKey), "AES"),
                new GCMParameterSpec(128, nonce));
        cipher.updateAAD(new byte[] {1});
        byte[] sealed = cipher.doFinal(phone.e164().getBytes(StandardCharsets.US_ASCII));
        return ByteBuffer.allocate(1 + 12 + sealed.length)
                .put((byte) 1)
                .put(nonce)
                .put(sealed)
                .array();
    }

    /** A text sealed as TextSeal did before rotation: nonce, GCM; no header. */
    public static byte[] legacySeal(
            String encryptionKey, String label, String text, String associated) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(encryptionKey), "HmacSHA256"));
        byte[] key = mac.doFinal(label.getBytes(StandardCharsets.US_ASCII));
        byte[] nonce = new byte[12];
        nonce[3] = 9;
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(
                Cipher.ENCRYPT_MODE,
                new SecretKeySpec(key, "AES"),
                new GCMParameterSpec(128, nonce));
        cipher.updateAAD(associated.getBytes(StandardCharsets.UTF_8));
        byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array();
    }

    /** HMAC-SHA256 of the number under the index key: what every index must equal. */
    public static byte[] index(String indexKey, PhoneNumber phone) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(indexKey), "HmacSHA256"));
        return mac.doFinal(phone.e164().getBytes(StandardCharsets.US_ASCII));
    }
}
