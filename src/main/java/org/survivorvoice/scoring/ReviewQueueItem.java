package org.survivorvoice.scoring;

import java.time.Instant;
import org.survivorvoice.scoring.method.Band;
import org.survivorvoice.scoring.method.ReviewLabel;

/**
 * A provider flagged in a period (significantly below or above its peers) as the admins' review
 * queue shows it: the label a verification would give, the latest review of that label, and whether
 * the confirmation rule names the provider now.
 *
 * @param previousBand the band one quarter earlier; null when unscored then
 * @param label the label its band calls for
 * @param reviewedVerified the latest review's verdict; null when nobody has reviewed it yet
 * @param reviewer the latest review's author; null when none
 * @param reviewedAt when the latest review was recorded; null when none
 * @param named whether the provider is named for the period
 */
public record ReviewQueueItem(
        String providerCode,
        String providerName,
        String category,
        String district,
        Band band,
        Band previousBand,
        ReviewLabel label,
        Boolean reviewedVerified,
        String reviewer,
        Instant reviewedAt,
        boolean named) {}
