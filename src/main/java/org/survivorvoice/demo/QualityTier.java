package org.survivorvoice.demo;

/**
 * How a demo provider's latent satisfaction relates to its category, so that the scoring gates and
 * bands have something to find.
 */
public enum QualityTier {
    /** Around the category mean, with ordinary spread. */
    TYPICAL,
    /** Clearly better than peers: a candidate for named good practice. */
    BETTER,
    /** Clearly worse than peers: a candidate for a named laggard. */
    WORSE,
    /** Typical until the latest complete quarter, then much worse: feeds the CUSUM alert. */
    DETERIORATING
}
