package org.survivorvoice.scoring.alert;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.survivorvoice.common.persistence.PageRequest;
import org.survivorvoice.common.persistence.PageResult;
import org.survivorvoice.common.time.Quarter;

/**
 * SQL of the deterioration alerts, in the caller's transaction: the stored CUSUM states, the
 * valid-rating counts behind p0, the new ratings as a stream of projections and the alerts list.
 * Valid ratings have an overall answer, are not from a survivor who withdrew reporting consent
 * (SAFETY D4) and are verified when only verified ratings count; new ones were given by the
 * cut-off. Timestamps are stored as UTC wall-clock times, as Hibernate writes them.
 */
@ApplicationScoped
public class AlertQueries {

    /**
     * The valid ratings after each provider's stored state. Driven from the provider table so that
     * each provider's ratings are found through the (provider_id, rated_at) index from its stored
     * time on: an update with little new reads little, not the whole rating table.
     */
    private static final String PENDING_FROM =
            """
            FROM provider p
            LEFT JOIN score_cusum_state st ON st.provider_id = p.id
            JOIN rating r ON r.provider_id = p.id
             AND r.rated_at >= COALESCE(st.last_rated_at, CAST('1000-01-01' AS DATETIME))
            LEFT JOIN survivor s ON s.id = r.survivor_id
            WHERE r.overall IS NOT NULL
              AND (s.id IS NULL OR s.consent_reporting = TRUE)
              AND r.rated_at <= ?
              AND (st.id IS NULL OR r.rated_at > st.last_rated_at
                   OR (r.rated_at = st.last_rated_at AND r.id > st.last_rating_id))
            """;

    /**
     * Valid-rating counts per provider and quarter, aggregated from the rating table alone through
     * the (period, provider_id, overall, survivor_id) index before the providers are joined.
     */
    private static final String COUNTS =
            """
            SELECT c.provider_id, p.category_id, p.district_id, COALESCE(d.parent_id, d.id),
                   c.period, c.ratings, c.dissatisfied
            FROM (SELECT r.provider_id, r.period, COUNT(*) AS ratings,
                         SUM(CASE WHEN r.overall <= ? THEN 1 ELSE 0 END) AS dissatisfied
                  FROM rating r
                  LEFT JOIN survivor s ON s.id = r.survivor_id
                  WHERE r.period IN (%s)
                    AND r.overall IS NOT NULL
                    AND (s.id IS NULL OR s.consent_reporting = TRUE)%s
                  GROUP BY r.provider_id, r.period) c
            JOIN provider p ON p.id = c.provider_id
            JOIN area d ON d.id = p.district_id
            """;

    private static final String VERIFIED_ONLY = " AND r.verified = TRUE";

    private static final String ALERTS =
            """
            SELECT p.code, p.name, c.code, a.district_id, a.period, a.fired_at, a.statistic,
                   a.threshold
            FROM score_alert a
            JOIN provider p ON p.id = a.provider_id
            JOIN provider_category c ON c.id = a.category_id
            """;

    private final AgroalDataSource dataSource;

