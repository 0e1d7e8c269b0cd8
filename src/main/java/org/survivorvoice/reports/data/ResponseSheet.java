package org.survivorvoice.reports.data;

import java.util.List;
import org.survivorvoice.response.ResponseLine;

/**
 * The Responses sheet: how the districts answered the previous quarter's results ("you said, we
 * did"), as they stood at the end of the reported quarter, or when the workbook was generated if
 * the quarter has not ended. Funders get the district rows only: counts and shares, never an
 * action, an owner role, a drop reason or a provider's name.
 *
 * @param answeredPeriod the quarter whose results the responses answer, {@code 2026-Q2}
 * @param asOfGeneration true when the reported quarter had not ended: the figures stand at the
 *     generation, not at the quarter's end
 * @param districts one row per district with a provider needing a response or a response, by name;
 *     an official's edition has her district's row only, always
 * @param lines officials only: every response of the district, with its status then; empty for
 *     funders
 */
public record ResponseSheet(
        String answeredPeriod,
        boolean asOfGeneration,
        List<DistrictRow> districts,
        List<ResponseLine> lines) {

    public ResponseSheet {
        districts = List.copyOf(districts);
        lines = List.copyOf(lines);
    }

    /**
     * One district's figures at published precision (whole percents). Counts and shares of
     * providers are never withheld; the confirmation share is a survivor share, null below the
     * suppression gate.
     *
     * @param needing providers whose results called for a response
     * @param answeredShare share of them with a response; null when none needed one
     * @param medianDays median days from the need to the first response; null when none answered
     * @param onTimeShare responses done by their due date, of those done or past due; null if none
     * @param confirmationShare survivors' follow-up answers saying it got better; null with fewer
     *     answers than the gate
     */
    public record DistrictRow(
            String district,
            long needing,
            Double answeredShare,
            Double medianDays,
            Double onTimeShare,
            Double confirmationShare) {}
}
