package org.survivorvoice.scoring.method;

import java.util.List;

/**
 * The outcome of running a CUSUM over one provider's ratings.
 *
 * @param alerts alerts in time order
 * @param finalStatistic the CUSUM value after the last observation, to continue from next time
 * @param <K> type of the observation keys
 */
public record CusumResult<K>(List<CusumAlert<K>> alerts, double finalStatistic) {

    /** Keeps the alert list immutable. */
    public CusumResult {
        alerts = List.copyOf(alerts);
    }
}
