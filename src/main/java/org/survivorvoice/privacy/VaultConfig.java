package org.survivorvoice.privacy;

import io.smallrye.config.ConfigMapping;

/**
 * Keys of the phone vault. Secrets: set them only through the environment
 * (SURVIVOR_VOICE_VAULT_ENCRYPTION_KEY, SURVIVOR_VOICE_VAULT_INDEX_KEY); the dev and test profiles
 * carry throw-away keys.
 */
@ConfigMapping(prefix = "survivor-voice.vault")
public interface VaultConfig {

    /** Base64 of the 256-bit AES-GCM key that encrypts phone numbers. */
    String encryptionKey();

    /** Base64 of the 256-bit HMAC-SHA256 key of the phone blind index. */
    String indexKey();
}
