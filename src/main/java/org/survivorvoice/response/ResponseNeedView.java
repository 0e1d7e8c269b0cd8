package org.survivorvoice.response;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.survivorvoice.scoring.method.Band;

/**
 * A provider whose results of the quarter call for a response of its district, as {@link
 * ResponseNeedQueries} decides, for its officials and admins.
 *
 * @param category the provider's category code
 * @param band its published band when BELOW or SIGNIFICANTLY_BELOW; null when only alerts call for
 *     a response
 * @param alerts deterioration alerts of the quarter
 * @param neededSince the day (programme time zone) the district could first see the need
 * @param answered whether a response has been recorded
 * @param daysToResponse whole days from the need to the first response; null while unanswered
 */
public record ResponseNeedView(
        String providerCode,
        String providerName,
        String category,
        @Schema(nullable = true) Band band,
        int alerts,
        LocalDate neededSince,
        boolean answered,
        @Schema(nullable = true) Long daysToResponse) {}
