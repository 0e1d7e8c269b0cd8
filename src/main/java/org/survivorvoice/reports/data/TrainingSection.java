package org.survivorvoice.reports.data;

import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.training.effect.TrainingEffectConfig;
import org.survivorvoice.training.effect.TrainingEffectService;

/**
 * The Training sheet of one edition: the effects of the events whose after quarters ended in the
 * edition's last {@value TrainingEffectService#SHEET_QUARTERS} quarters, published by {@link
 * TrainingEffectService} (the same figures as {@code GET /api/v1/trainings/{id}/effect}); an
 * official's edition keeps the events with an attending provider in her district.
 */
final class TrainingSection {

    private final Edition edition;
    private final TrainingEffectService effects;
    private final TrainingEffectConfig config;

    TrainingSection(Edition edition, TrainingEffectService effects, TrainingEffectConfig config) {
        this.edition = edition;
        this.effects = effects;
        this.config = config;
    }

    TrainingSheet training() {
        Quarter first = edition.period;
        for (int i = 1; i < TrainingEffectService.SHEET_QUARTERS; i++) {
            first = first.previous();
        }
        return new TrainingSheet(
                effects.endedIn(edition.period, edition.district),
                first.toString(),
                edition.minCell,
                config.minTrainedProviders());
    }
}
