package org.survivorvoice.scoring;

import java.util.OptionalInt;
import org.survivorvoice.common.time.Quarter;

/**
 * How a district's services did in a released quarter, as it may be told to survivors: the share of
 * its valid ratings over the quarter's scoring window that were satisfied, as a published whole
 * percent, or empty when the suppression gate withholds it. Never the counts themselves.
 */
public record DistrictSatisfaction(long districtId, Quarter period, OptionalInt percent) {

    /** Whether the share may not be told (too few ratings, or the quarter is not released). */
    public boolean withheld() {
        return percent.isEmpty();
    }
}
