package org.survivorvoice.scoring.method;

/** How a provider's band was decided, for the methods statement printed with every band. */
public enum BandMethod {
    /** Too few ratings to classify: the band is INSUFFICIENT_DATA. */
    NOT_CLASSIFIED,

    /**
     * Exact binomial tails, used when tau2 = 0 and the provider has fewer than 100 ratings, where
     * the normal approximation is poor for proportions near 0 or 1.
     */
    EXACT_BINOMIAL,

    /** zD against the normal limits, the funnel widened by tau2. */
    NORMAL_APPROXIMATION
}
