package org.survivorvoice.area;

/** Levels of the administrative hierarchy, top down. */
public enum AreaLevel {
    /** A state programme, e.g. West Bengal. */
    STATE,
    /** A district; officials are bound to one. */
    DISTRICT,
    /** A community development block. */
    BLOCK,
    /** A gram panchayat. */
    GRAM_PANCHAYAT;

    /** The level a parent of this level must have, or null for the top. */
    public AreaLevel parentLevel() {
        return this == STATE ? null : values()[ordinal() - 1];
    }
}
