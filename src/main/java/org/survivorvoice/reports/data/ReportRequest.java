package org.survivorvoice.reports.data;

import java.util.Objects;
import org.survivorvoice.common.time.Quarter;

/**
 * One quarterly workbook to produce.
 *
 * @param period the quarter reported on
 * @param audience the edition
 * @param districtId the district of an {@link Audience#OFFICIAL} edition; null for funders
 * @param provisional true for an admin's workbook of a quarter still inside its release delay; its
 *     cover and every sheet header say PROVISIONAL and it is never listed for funders
 */
public record ReportRequest(
        Quarter period, Audience audience, Long districtId, boolean provisional) {

    public ReportRequest {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(audience, "audience");
        if (audience == Audience.OFFICIAL && districtId == null) {
            throw new IllegalArgumentException("an official edition needs a district");
        }
        if (audience == Audience.FUNDER && districtId != null) {
            throw new IllegalArgumentException("a funder edition covers every district");
        }
    }
}
