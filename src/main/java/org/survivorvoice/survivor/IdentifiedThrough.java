package org.survivorvoice.survivor;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a survivor was identified (issue 18): through a collective, one of its peer leaders (a field
 * worker's account id), or both. A peer leader named alone is recorded with the collective she
 * leads in the survivor's area.
 */
public record IdentifiedThrough(
        @Schema(nullable = true) Long collectiveId, @Schema(nullable = true) Long peerLeaderId) {

    /** Whether neither is named. */
    public boolean isEmpty() {
        return collectiveId == null && peerLeaderId == null;
    }
}
