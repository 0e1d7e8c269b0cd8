package org.survivorvoice.scoring.disclosure;

/**
 * The answers one provider's valid ratings of a window gave to one dimension (dignity, listened,
 * timeliness, outcome), as counted by a query: a survivor cell of its own, since a rating may
 * answer the overall question and skip the others (an SMS conversation asks only overall and
 * dignity).
 *
 * @param answers ratings that answered the dimension
 * @param raters distinct raters among them
 * @param mean mean answer on the 1-5 scale, or null when nobody answered
 */
public record DimensionAnswers(long answers, long raters, Double mean) {

    /** No answers at all. */
    public static final DimensionAnswers NONE = new DimensionAnswers(0, 0, null);
}