    public AlertQueries(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The stored CUSUM states by provider id, locked until the transaction ends: a second update
     * waits here for the first to commit and then continues from the states it stored. (While the
     * table is still empty there is no row to wait on; two first updates at once then both run, and
     * the unique keys fail the later one rather than let it store an alert twice.)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<Long, DeteriorationState> lockStates() throws SQLException {
        Map<Long, DeteriorationState> states = new HashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                "SELECT provider_id, statistic, last_rating_id, last_rated_at"
                                        + " FROM score_cusum_state FOR UPDATE");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long providerId = rs.getLong(1);
                states.put(
                        providerId,
                        new DeteriorationState(
                                providerId, rs.getDouble(2), rs.getLong(3), instant(rs, 4)));
            }
        }
        return states;
    }

    /** The quarters that hold valid ratings after the stored states. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Quarter> pendingPeriods(Instant cutoff, boolean verifiedOnly) throws SQLException {
        List<Quarter> periods = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                "SELECT DISTINCT r.period "
                                        + PENDING_FROM
                                        + (verifiedOnly ? VERIFIED_ONLY : ""))) {
            s.setObject(1, utc(cutoff));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    periods.add(Quarter.parse(rs.getString(1)));
                }
            }
        }
        return periods;
    }

    /**
     * Valid-rating counts per provider in the quarters, with each provider's placement. Not cut off
     * in time: p0 may count a rating given in the last minutes before the update processes it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<DeteriorationBaselines.Counts> counts(
            Collection<Quarter> periods, int dissatisfiedMaxOverall, boolean verifiedOnly)
            throws SQLException {
        List<DeteriorationBaselines.Counts> counts = new ArrayList<>();
        if (periods.isEmpty()) {
            return counts;
        }
        String sql =
                COUNTS.formatted(
                        String.join(", ", Collections.nCopies(periods.size(), "?")),
                        verifiedOnly ? VERIFIED_ONLY : "");
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            int i = 1;
            s.setInt(i++, dissatisfiedMaxOverall);
            for (Quarter period : periods) {
                s.setString(i++, period.toString());
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    counts.add(
                            new DeteriorationBaselines.Counts(
                                    rs.getLong(1),
                                    rs.getLong(2),
                                    rs.getLong(3),
                                    rs.getLong(4),
                                    Quarter.parse(rs.getString(5)),
                                    rs.getLong(6),
                                    rs.getLong(7)));
                }
            }
        }
        return counts;
    }

    /**
     * Streams the valid ratings after each provider's stored state, by provider and then in (rated
     * at, id) order, without holding them in memory; returns how many there were. The consumer must
     * not use the database: the connection is busy with the stream until it ends.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long streamPending(
            Instant cutoff, boolean verifiedOnly, Consumer<DeteriorationRating> consumer)
            throws SQLException {
        long read = 0;
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                "SELECT r.id, r.provider_id, r.rated_at, r.period, r.overall "
                                        + PENDING_FROM
                                        + (verifiedOnly ? VERIFIED_ONLY : "")
                                        + " ORDER BY r.provider_id, r.rated_at, r.id",
                                ResultSet.TYPE_FORWARD_ONLY,
                                ResultSet.CONCUR_READ_ONLY)) {
            // Connector/J streams row by row only with this fetch size; any other buffers the
            // whole result, which for a first run over a million ratings is the whole table
            s.setFetchSize(Integer.MIN_VALUE);
            s.setObject(1, utc(cutoff));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(
                            new DeteriorationRating(
                                    rs.getLong(1),
                                    rs.getLong(2),
                                    instant(rs, 3),
                                    Quarter.parse(rs.getString(4)),
                                    rs.getInt(5)));
                    read++;
                }
            }
        }
        return read;
    }

    /** A page of alerts, newest first, of one district or of all. */
    @Transactional(Transactional.TxType.MANDATORY)
    public PageResult<AlertView> page(Optional<Long> district, PageRequest page, ZoneId zone)
            throws SQLException {
        String where = district.isPresent() ? " WHERE a.district_id = ?" : "";
        List<AlertView> items = new ArrayList<>();
        long total;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s =
                    c.prepareStatement(
                            ALERTS
                                    + where
                                    + " ORDER BY a.fired_at DESC, a.id DESC LIMIT ? OFFSET ?")) {
                int i = 1;
                if (district.isPresent()) {
                    s.setLong(i++, district.get());
                }
                s.setInt(i++, page.size());
                s.setLong(i, page.offset());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        items.add(view(rs, zone));
                    }
                }
            }
            try (PreparedStatement s =
                    c.prepareStatement("SELECT COUNT(*) FROM score_alert a" + where)) {
                if (district.isPresent()) {
                    s.setLong(1, district.get());
                }
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
        }
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** The alerts of one district fired in one quarter, oldest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<AlertView> ofQuarter(long district, Quarter period, ZoneId zone)
            throws SQLException {
        List<AlertView> items = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                ALERTS
                                        + " WHERE a.district_id = ? AND a.period = ?"
                                        + " ORDER BY a.fired_at, a.id")) {
            s.setLong(1, district);
            s.setString(2, period.toString());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    items.add(view(rs, zone));
                }
            }
        }
        return items;
    }

    private static AlertView view(ResultSet rs, ZoneId zone) throws SQLException {
        return new AlertView(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getLong(4),
                rs.getString(5),
                instant(rs, 6).atZone(zone).toLocalDate(),
                // two decimals say how far past the threshold it went; full precision together
                // with p0 would let a reader work back to the sequence of dissatisfied ratings
                Math.round(rs.getDouble(7) * 100) / 100.0,
                rs.getDouble(8));
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }
}
