package org.survivorvoice.scoring.alert;

/**
 * Outcome of one update of the deterioration alerts.
 *
 * @param processedRatings valid ratings read past the stored CUSUM states
 * @param newAlerts alerts stored by this update
 * @param millis how long the update took
 */
public record DeteriorationRun(long processedRatings, int newAlerts, long millis) {}
