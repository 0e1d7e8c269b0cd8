package org.survivorvoice.privacy.rotation;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where the rotation of the configured keys stands: key ids (public, never the keys) and counts.
 *
 * @param state NOT_CONFIGURED (no previous key given), NOT_STARTED, RUNNING or FINISHED
 * @param pass the walk over every table in progress (or the last one); a pass that rewrites nothing
 *     finishes the rotation
 * @param step the table the next batch rewrites; null when finished
 * @param rewritten rows rewritten over all passes
 * @param optOutsWithoutNumber do-not-contact entries no row gives a number for, left under the
 *     previous index key (the latest pass's count)
 * @param unreadable values no held key opens, left as they are (the latest pass's count)
 * @param previousKeysRemovable finished, and nothing stays under the previous keys
 * @param steps per table, the counts of the latest pass that reached it
 */
public record VaultRotationProgress(
        String state,
        String encryptionKeyId,
        String indexKeyId,
        @Schema(nullable = true) String previousEncryptionKeyId,
        @Schema(nullable = true) String previousIndexKeyId,
        @Schema(nullable = true) Integer pass,
        @Schema(nullable = true) String step,
        @Schema(nullable = true) Long batches,
        @Schema(nullable = true) Instant startedAt,
        @Schema(nullable = true) Instant finishedAt,
        long rewritten,
        long optOutsWithoutNumber,
        long unreadable,
        boolean previousKeysRemovable,
        List<StepCount> steps) {

    /**
     * What one pass did to one table.
     *
     * @param unmapped index-only rows whose number no row knows (they keep the previous index)
     */
    public record StepCount(
            @Schema(nullable = true) String step,
            int pass,
            long rewritten,
            long unmapped,
            long unreadable) {}
}
