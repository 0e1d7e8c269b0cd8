package org.survivorvoice.scoring.disclosure;

import org.survivorvoice.scoring.method.Band;

/**
 * What every output may say about one provider in one quarter, at its published precision ({@link
 * PublishedPrecision}): JSON numbers, workbook cells and chart points hold exactly these values,
 * never the exact ones.
 *
 * @param ratingsLow the lower end of the ratings band of five ({@code 20} for "20-24")
 * @param band the published band (a band too rare to hide a provider is published as its neighbour
 *     towards WITHIN)
 * @param score the published score, a whole percent as a fraction
 * @param low lower end of the published 90 % interval, a whole percent
 * @param high upper end of the published 90 % interval, a whole percent
 * @param verifiedShare share of verified ratings, rounded to a tenth
 * @param funnelN where a funnel plot draws the provider: the middle of its ratings band
 * @param funnelP the funnel plot's y value: the share its published score implies at funnelN
 * @param candidates how many (n, x) pairs of the ratings band share these figures (at least k)
 */
public record PublishedFigures(
        long ratingsLow,
        Band band,
        double score,
        double low,
        double high,
        double verifiedShare,
        long funnelN,
        double funnelP,
        int candidates) {

    /** The ratings band as published, {@code "20-24"}. */
    public String ratingsBand() {
        return DisclosureGate.countBand(ratingsLow);
    }
}
