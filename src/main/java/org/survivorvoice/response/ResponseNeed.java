package org.survivorvoice.response;

import java.time.Duration;
import java.time.Instant;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.scoring.method.Band;

/**
 * A provider whose results of one quarter call for a response of its district, and when the first
 * response came (internal: officials of the district and admins).
 *
 * @param band its published band of the quarter when that is BELOW or SIGNIFICANTLY_BELOW; null
 *     when only an alert calls for a response
 * @param alerts deterioration alerts of the quarter
 * @param neededSince when the district could first see the need: the quarter's release for a band,
 *     the first alert's detection for an alert, whichever came first
 * @param firstResponseAt when the first response (of any status) was recorded; null while none
 */
public record ResponseNeed(
        long providerId,
        String providerCode,
        String providerName,
        String categoryCode,
        String categoryName,
        long districtId,
        Quarter period,
        Band band,
        int alerts,
        Instant neededSince,
        Instant firstResponseAt) {

    /** Whether a response has been recorded. */
    public boolean answered() {
        return firstResponseAt != null;
    }

    /**
     * Whole days from the need to the first response (0 when the response came first, as an admin
     * may record one before release); null while unanswered.
     */
    public Long daysToResponse() {
        if (firstResponseAt == null) {
            return null;
        }
        return Math.max(0, Duration.between(neededSince, firstResponseAt).toDays());
    }
}
