package org.survivorvoice.training.effect;

import java.util.List;

/**
 * Whether an effect may be shown, and what is missing when not.
 *
 * @param passed every cell has enough ratings from enough raters and enough trained providers pass
 * @param shortfalls the cells short of ratings or raters, in the order trained before, trained
 *     after, untrained before, untrained after (exact here; published as bands of five)
 * @param qualifyingTrained trained providers with enough ratings from enough raters over the four
 *     quarters
 * @param missingTrainedProviders how many more such trained providers the gate needs (exact: a
 *     count of providers is not a survivor figure)
 */
public record GateVerdict(
        boolean passed,
        List<Shortfall> shortfalls,
        int qualifyingTrained,
        int missingTrainedProviders) {

    public GateVerdict {
        shortfalls = List.copyOf(shortfalls);
    }

    /** A cell short of the gate: ratings and distinct raters still missing (0 when enough). */
    public record Shortfall(CellName cell, long missingRatings, long missingRaters) {}

    /** The four cells. */
    public enum CellName {
        TRAINED_BEFORE("trained, before"),
        TRAINED_AFTER("trained, after"),
        UNTRAINED_BEFORE("untrained, before"),
        UNTRAINED_AFTER("untrained, after");

        private final String words;

        CellName(String words) {
            this.words = words;
        }

        /** The cell in English words. */
        public String words() {
            return words;
        }
    }
}
