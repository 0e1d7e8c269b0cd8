package org.survivorvoice.training.effect;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A training event's effect as every output publishes it ({@code GET
 * /api/v1/trainings/{id}/effect}, the page, the chart, the workbook's Training sheet): no date
 * finer than a quarter, cell counts rounded to five, cell shares as survivor cells, the effect and
 * its interval in whole percentage points, what the gate misses in bands of five.
 *
 * @param event the event
 * @param quarters the comparison's quarters
 * @param cells the four cells: trained before, trained after, untrained before, untrained after
 * @param untrainedProviders untrained providers compared with (a count of providers)
 * @param shown whether the gate passed and the effect is published
 * @param effect the effect in whole percentage points; null when not shown
 * @param interval the 90 % interval in whole points; its ends null when not shown
 * @param missing what the gate misses; empty when shown
 * @param statement what the effect means, or "Not enough ratings yet."
 * @param caveat what it does not mean
 * @param provisional the after quarters have not all ended: ratings may still come in
 */
public record TrainingEffectView(
        Event event,
        Quarters quarters,
        List<Cell> cells,
        long untrainedProviders,
        boolean shown,
        @Schema(nullable = true) Integer effect,
        EffectInterval interval,
        List<PublishedEffect.Missing> missing,
        String statement,
        String caveat,
        boolean provisional) {

    public TrainingEffectView {
        cells = List.copyOf(cells);
        missing = List.copyOf(missing);
    }

    /**
     * The event, its date as a quarter only.
     *
     * @param quarter the quarter it was held in, {@code 2026-Q1}
     * @param categories the trained providers' categories (codes)
     * @param providersTrained attending providers
     * @param staffTrained staff who attended, exact (staff are not survivors)
     */
    public record Event(
            long id,
            String quarter,
            String topic,
            String organiser,
            String pillar,
            List<String> categories,
            int providersTrained,
            long staffTrained) {

        public Event {
            categories = List.copyOf(categories);
        }
    }

    /** The comparison's quarters: the training's own is left out. */
    public record Quarters(String training, List<String> before, List<String> after) {
        public Quarters {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }
    }

    /**
     * A cell as published.
     *
     * @param cell {@code TRAINED_BEFORE}, {@code TRAINED_AFTER}, {@code UNTRAINED_BEFORE} or {@code
     *     UNTRAINED_AFTER}
     * @param ratings valid ratings as a band of five, {@code "120-124"}
     * @param share share satisfied (0 to 1) at a survivor cell's published steps; null when not
     *     shown
     */
    public record Cell(
            String cell,
            boolean trained,
            String phase,
            String ratings,
            @Schema(nullable = true) Double share) {}

    /** The effect's interval in whole percentage points; both ends null when not shown. */
    public record EffectInterval(
            @Schema(nullable = true) Integer low, @Schema(nullable = true) Integer high) {}

    /** The published share of a cell by name, null when not shown. */
    public Double share(GateVerdict.CellName name) {
        return cells.get(name.ordinal()).share();
    }
}
