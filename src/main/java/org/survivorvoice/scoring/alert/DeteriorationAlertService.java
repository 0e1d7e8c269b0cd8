package org.survivorvoice.scoring.alert;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
public class DeteriorationAlertService {

    /**
     * Ratings younger than this are left for the next update: a rating is stamped before its
     * transaction commits, and one committed after a later rating of the same provider had been
     * processed would fall behind the stored state and never be read.
     */
    static final Duration SETTLE = Duration.ofMinutes(5);

    /** Rows per JDBC batch, so a first run's batch does not grow without bound. */
    private static final int BATCH = 1_000;

    private static final String INSERT_ALERT =
            """
            INSERT INTO score_alert (provider_id, category_id, district_id, period, rating_id,
              fired_at, statistic, threshold, p0, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String INSERT_STATE =
            """
            INSERT INTO score_cusum_state (provider_id, statistic, last_rating_id, last_rated_at,
              created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?)
            """;
    private static final String UPDATE_STATE =
            """
            UPDATE score_cusum_state
            SET statistic = ?, last_rating_id = ?, last_rated_at = ?, updated_at = ?
            WHERE provider_id = ?
            """;

    private final AlertQueries queries;
    private final AgroalDataSource dataSource;
    private final ScoringConfig scoring;
    private final SurvivorVoiceConfig config;
    private final StaffContext staff;
    private final Clock clock;

    public DeteriorationAlertService(
            AlertQueries queries,
            AgroalDataSource dataSource,
            ScoringConfig scoring,
            SurvivorVoiceConfig config,
            StaffContext staff,
            Clock clock) {
        this.queries = queries;
        this.dataSource = dataSource;
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
            store(sequences.alerts, sequences.states, states.keySet(), clock.instant());
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
     * Stores the new alerts and each processed provider's CUSUM state (inserted the first time,
     * updated after) with JDBC batches on the pooled connection, which is enlisted in the update's
     * transaction. A first run over a national programme touches 10,000 providers; row-by-row ORM
     * writes with IDENTITY keys would cost a round trip each.
     *
     * @param stored providers that already had a state row when the update began
     */
    private void store(
            Collection<DeteriorationAlert> alerts,
            Collection<DeteriorationState> states,
            Set<Long> stored,
            Instant now)
            throws SQLException {
        LocalDateTime at = AlertQueries.utc(now);
        try (Connection c = dataSource.getConnection();
                PreparedStatement alert = c.prepareStatement(INSERT_ALERT);
                PreparedStatement insert = c.prepareStatement(INSERT_STATE);
                PreparedStatement update = c.prepareStatement(UPDATE_STATE)) {
            int pending = 0;
            for (DeteriorationAlert a : alerts) {
                int i = 1;
                alert.setLong(i++, a.providerId());
                alert.setLong(i++, a.categoryId());
                alert.setLong(i++, a.districtId());
                alert.setString(i++, a.period().toString());
                alert.setLong(i++, a.ratingId());
                alert.setObject(i++, AlertQueries.utc(a.firedAt()));
                alert.setDouble(i++, a.statistic());
                alert.setDouble(i++, a.threshold());
                alert.setDouble(i++, a.p0());
                alert.setObject(i++, at);
                alert.setObject(i, at);
                alert.addBatch();
                if (++pending % BATCH == 0) {
                    alert.executeBatch();
                }
            }
            alert.executeBatch();
            int inserts = 0;
            int updates = 0;
            for (DeteriorationState s : states) {
                if (stored.contains(s.providerId())) {
                    update.setDouble(1, s.statistic());
                    update.setLong(2, s.lastRatingId());
                    update.setObject(3, AlertQueries.utc(s.lastRatedAt()));
                    update.setObject(4, at);
                    update.setLong(5, s.providerId());
                    update.addBatch();
                    if (++updates % BATCH == 0) {
                        update.executeBatch();
                    }
                } else {
                    insert.setLong(1, s.providerId());
                    insert.setDouble(2, s.statistic());
                    insert.setLong(3, s.lastRatingId());
                    insert.setObject(4, AlertQueries.utc(s.lastRatedAt()));
                    insert.setObject(5, at);
                    insert.setObject(6, at);
                    insert.addBatch();
                    if (++inserts % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
            }
            insert.executeBatch();
            update.executeBatch();
        }
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
     * The alerts of a district fired in a quarter, oldest first, as the alerts list shows them (the
     * interface meeting pack of the quarter). The caller has checked that its viewer may see the
     * district.
     */
    @Transactional
    public List<AlertView> ofQuarter(long districtId, Quarter period) {
        try {
            return queries.ofQuarter(districtId, period, config.timeZone());
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
