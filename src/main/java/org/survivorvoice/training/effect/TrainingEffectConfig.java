package org.survivorvoice.training.effect;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings of the training effect under {@code survivor-voice.trainings.*}; its suppression gate
 * per cell is the scoring's ({@code survivor-voice.scoring.min-ratings} and {@code
 * min-distinct-raters}).
 */
@ConfigMapping(prefix = "survivor-voice.trainings")
public interface TrainingEffectConfig {

    /** Replicates of the cluster bootstrap behind the effect's interval. */
    @WithDefault("2000")
    int bootstrapReplicates();

    /** Fewest trained providers that must each pass the suppression gate over the four quarters. */
    @WithDefault("3")
    int minTrainedProviders();

    /** Coverage of the effect's percentile interval. */
    @WithDefault("0.90")
    double intervalLevel();
}
