package org.survivorvoice.scoring.alert;

import java.time.Instant;
import org.survivorvoice.common.time.Quarter;

/**
 * A provider's CUSUM crossed its threshold: the row an update stores in {@code score_alert}.
 *
 * @param providerId the provider
 * @param categoryId its category when the alert fired
 * @param districtId its district when the alert fired
 * @param ratingId the rating at which the CUSUM crossed the threshold
 * @param period the quarter of that rating
 * @param firedAt when that rating was given
 * @param statistic the CUSUM value that crossed, before the reset
 * @param threshold the threshold h it crossed
 * @param p0 the category dissatisfaction rate the CUSUM was tuned to
 */
public record DeteriorationAlert(
        long providerId,
        long categoryId,
        long districtId,
        long ratingId,
        Quarter period,
        Instant firedAt,
        double statistic,
        double threshold,
        double p0) {}
