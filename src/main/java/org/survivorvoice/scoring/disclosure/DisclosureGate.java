package org.survivorvoice.scoring.disclosure;

import java.util.List;
import java.util.OptionalLong;

/**
 * Disclosure control of published counts (design/SCORING.md): per-provider counts only as bands of
 * five, totals rounded to the nearest five, and a total withheld when, together with the listed
 * providers' bands and the number of suppressed providers, it would pin the suppressed providers'
 * ratings down to fewer than {@code minCandidates} possible values (secondary suppression). Pure:
 * takes counts, returns what may be published.
 */
public final class DisclosureGate {

    private static final int BAND = 5;

    private DisclosureGate() {}

    /** The band of five a count falls in, {@code "20-24"}. */
    public static String countBand(long n) {
        long low = n / BAND * BAND;
        return low + "-" + (low + BAND - 1);
    }

    /** The total rounded to the nearest five, halves up. */
    public static long roundTotal(long total) {
        return (total + BAND / 2) / BAND * BAND;
    }

    /**
     * The rounded total of listed and suppressed providers' ratings, or empty when publishing it
     * would narrow the suppressed providers' sum to fewer than {@code minCandidates} values.
     *
     * @param listed exact rating counts of the providers listed with a band
     * @param suppressed exact rating counts of the suppressed providers (each at least 1 and below
     *     {@code minRatings}); only their number is published
     * @param minRatings the suppression gate: suppressed providers have fewer ratings than this
     */
    public static OptionalLong total(
            List<Long> listed, List<Long> suppressed, int minRatings, int minCandidates) {
        long exact = sum(listed) + sum(suppressed);
        long published = roundTotal(exact);
        if (suppressed.isEmpty()) {
            return OptionalLong.of(published);
        }
        long[] range = suppressedRange(published, listed, suppressed.size(), minRatings);
        long candidates = range[1] - range[0] + 1;
        return candidates >= minCandidates ? OptionalLong.of(published) : OptionalLong.empty();
    }

    /**
     * What an observer can infer about the suppressed providers' summed ratings from the published
     * total, the listed providers' bands and the number of suppressed providers: {@code [low,
     * high]}, inclusive.
     */
    public static long[] suppressedRange(
            long publishedTotal, List<Long> listed, int suppressedUnits, int minRatings) {
        long listedLow = 0;
        long listedHigh = 0;
        for (long n : listed) {
            long bandLow = n / BAND * BAND;
            listedLow += bandLow;
            listedHigh += bandLow + BAND - 1;
        }
        // the exact total lies within +-2 of its rounding to the nearest five
        long low = Math.max(publishedTotal - 2 - listedHigh, suppressedUnits);
        long high =
                Math.min(publishedTotal + 2 - listedLow, (long) suppressedUnits * (minRatings - 1));
        return new long[] {low, high};
    }

    private static long sum(List<Long> counts) {
        long total = 0;
        for (long n : counts) {
            total += n;
        }
        return total;
    }
}
