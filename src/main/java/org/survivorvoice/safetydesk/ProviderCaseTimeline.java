package org.survivorvoice.safetydesk;

/**
 * What the admin's per-provider view reads of one case whose signal named a provider: the provider
 * (code, name, category and district, never the case's survivor, text or phone), whether money or a
 * favour was asked, and the case's timeline, so the figures can be taken as of an instant like the
 * district figures.
 *
 * @param providerCode the provider's code
 * @param providerName the provider's name
 * @param categoryCode the provider's category code
 * @param providerDistrictId the provider's district; null when it has none
 * @param moneyAsked whether the case's signals include {@link CaseSignal#MONEY_ASKED}
 * @param timeline the case's dates (its district is the case's own, not the provider's)
 */
public record ProviderCaseTimeline(
        String providerCode,
        String providerName,
        String categoryCode,
        Long providerDistrictId,
        boolean moneyAsked,
        CaseTimeline timeline) {}
