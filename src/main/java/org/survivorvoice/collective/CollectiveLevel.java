package org.survivorvoice.collective;

import java.util.Set;
import org.survivorvoice.area.AreaLevel;

/** The area level a collective works at, bottom up. */
public enum CollectiveLevel {
    /** A site: one gram panchayat or block. Its parent is a district collective. */
    SITE,
    /** A district. Its parent is a regional or a state collective. */
    DISTRICT,
    /** A region of a state (its area is the state). Its parent is a state collective. */
    REGIONAL,
    /** A state. It has no parent. */
    STATE;

    /** The levels a parent of this level may have; empty for the top. */
    public Set<CollectiveLevel> parentLevels() {
        return switch (this) {
            case SITE -> Set.of(DISTRICT);
            case DISTRICT -> Set.of(REGIONAL, STATE);
            case REGIONAL -> Set.of(STATE);
            case STATE -> Set.of();
        };
    }

    /** The levels of the area a collective of this level names. */
    public Set<AreaLevel> areaLevels() {
        return switch (this) {
            case SITE -> Set.of(AreaLevel.BLOCK, AreaLevel.GRAM_PANCHAYAT);
            case DISTRICT -> Set.of(AreaLevel.DISTRICT);
            case REGIONAL, STATE -> Set.of(AreaLevel.STATE);
        };
    }

    /** Whether a collective of this level lies within one district. */
    public boolean withinDistrict() {
        return this == SITE || this == DISTRICT;
    }
}
