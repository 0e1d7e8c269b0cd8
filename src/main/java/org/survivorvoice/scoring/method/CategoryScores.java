package org.survivorvoice.scoring.method;

import java.util.List;

/**
 * The scores of one category in one area and window, with the numbers the methods statement prints.
 *
 * @param theta0 target: satisfied share over all valid ratings, suppressed providers included; NaN
 *     when the category has no valid rating at all
 * @param tau2 between-provider variance beyond chance; 0 with fewer than 10 compared providers
 * @param m prior weight of the shrunken score
 * @param comparedUnits providers past the suppression gate (I in the method)
 * @param suppressedUnits providers held back by the suppression gate, counted only
 * @param units the compared providers, ordered by band (as declared in {@link Band}), then by score
 *     from highest, then by provider code; suppressed providers never appear here
 */
public record CategoryScores(
        double theta0,
        double tau2,
        double m,
        int comparedUnits,
        int suppressedUnits,
        List<UnitScore> units) {

    /** Keeps the unit list immutable. */
    public CategoryScores {
        units = List.copyOf(units);
    }
}
