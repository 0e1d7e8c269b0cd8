package org.survivorvoice.scoring.alert;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Set;

/**
 * Writes the outcome of a deterioration update with JDBC batches inside the caller's transaction:
 * the new alerts and each processed provider's CUSUM state (inserted the first time, updated
 * after). A first run over a national programme touches 10,000 providers; row-by-row ORM writes
 * with IDENTITY keys would cost a round trip each.
 */
@ApplicationScoped
public class AlertStore {

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

    private final AgroalDataSource dataSource;

    public AlertStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Stores the alerts and the states.
     *
     * @param stored providers that already had a state row when the update began
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void write(
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
}
