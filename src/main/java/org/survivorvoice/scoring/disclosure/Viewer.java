package org.survivorvoice.scoring.disclosure;

/** Who reads an output, which decides what {@link DisclosurePolicy} lets it show. */
public enum Viewer {
    /** Every district and quarter, every band and name; may ask for exact figures (audited). */
    ADMIN,
    /** Her own district, released quarters, every band there including internal alerts. */
    OFFICIAL,
    /**
     * Every district, released quarters, no free text; a flagged provider only as under review
     * until the confirmation rule names it.
     */
    FUNDER;

    /** Whether flagged providers are shown with their band and name before they are named. */
    public boolean seesFlags() {
        return this != FUNDER;
    }
}
