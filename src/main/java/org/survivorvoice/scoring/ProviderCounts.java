package org.survivorvoice.scoring;

import org.survivorvoice.scoring.method.UnitCounts;

/**
 * Aggregate counts of one provider's valid ratings in a window, with where it stands: the input of
 * one scoring run, built by {@link ScoringQueries} with one grouped query. {@code entered} counts
 * the valid ratings of the window's newest quarter: those that entered the window this quarter.
 */
public record ProviderCounts(
        long providerId,
        String providerCode,
        long categoryId,
        long districtId,
        long comparisonId,
        long n,
        long x,
        long distinctRaters,
        long verifiedN,
        long answerSum,
        long answerCount,
        long entered) {

    /** The calculator's view: counts only. */
    UnitCounts unit() {
        return new UnitCounts(providerCode, n, x, distinctRaters, answerSum, answerCount);
    }

    /** Category and comparison area: the group a provider is compared within. */
    record Group(long categoryId, long comparisonId) {}

    Group group() {
        return new Group(categoryId, comparisonId);
    }
}
