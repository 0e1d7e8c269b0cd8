package org.survivorvoice.training.effect;

import java.util.HashSet;
import java.util.Set;

/**
 * One provider of an effect comparison: trained (its staff attended the event) or untrained (same
 * categories and comparison area, no training by the end of the after phase), with its valid
 * ratings before and after.
 *
 * @param providerId the provider's id (to order and to tell providers apart; never published)
 */
public record ProviderRatings(
        long providerId, boolean trained, PhaseRatings before, PhaseRatings after) {

    /** Ratings over the four quarters. */
    long n() {
        return before.n() + after.n();
    }

    /** Distinct raters over the four quarters. */
    long raters() {
        Set<String> all = new HashSet<>(before.raters());
        all.addAll(after.raters());
        return all.size();
    }

    PhaseRatings phase(Phase phase) {
        return phase == Phase.BEFORE ? before : after;
    }
}
