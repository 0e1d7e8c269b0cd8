package org.survivorvoice.scoring.alert;

import java.time.Instant;
import org.survivorvoice.common.time.Quarter;

/**
 * One valid rating as the deterioration alerts read it: its id, its provider, when it was given and
 * its overall answer. Nothing else of the rating (no survivor, no comment) is ever read for alerts.
 *
 * @param ratingId the rating's id
 * @param providerId the rated provider
 * @param ratedAt when it was given
 * @param period the quarter of {@code ratedAt} in the programme's time zone
 * @param overall the overall answer, 1 to 5
 */
public record DeteriorationRating(
        long ratingId, long providerId, Instant ratedAt, Quarter period, int overall) {}
