package org.survivorvoice.reports.data;

import java.util.List;
import org.survivorvoice.training.effect.TrainingEffectView;

/**
 * The Training sheet: every training event whose two after quarters ended within the last eight
 * quarters up to the reported one (officials: events with an attending provider in their district),
 * with its effect at published precision: the quarter it was held in (never a finer date), topic,
 * pillar, providers and staff trained (exact: neither is a survivor count), the four cells' shares
 * or "not shown" below the gate, the effect and its interval in whole points and the words; or "not
 * enough ratings yet" with what is missing.
 *
 * @param events oldest first
 * @param firstQuarter the oldest quarter in which an event's after quarters may have ended
 * @param minRatings the fewest ratings, from as many distinct raters, in every cell of a shown
 *     effect (the suppression gate)
 * @param minTrainedProviders the fewest trained providers that pass that gate themselves
 */
public record TrainingSheet(
        List<TrainingEffectView> events,
        String firstQuarter,
        int minRatings,
        int minTrainedProviders) {

    public TrainingSheet {
        events = List.copyOf(events);
    }
}
