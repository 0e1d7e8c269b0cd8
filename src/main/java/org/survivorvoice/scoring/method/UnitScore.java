package org.survivorvoice.scoring.method;

/**
 * The published result for one provider past the suppression gate. Scores and interval ends are
 * fractions between 0 and 1; pages show them as whole percents.
 *
 * @param providerCode the provider's public code
 * @param n valid ratings
 * @param x satisfied ratings
 * @param p raw share satisfied, x / n
 * @param zD standardised deviation from theta0, widened by tau2; also given for INSUFFICIENT_DATA
 *     providers so that funnel plots can draw them. 0 when the category has no variance at all
 *     (theta0 of 0 or 1 with tau2 = 0): every provider then has p = theta0 exactly.
 * @param score shrunken score (x + m theta0) / (n + m)
 * @param interval 5 % to 95 % Beta interval around the score
 * @param band band against the funnel limits
 * @param method how the band was decided
 * @param secondaryScore mean of the answered dimensions on 0-100, {@code (mean - 1) / 4 * 100}; NaN
 *     when no dimension was answered
 */
public record UnitScore(
        String providerCode,
        long n,
        long x,
        double p,
        double zD,
        double score,
        ScoreInterval interval,
        Band band,
        BandMethod method,
        double secondaryScore) {}
