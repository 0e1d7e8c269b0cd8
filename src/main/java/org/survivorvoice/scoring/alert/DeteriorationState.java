package org.survivorvoice.scoring.alert;

import java.time.Instant;

/**
 * Where one provider's CUSUM stands after the last rating an update processed; the next update
 * continues with the ratings after it in (rated at, id) order.
 *
 * @param providerId the provider
 * @param statistic the CUSUM value S after that rating, 0 or more
 * @param lastRatingId id of that rating
 * @param lastRatedAt when that rating was given
 */
public record DeteriorationState(
        long providerId, double statistic, long lastRatingId, Instant lastRatedAt) {}
