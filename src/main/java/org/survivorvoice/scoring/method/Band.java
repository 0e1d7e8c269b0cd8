package org.survivorvoice.scoring.method;

/**
 * Where a provider stands against the funnel limits of its category (design/SCORING.md, Bands). The
 * constants are declared from worst to best, then INSUFFICIENT_DATA, so that their order is the
 * order of the evidence and never a rank.
 */
public enum Band {
    /**
     * Below the 99.8 % limit ({@code zD < -3.09}); flagged for review, named only after
     * verification.
     */
    SIGNIFICANTLY_BELOW,

    /**
     * Between the 99.8 % and 95 % limits below ({@code -3.09 <= zD < -1.96}); internal alert only.
     */
    BELOW,

    /** Inside the 95 % limits ({@code |zD| <= 1.96}): indistinguishable from the category. */
    WITHIN,

    /** Between the 95 % and 99.8 % limits above ({@code 1.96 < zD <= 3.09}). */
    ABOVE,

    /**
     * Above the 99.8 % limit ({@code zD > 3.09}); flagged for review, named only after
     * verification.
     */
    SIGNIFICANTLY_ABOVE,

    /** Past suppression but with fewer than 20 valid ratings: a shrunken score, no verdict. */
    INSUFFICIENT_DATA
}
