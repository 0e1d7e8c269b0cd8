package org.survivorvoice.training.effect;

import java.util.ArrayList;
import java.util.List;
import org.survivorvoice.scoring.disclosure.DisclosurePolicy;
import org.survivorvoice.training.effect.GateVerdict.CellName;

/**
 * An effect at published precision (design/SCORING.md, published precision): what the API, the
 * page, the chart and the workbook show, computed once from the exact {@link EffectEstimate}. Cell
 * counts are bands of five ({@code "120-124"}, as a provider's ratings), cell shares go through
 * {@link DisclosurePolicy#cellShare} and are shown only when the gate passes, the effect is the
 * difference in differences of the published shares and, with its interval moved along (the
 * bootstrap's ends keep their distance from the estimate), in whole percentage points, and what the
 * gate misses is said in bands of five ratings or raters (trained providers exactly: they are not
 * survivors).
 *
 * @param cells the four cells in the order of {@link CellName}
 * @param shown whether the gate passed: the shares, effect, interval and statement are published
 * @param effectPoints the effect in whole points, null when not shown
 * @param lowPoints the interval's low end in whole points, null when not shown
 * @param highPoints the interval's high end in whole points, null when not shown
 * @param missing what the gate misses, empty when shown
 * @param statement what the figures mean, in English words (or "not enough ratings yet")
 * @param caveat what they do not mean
 */
public record PublishedEffect(
        List<Cell> cells,
        boolean shown,
        Integer effectPoints,
        Integer lowPoints,
        Integer highPoints,
        List<Missing> missing,
        String statement,
        String caveat) {

    /** The words when the gate fails. */
    public static final String NOT_ENOUGH = "Not enough ratings yet.";

    public PublishedEffect {
        cells = List.copyOf(cells);
        missing = List.copyOf(missing);
    }

    /**
     * One cell as published.
     *
     * @param ratings valid ratings as a band of five, {@code "120-124"}: the count {@link
     *     DisclosurePolicy#cellShare} assumes a reader knows. Rounded to the nearest five instead,
     *     a cell of 11 or 12 ratings would read "10", and with the gate's 11 that leaves two counts
     *     and four pairs (n, x) behind a share ({@code PublishedEffectTest} found it)
     * @param share share satisfied at the steps of {@link DisclosurePolicy#cellShare}; null when
     *     not shown
     */
    public record Cell(CellName name, String ratings, Double share) {}

    /**
     * Something the gate misses.
     *
     * @param what {@code ratings: trained, before}, {@code raters: ...}, or {@code trained
     *     providers}
     * @param amount a band of five ({@code "1-5"}) for ratings and raters, the exact number of
     *     trained providers
     */
    public record Missing(String what, String amount) {}

    /** Whether the interval includes 0: "no evidence of a change". */
    public boolean coversZero() {
        return shown && lowPoints <= 0 && highPoints >= 0;
    }

    /**
     * Publishes the estimate.
     *
     * @param estimate the exact estimate
     * @param minRatings the suppression gate of a cell share
     * @param trainedWords the trained providers in words, plural, e.g. {@code police stations}
     */
    public static PublishedEffect of(EffectEstimate estimate, int minRatings, String trainedWords) {
        boolean shown = estimate.gate().passed();
        List<Cell> cells = new ArrayList<>();
        for (CellName name : CellName.values()) {
            EffectCell c = estimate.cell(name);
            Double share =
                    shown
                            ? DisclosurePolicy.cellShare(c.n(), c.satisfied(), minRatings)
                                    .orElse(null)
                            : null;
            cells.add(new Cell(name, DisclosurePolicy.ratingsBand(c.n()), share));
        }
        String caveat =
                "This is not proof that the training caused the change: other things may have"
                        + " changed for the trained "
                        + trainedWords
                        + " at the same time.";
        if (!shown) {
            return new PublishedEffect(
                    cells, false, null, null, null, missing(estimate.gate()), NOT_ENOUGH, caveat);
        }
        // the effect from the published shares: it then says nothing the shares do not, so the
        // k rule of the shares holds for it too. From the exact shares, whole points would pin a
        // small cell's (n, x) far finer than its share's step (PublishedEffectTest found cells
        // left with one pair). The interval keeps its distance from the point estimate.
        double published =
                (cells.get(1).share() - cells.get(0).share())
                        - (cells.get(3).share() - cells.get(2).share());
        double shift = published - estimate.effect();
        int effect = points(published);
        int low = points(estimate.interval().orElseThrow().low() + shift);
        int high = points(estimate.interval().orElseThrow().high() + shift);
        return new PublishedEffect(
                cells,
                true,
                effect,
                low,
                high,
                List.of(),
                statement(effect, low, high, trainedWords),
                caveat);
    }

    /** A fraction in whole percentage points (half away from zero). */
    static int points(double fraction) {
        double p = fraction * 100;
        return (int) (Math.signum(p) * Math.round(Math.abs(p)));
    }

    /** The statement of a shown effect. */
    static String statement(int effect, int low, int high, String trainedWords) {
        String change =
                effect == 0
                        ? "the same as before"
                        : Math.abs(effect)
                                + (Math.abs(effect) == 1 ? " point " : " points ")
                                + (effect > 0 ? "higher" : "lower")
                                + " than before";
        String words =
                "After the training, survivors rated trained "
                        + trainedWords
                        + " "
                        + change
                        + ", relative to untrained "
                        + trainedWords
                        + "; 90 % interval "
                        + low
                        + " to "
                        + high
                        + " points";
        return low <= 0 && high >= 0 ? words + ": no evidence of a change." : words + ".";
    }

    /** A band of five of a missing count: 1-5, 6-10, ... */
    public static String band(long missing) {
        long low = (missing - 1) / 5 * 5 + 1;
        return low + "-" + (low + 4);
    }

    private static List<Missing> missing(GateVerdict gate) {
        List<Missing> missing = new ArrayList<>();
        for (GateVerdict.Shortfall s : gate.shortfalls()) {
            if (s.missingRatings() > 0) {
                missing.add(new Missing("ratings: " + s.cell().words(), band(s.missingRatings())));
            }
            if (s.missingRaters() > 0) {
                missing.add(new Missing("raters: " + s.cell().words(), band(s.missingRaters())));
            }
        }
        if (gate.missingTrainedProviders() > 0) {
            missing.add(
                    new Missing(
                            "trained providers", Integer.toString(gate.missingTrainedProviders())));
        }
        return missing;
    }
}
