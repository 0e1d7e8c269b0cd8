package org.survivorvoice.scoring.alert;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.survivorvoice.common.config.SurvivorVoiceConfig;
import org.survivorvoice.common.persistence.PageRequest;
import org.survivorvoice.common.persistence.PageResult;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.scoring.ScoringConfig;
import org.survivorvoice.scoring.method.ScoringParameters;
import org.survivorvoice.security.StaffContext;

/**
 * Deterioration alerts (design/SCORING.md): a Bernoulli CUSUM on dissatisfaction per provider, run
 * incrementally over the valid ratings given since the last update, in time order. Internal only:
 * officials of the district and admins see the alerts, funders never do.
 *
 * <p>One update reads the stored states (locked, so two updates never process a rating twice), the
 * quarters of the new ratings, the valid-rating counts of those quarters' windows in one aggregate
 * query (behind p0 and the thresholds), and the new ratings in one ordered, streamed query; it runs
 * the pure {@link DeteriorationMonitor} per provider and stores the alerts and the new states in
 * batches, all in one transaction. Running it again without new ratings stores nothing.
 *
 * <p>The CUSUM only moves forward: a rating entered with a time before its provider's stored state
 * (a paper form typed in weeks later) is not read, and a consent withdrawn after her ratings were
 * processed removes them from later p0 counts but does not undo an alert already stored.
 */
@ApplicationScoped
public class DeteriorationAlerts {

    /**
     * Ratings younger than this are left for the next update: a rating is stamped before its
     * transaction commits, and one committed after a later rating of the same provider had been
     * processed would fall behind the stored state and never be read.
     */
    static final Duration SETTLE = Duration.ofMinutes(5);

    private final AlertQueries queries;
    private final AlertStore store;
    private final ScoringConfig scoring;
    private final SurvivorVoiceConfig config;
    private final StaffContext staff;
    private final Clock clock;

    public DeteriorationAlerts(
            AlertQueries queries,
            AlertStore store,
            ScoringConfig scoring,
            SurvivorVoiceConfig config,
            StaffContext staff,
            Clock clock) {
        this.queries = queries;
        this.store = store;
        this.scoring = scoring;
        this.config = config;
        this.staff = staff;
        this.clock = clock;
    }

    /** Processes the ratings given since the last update and stores the alerts they raise. */
    @Transactional
    public DeteriorationRun update() {
        long started = System.nanoTime();
        ScoringParameters params = scoring.parameters();
        Instant cutoff = clock.instant().minus(SETTLE);
        try {
            Map<Long, DeteriorationState> states = queries.lockStates();
            List<Quarter> pending = queries.pendingPeriods(cutoff, scoring.verifiedOnly());
            if (pending.isEmpty()) {
                return finished(started, 0, 0, 0);
            }
            DeteriorationBaselines baselines =
                    DeteriorationBaselines.of(
                            queries.counts(
                                    DeteriorationBaselines.periodsFor(
                                            pending, scoring.windowQuarters()),
                                    params.dissatisfiedMaxOverall(),
                                    scoring.verifiedOnly()),
                            scoring.windowQuarters());
            ProviderSequences sequences =
                    new ProviderSequences(new DeteriorationMonitor(baselines, params), states);
            long processed = queries.streamPending(cutoff, scoring.verifiedOnly(), sequences);
            sequences.finish();
            store.write(sequences.alerts, sequences.states, states.keySet(), clock.instant());
            return finished(started, processed, sequences.states.size(), sequences.alerts.size());
        } catch (SQLException e) {
            throw new IllegalStateException("Deterioration alerts could not be updated", e);
        }
    }

    private static DeteriorationRun finished(
            long started, long ratings, int providers, int alerts) {
        long millis = (System.nanoTime() - started) / 1_000_000;
        Log.infof(
                "Deterioration alerts updated: %d ratings of %d providers processed, %d new"
                        + " alerts, in %d ms",
                ratings, providers, alerts, millis);
        return new DeteriorationRun(ratings, alerts, millis);
    }

    /**
     * A page of alerts, newest first: an official sees her own district (403 for another), an admin
     * the district asked for or all.
     */
    @Transactional
    public PageResult<AlertView> list(Long districtId, PageRequest page) {
        Optional<Long> district = staff.listDistrict(districtId);
        try {
            return queries.page(district, page, config.timeZone());
        } catch (SQLException e) {
            throw new IllegalStateException("Deterioration alerts could not be read", e);
        }
    }

    /**
     * Collects the streamed ratings of one provider at a time (they arrive grouped by provider) and
     * runs each provider's CUSUM when its ratings are complete.
     */
    private static final class ProviderSequences implements Consumer<DeteriorationRating> {

        private final DeteriorationMonitor monitor;
        private final Map<Long, DeteriorationState> stored;
        private final List<DeteriorationRating> current = new ArrayList<>();
        private final List<DeteriorationAlert> alerts = new ArrayList<>();
        private final List<DeteriorationState> states = new ArrayList<>();

        ProviderSequences(DeteriorationMonitor monitor, Map<Long, DeteriorationState> stored) {
            this.monitor = monitor;
            this.stored = stored;
        }

        @Override
        public void accept(DeteriorationRating rating) {
            if (!current.isEmpty() && current.get(0).providerId() != rating.providerId()) {
                finish();
            }
            current.add(rating);
        }

        void finish() {
            if (current.isEmpty()) {
                return;
            }
            DeteriorationMonitor.Outcome outcome =
                    monitor.process(stored.get(current.get(0).providerId()), current);
            alerts.addAll(outcome.alerts());
            states.add(outcome.state());
            current.clear();
        }
    }
}
