package org.survivorvoice.training.effect;

import java.util.Optional;

/**
 * The exact result of an effect comparison: never published as it is (see {@link PublishedEffect}).
 *
 * @param trainedBefore trained providers, quarters
 * @param trainedAfter trained providers, quarters Q+1 and Q+2
 * @param untrainedBefore untrained providers, before
 * @param untrainedAfter untrained providers, after
 * @param effect {@code (p_TA - p_TB) - (p_UA - p_UB)} as a fraction (0.09 is 9 points); NaN when a
 *     cell is empty
 * @param interval the bootstrap percentile interval as fractions; empty when the gate failed
 * @param gate the gate's verdict
 */
public record EffectEstimate(
        EffectCell trainedBefore,
        EffectCell trainedAfter,
        EffectCell untrainedBefore,
        EffectCell untrainedAfter,
        double effect,
        Optional<Interval> interval,
        GateVerdict gate) {

    /** A percentile interval of the effect, as fractions. */
    public record Interval(double low, double high) {}

    /** The cell by name. */
    public EffectCell cell(GateVerdict.CellName name) {
        return switch (name) {
            case TRAINED_BEFORE -> trainedBefore;
            case TRAINED_AFTER -> trainedAfter;
            case UNTRAINED_BEFORE -> untrainedBefore;
            case UNTRAINED_AFTER -> untrainedAfter;
        };
    }
}
