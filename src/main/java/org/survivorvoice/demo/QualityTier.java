package org.survivorvoice.demo;

/**
 * How a demo provider's latent satisfaction relates to its category, so that the scoring gates and
 * bands have something to find.
 */
public enum QualityTier {
    /** Around the category mean, with ordinary spread. */
    TYPICAL,
    /** Clearly better than peers: usually in the ABOVE band, now and then significantly so. */
    BETTER,
    /** Clearly worse than peers: usually in the BELOW band, often significantly so. */
    WORSE,
    /** Typical until the latest complete quarter, then much worse: feeds the CUSUM alert. */
    DETERIORATING,
    /**
     * Far better than peers all along and busy: significantly above in two windows running, so that
     * a field review can name it good practice.
     */
    EXEMPLARY,
    /**
     * Far worse than peers all along and busy: significantly below in two windows running, so that
     * a field review can name it a laggard.
     */
    FAILING
}
