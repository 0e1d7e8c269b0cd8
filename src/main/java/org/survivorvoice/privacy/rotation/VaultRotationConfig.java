package org.survivorvoice.privacy.rotation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the vault key rotation runs (deploy/key-rotation.md). */
@ConfigMapping(prefix = "survivor-voice.vault-rotation")
public interface VaultRotationConfig {

    /**
     * Rows read and locked per batch (each batch is its own transaction), so the service keeps
     * serving while the rotation runs; rating rater keys move twenty times as many per batch, by
     * one join.
     */
    @WithDefault("500")
    int batchSize();

    /**
     * How often every replica checks for a started, unfinished rotation of its keys and continues
     * it (after a restart or a kill); "off" to continue only on request.
     */
    @WithDefault("1m")
    String resumeEvery();

    /**
     * Whether this instance runs a rotation's batches on its own thread when an admin starts it and
     * on every resume; false leaves them to other replicas (or, in tests, to the caller).
     */
    @WithDefault("true")
    boolean runBatches();
}
