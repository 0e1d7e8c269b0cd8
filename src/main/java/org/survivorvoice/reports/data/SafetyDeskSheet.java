package org.survivorvoice.reports.data;

import java.util.List;

/**
 * The Safety desk sheet: per district, the safety cases opened in the reported quarter and how the
 * desk answered them, as they stood at the end of the quarter, or when the workbook was generated
 * if the quarter has not ended. Counts only, at published precision: no text, no provider, nothing
 * of a survivor. Every count is rounded to five and every share or median needs the suppression
 * minimum of cases behind it, for every audience: a case is far rarer than a rating, and a small
 * count could point to the woman who called for help.
 *
 * @param asOfGeneration true when the reported quarter had not ended: the figures stand at the
 *     generation, not at the quarter's end
 * @param districts one row per district with a case, by name (the cases of no known district in a
 *     row of their own, for funders); an official's edition has her district's row only, always
 * @param minCases the fewest cases behind a published share or median (the suppression gate)
 */
public record SafetyDeskSheet(boolean asOfGeneration, List<DistrictRow> districts, int minCases) {

    public SafetyDeskSheet {
        districts = List.copyOf(districts);
    }

    /**
     * One district's figures at published precision.
     *
     * @param opened cases opened in the quarter, rounded to five
     * @param contactedInTime share reached within the deadline, of the cases whose deadline had
     *     passed or that were contacted; whole percents in the steps of a survivor cell; null with
     *     fewer such cases than the gate
     * @param medianHours median hours from opening to the first contact, whole hours; null with
     *     fewer contacted cases than the gate
     * @param resolved closed as resolved, rounded to five
     * @param legalAid closed as referred to legal aid, rounded to five
     * @param police closed as referred to the police, rounded to five
     * @param couldNotReach closed as could not reach, rounded to five
     * @param declined closed as declined, rounded to five
     * @param stillOpen not closed (open or contacted), rounded to five
     */
    public record DistrictRow(
            String district,
            long opened,
            Double contactedInTime,
            Double medianHours,
            long resolved,
            long legalAid,
            long police,
            long couldNotReach,
            long declined,
            long stillOpen) {}
}
