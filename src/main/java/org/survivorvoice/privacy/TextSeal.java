package org.survivorvoice.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals free text a survivor wrote (a message body, the words that opened a safety case) so that it
 * is never stored in clear (SAFETY D1-D3). AES-256-GCM under a key derived from the vault's
 * encryption key with HMAC-SHA256 and the seal's own label, so no new secret is needed and one
 * purpose's ciphertext never opens as another's (or as a phone); the caller's associated data (the
 * row a text belongs to) is bound in, so a ciphertext moved to another row fails to open. Each
 * purpose holds one instance with its label.
 *
 * <p>Rotating the vault's encryption key rotates these seals too (deploy/key-rotation.md). A seal
 * made now starts with a header (version 2 and the id of the vault key it derives from, bound in as
 * associated data); a seal made before rotation existed has no header (it starts with its nonce)
 * and is tried under the current key, then the previous one. GCM's tag makes trying safe: a wrong
 * key or layout fails, it never opens as something else.
 */
public final class TextSeal {

    /** The label of inbound SMS bodies (feedback intake's InboundBodySeal). */
    public static final String INBOUND_MESSAGE_BODY = "survivor-voice/inbound-message-body/v1";

    /** The label of safety-case opening texts and notes (safetydesk's CaseTexts). */
    public static final String SAFETY_CASE_TEXT = "survivor-voice/safety-case-text/v1";

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte VERSION = 2;
    private static final int HEADER = 1 + VaultKey.ID_BYTES;

    private final Derived current;
    private final Optional<Derived> previous;
    private final SecureRandom random = new SecureRandom();

    /** A purpose's key derived from one generation of the vault key, with that key's id. */
    private record Derived(SecretKeySpec key, byte[] header) {

        static Derived of(VaultKey vaultKey, String label) {
            return new Derived(
                    new SecretKeySpec(
                            vaultKey.mac(label.getBytes(StandardCharsets.US_ASCII)), "AES"),
                    ByteBuffer.allocate(HEADER).put(VERSION).put(vaultKey.id()).array());
        }

        boolean names(byte[] sealed) {
            return sealed.length > HEADER + NONCE_BYTES
                    && java.util.Arrays.equals(sealed, 0, HEADER, header, 0, HEADER);
        }
    }

    /**
     * A seal for one purpose.
     *
     * @param vault the vault keys; the encryption key (and during a rotation the previous one)
     *     derives this seal's key
     * @param label the purpose, such as {@code survivor-voice/inbound-message-body/v1}
     */
    public TextSeal(VaultConfig vault, String label) {
        VaultKey key;
        try {
            key = VaultKey.parse(vault.encryptionKey(), "encryption-key");
        } catch (IllegalStateException e) {
            throw new IllegalStateException("survivor-voice.vault.encryption-key is unusable");
        }
        this.current = Derived.of(key, label);
        this.previous =
                vault.previousEncryptionKey()
                        .filter(s -> !s.isBlank())
                        .map(s -> VaultKey.parse(s, "previous-encryption-key"))
                        .filter(k -> !k.sameKey(key))
                        .map(k -> Derived.of(k, label));
    }

    /** Header, nonce, then the AES-GCM output of the text, bound to {@code associated}. */
    public byte[] seal(String text, String associated) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, current.key(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(current.header());
            cipher.updateAAD(associated.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(HEADER + NONCE_BYTES + sealed.length)
                    .put(current.header())
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Sealing a text failed", e);
        }
    }

    /** The text back; fails when the ciphertext was changed or belongs to another row. */
    public String open(byte[] sealed, String associated) {
        byte[] aad = associated.getBytes(StandardCharsets.UTF_8);
        List<Derived> held = new ArrayList<>(2);
        held.add(current);
        previous.ifPresent(held::add);
        for (Derived key : held) {
            if (key.names(sealed)) {
                Optional<String> text = attempt(sealed, HEADER, key, aad);
                if (text.isPresent()) {
                    return text.get();
                }
            }
        }
        // no header, or a legacy nonce that happens to start like one (2^-40)
        for (Derived key : held) {
            Optional<String> text = attempt(sealed, 0, key, aad);
            if (text.isPresent()) {
                return text.get();
            }
        }
        throw new IllegalStateException("Opening a sealed text failed");
    }

    /** Whether the seal was made under the current vault key (what a finished rotation leaves). */
    public boolean isCurrent(byte[] sealed) {
        return current.names(sealed);
    }

    /** The same text sealed again under the current key; fails as {@link #open} does. */
    public byte[] reseal(byte[] sealed, String associated) {
        return seal(open(sealed, associated), associated);
    }

    private static Optional<String> attempt(
            byte[] sealed, int headerLength, Derived key, byte[] associated) {
        if (sealed.length < headerLength + NONCE_BYTES + TAG_BITS / 8) {
            return Optional.empty();
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.DECRYPT_MODE,
                    key.key(),
                    new GCMParameterSpec(TAG_BITS, sealed, headerLength, NONCE_BYTES));
            if (headerLength > 0) {
                cipher.updateAAD(sealed, 0, headerLength);
            }
            cipher.updateAAD(associated);
            int body = headerLength + NONCE_BYTES;
            byte[] plain = cipher.doFinal(sealed, body, sealed.length - body);
            return Optional.of(new String(plain, StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            return Optional.empty();
        }
    }
}
