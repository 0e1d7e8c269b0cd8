package org.survivorvoice.privacy;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/**
 * Keys of the phone vault. Secrets: set them only through the environment
 * (SURVIVOR_VOICE_VAULT_ENCRYPTION_KEY, SURVIVOR_VOICE_VAULT_INDEX_KEY, and during a key rotation
 * SURVIVOR_VOICE_VAULT_PREVIOUS_ENCRYPTION_KEY, SURVIVOR_VOICE_VAULT_PREVIOUS_INDEX_KEY); the dev
 * and test profiles carry throw-away keys. deploy/key-rotation.md gives the operator's steps.
 */
@ConfigMapping(prefix = "survivor-voice.vault")
public interface VaultConfig {

    /** Base64 of the 256-bit AES-GCM key that encrypts phone numbers (and derives text seals). */
    String encryptionKey();

    /** Base64 of the 256-bit HMAC-SHA256 key of the phone blind index. */
    String indexKey();

    /**
     * Base64 of the encryption key being rotated away from: ciphertexts it sealed still open,
     * nothing new is sealed with it. Unset outside a rotation.
     */
    Optional<String> previousEncryptionKey();

    /**
     * Base64 of the index key being rotated away from: look-ups also match indexes it made, nothing
     * new is indexed with it. Unset outside a rotation, unless the rotation reports opt-outs whose
     * number is unknown (they stay under this key).
     */
    Optional<String> previousIndexKey();
}
