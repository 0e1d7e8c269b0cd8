package org.survivorvoice.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps phone numbers unreadable at rest: AES-256-GCM ciphertext (a fresh 96-bit nonce per row) for
 * sending, and an HMAC-SHA256 blind index for look-ups. A plain hash would not do: the space of
 * Indian mobile numbers (about 4 x 10^9) is searched exhaustively in minutes.
 *
 * <p>Key rotation (deploy/key-rotation.md): the vault holds the current keys and, during a
 * rotation, the previous ones. New ciphertexts (version 2) carry the id of the key that sealed them
 * ({@link VaultKey}), so decryption picks the right key; version-1 ciphertexts, written before
 * rotation existed, name no key and are tried under the current key, then the previous one (the GCM
 * tag tells). Everything new is written under the current keys; look-ups match an index under
 * either ({@link #lookupIndexes}), so a number stays found while the rotation rewrites rows.
 */
@ApplicationScoped
public class PhoneVault {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte LEGACY = 1;
    private static final byte VERSION = 2;
    private static final int HEADER = 1 + VaultKey.ID_BYTES;

    private final VaultKey encryptionKey;
    private final VaultKey indexKey;
    private final Optional<VaultKey> previousEncryptionKey;
    private final Optional<VaultKey> previousIndexKey;
    private final SecureRandom random = new SecureRandom();

    public PhoneVault(VaultConfig config) {
        this.encryptionKey = VaultKey.parse(config.encryptionKey(), "encryption-key");
        this.indexKey = VaultKey.parse(config.indexKey(), "index-key");
        this.previousEncryptionKey =
                previous(config.previousEncryptionKey(), "previous-encryption-key", encryptionKey);
        this.previousIndexKey = previous(config.previousIndexKey(), "previous-index-key", indexKey);
    }

    /** Ciphertext of the number: version 2, key id, nonce, then AES-GCM output with its tag. */
    public byte[] encrypt(PhoneNumber phone) {
        try {
            byte[] header =
                    ByteBuffer.allocate(HEADER).put(VERSION).put(encryptionKey.id()).array();
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.ENCRYPT_MODE, aes(encryptionKey), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(header);
            byte[] sealed = cipher.doFinal(phone.e164().getBytes(StandardCharsets.US_ASCII));
            return ByteBuffer.allocate(HEADER + NONCE_BYTES + sealed.length)
                    .put(header)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Phone encryption failed", e);
        }
    }

    /**
     * The number back from its ciphertext, under whichever held key sealed it; fails on any
     * tampering, and on a ciphertext of a key this instance does not hold.
     */
    public PhoneNumber decrypt(byte[] ciphertext) {
        if (ciphertext.length >= HEADER + NONCE_BYTES + TAG_BITS / 8 && ciphertext[0] == VERSION) {
            VaultKey key =
                    encryptionKey.namedAt(ciphertext, 1)
                            ? encryptionKey
                            : previousEncryptionKey
                                    .filter(k -> k.namedAt(ciphertext, 1))
                                    .orElseThrow(
                                            () ->
                                                    new IllegalStateException(
                                                            "Phone sealed under a vault key this"
                                                                    + " instance does not hold"));
            return open(ciphertext, HEADER, key);
        }
        if (ciphertext.length < 1 + NONCE_BYTES + TAG_BITS / 8 || ciphertext[0] != LEGACY) {
            throw new IllegalArgumentException("Not a phone vault ciphertext");
        }
        try {
            return open(ciphertext, 1, encryptionKey);
        } catch (IllegalStateException e) {
            if (previousEncryptionKey.isEmpty() || !(e.getCause() instanceof AEADBadTagException)) {
                throw e;
            }
            return open(ciphertext, 1, previousEncryptionKey.get());
        }
    }

    /** Whether the ciphertext was sealed by the current key (what a finished rotation leaves). */
    public boolean isCurrent(byte[] ciphertext) {
        return ciphertext.length > HEADER
                && ciphertext[0] == VERSION
                && encryptionKey.namedAt(ciphertext, 1);
    }

    /**
     * Keyed blind index under the current key: equal numbers give equal indexes, without revealing
     * the number. What every write stores.
     */
    public byte[] blindIndex(PhoneNumber phone) {
        return indexKey.mac(phone.e164().getBytes(StandardCharsets.US_ASCII));
    }

    /** The number's index under the previous index key, during a rotation. */
    public Optional<byte[]> previousBlindIndex(PhoneNumber phone) {
        return previousIndexKey.map(k -> k.mac(phone.e164().getBytes(StandardCharsets.US_ASCII)));
    }

    /**
     * Every index a stored row may hold for the number: the current one first, then, during a
     * rotation, the previous one. Look-ups match any of them ({@code phone_index IN (...)}).
     */
    public List<byte[]> lookupIndexes(PhoneNumber phone) {
        byte[] current = blindIndex(phone);
        return previousBlindIndex(phone).map(p -> List.of(current, p)).orElse(List.of(current));
    }

    /** Whether a stored index is the number's, under either held index key. */
    public boolean matches(PhoneNumber phone, byte[] storedIndex) {
        return storedIndex != null
                && lookupIndexes(phone).stream()
                        .anyMatch(i -> MessageDigest.isEqual(i, storedIndex));
    }

    /** Whether previous keys are configured, that is a rotation is under way or unfinished. */
    public boolean rotating() {
        return previousEncryptionKey.isPresent() || previousIndexKey.isPresent();
    }

    /** Public ids of the keys (never the keys), for the rotation's progress and the operator. */
    public KeyIds keyIds() {
        return new KeyIds(
                encryptionKey.hexId(),
                indexKey.hexId(),
                previousEncryptionKey.map(VaultKey::hexId).orElse(null),
                previousIndexKey.map(VaultKey::hexId).orElse(null));
    }

    /**
     * Public ids of the configured keys.
     *
     * @param previousEncryption null outside a rotation of the encryption key
     * @param previousIndex null outside a rotation of the index key
     */
    public record KeyIds(
            String encryption, String index, String previousEncryption, String previousIndex) {}

    private static PhoneNumber open(byte[] ciphertext, int headerLength, VaultKey key) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.DECRYPT_MODE,
                    aes(key),
                    new GCMParameterSpec(TAG_BITS, ciphertext, headerLength, NONCE_BYTES));
            cipher.updateAAD(ciphertext, 0, headerLength);
            int body = headerLength + NONCE_BYTES;
            byte[] plain = cipher.doFinal(ciphertext, body, ciphertext.length - body);
            return PhoneNumber.parse(new String(plain, StandardCharsets.US_ASCII))
                    .orElseThrow(() -> new IllegalStateException("Stored phone is not a number"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Phone decryption failed", e);
        }
    }

    private static SecretKeySpec aes(VaultKey key) {
        return new SecretKeySpec(key.bytes(), "AES");
    }

    private static Optional<VaultKey> previous(
            Optional<String> setting, String name, VaultKey current) {
        // a previous key equal to the current one (a half-edited deployment) rotates nothing
        return setting.filter(s -> !s.isBlank())
                .map(s -> VaultKey.parse(s, name))
                .filter(k -> !k.sameKey(current));
    }
}
