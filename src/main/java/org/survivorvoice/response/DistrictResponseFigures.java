package org.survivorvoice.response;

/**
 * How one district answered one quarter's results, as of an instant, at published precision: shares
 * in whole percents, the survivors' confirmation share only past the suppression gate. Counts and
 * shares of providers are not survivor figures and are never withheld (design/SCORING.md); a null
 * share has nothing to divide.
 *
 * @param districtId the district
 * @param needing providers whose results called for a response
 * @param answered of them, those with a response recorded
 * @param answeredShare answered / needing; null when none needed one
 * @param medianDaysToResponse median whole days from the need to the first response, over the
 *     answered; null when none was answered
 * @param onTimeShare responses done by their due date, over those done or past their due date; null
 *     when none is
 * @param confirmationShare share of the survivors' follow-up answers saying it got better (yes or a
 *     little); null below the suppression gate
 */
public record DistrictResponseFigures(
        long districtId,
        int needing,
        int answered,
        Double answeredShare,
        Double medianDaysToResponse,
        Double onTimeShare,
        Double confirmationShare) {}
