package org.survivorvoice.safetydesk;

/**
 * One provider's exact safety-desk figures of a quarter as of an instant ({@link
 * CaseFigures#ofProviders}): the cases whose signal named it. Exact and naming a provider, so only
 * the admin's workbook shows them, and only through its disclosure policy.
 *
 * @param providerCode the provider's code
 * @param providerName the provider's name
 * @param categoryCode the provider's category code
 * @param districtId the provider's district; null when it has none
 * @param opened cases opened in the quarter (by the instant) that named the provider
 * @param moneyAsked of them, those where money or a favour was asked
 * @param settled of them, those whose deadline question is settled ({@link
 *     CaseTimeline#deadlineSettledAsOf})
 * @param contactedInTime of the settled ones, those first contacted within their deadline
 * @param contacted cases contacted by the instant: the cases behind the median
 * @param medianHoursToContact median hours from opening to the first contact; null when none
 */
public record ProviderCaseFigures(
        String providerCode,
        String providerName,
        String categoryCode,
        Long districtId,
        long opened,
        long moneyAsked,
        long settled,
        long contactedInTime,
        long contacted,
        Double medianHoursToContact) {}
