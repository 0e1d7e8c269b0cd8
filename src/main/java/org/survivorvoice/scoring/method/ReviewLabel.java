package org.survivorvoice.scoring.method;

/** What a field verification confirms about a flagged provider. */
public enum ReviewLabel {
    /** Significantly below its peers: named a laggard once confirmed. */
    LAGGARD,
    /** Significantly above its peers: named good practice once confirmed. */
    GOOD_PRACTICE;

    /** The band a provider must be in this window to be named with this label. */
    public Band requiredBand() {
        return this == LAGGARD ? Band.SIGNIFICANTLY_BELOW : Band.SIGNIFICANTLY_ABOVE;
    }
}
