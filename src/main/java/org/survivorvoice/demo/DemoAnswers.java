package org.survivorvoice.demo;

/**
 * Answers of a demo rating on the 1-5 scale; null where the survivor skipped the question.
 *
 * @param overall overall satisfaction
 * @param dignity treated with dignity
 * @param listened listened and explained options
 * @param timeliness timeliness
 * @param outcome got what was needed
 * @param moneyAsked whether money or a favour was asked
 */
public record DemoAnswers(
        Integer overall,
        Integer dignity,
        Integer listened,
        Integer timeliness,
        Integer outcome,
        Boolean moneyAsked) {

    /** Whether the rating counts as satisfied (overall 4 or 5). */
    public boolean satisfied() {
        return overall != null && overall >= 4;
    }
}
