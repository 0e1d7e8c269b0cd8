package org.survivorvoice.scoring;

import org.survivorvoice.scoring.method.Band;

/** A provider's score and band in one period of its trend. */
public record TrendPoint(
        String period,
        String ratingsBand,
        double score,
        ProviderScoreView.Interval interval,
        Band band) {}
