package org.survivorvoice.training.effect;

/**
 * One of the four cells of a comparison, exact (the calculator's; published only through {@link
 * PublishedEffect}).
 *
 * @param n valid ratings pooled over the cell's providers
 * @param satisfied of them, satisfied
 * @param raters distinct raters over the cell's providers
 */
public record EffectCell(long n, long satisfied, long raters) {

    /** The pooled share satisfied, x / n; NaN for an empty cell. */
    public double share() {
        return n == 0 ? Double.NaN : (double) satisfied / n;
    }
}
