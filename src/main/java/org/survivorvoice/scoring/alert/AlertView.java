package org.survivorvoice.scoring.alert;

import java.time.LocalDate;

/**
 * One deterioration alert in the internal alerts list. Shows no count of ratings and nothing about
 * the survivors who rated.
 *
 * @param providerCode the provider's public code
 * @param providerName the provider's name
 * @param category the provider's category code
 * @param districtId the provider's district when the alert fired
 * @param period the quarter in which the alert fired, e.g. {@code 2026-Q3}
 * @param firedAt the day (programme time zone) of the rating at which the CUSUM crossed
 * @param statistic the CUSUM value that crossed, to two decimals
 * @param threshold the threshold it crossed
 */
public record AlertView(
        String providerCode,
        String providerName,
        String category,
        long districtId,
        String period,
        LocalDate firedAt,
        double statistic,
        double threshold) {}
