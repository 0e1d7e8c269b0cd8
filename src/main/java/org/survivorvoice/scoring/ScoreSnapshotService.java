package org.survivorvoice.scoring;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.scoring.disclosure.PublishedFigures;
import org.survivorvoice.scoring.disclosure.PublishedRelease;
import org.survivorvoice.scoring.method.CategoryScores;
import org.survivorvoice.scoring.method.ScoreCalculator;
import org.survivorvoice.scoring.method.ScoringParameters;
import org.survivorvoice.scoring.method.UnitScore;

/**
 * Writes a period's snapshots with JDBC batches inside the caller's transaction (the pooled
 * connection is enlisted in it), replacing what an earlier run of the same period stored. At 10,000
 * providers a row-by-row ORM insert with IDENTITY keys would cost one round trip each.
 */
@ApplicationScoped
public class ScoreSnapshotService {

    private static final String INSERT_SNAPSHOT =
            """
            INSERT INTO score_snapshot (provider_id, category_id, district_id, comparison_id,
              period, window_from, n, x, verified_n, p, z_d, score, interval_low, interval_high,
              band, band_method, secondary_score, frozen, computed_at, created_at, updated_at,
              entered, published_ratings_low, published_band, published_score, published_low,
              published_high, published_verified_share, published_funnel_n, published_funnel_p,
              published_candidates, published_since, entered_since_change)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String INSERT_METHOD =
            """
            INSERT INTO score_method (category_id, comparison_id, period, theta0, tau2, m,
              compared_units, suppressed_units, frozen, computed_at, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String INSERT_SUPPRESSION =
            """
            INSERT INTO score_suppression (category_id, district_id, period, suppressed_units,
              created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
            """;

    private final AgroalDataSource dataSource;

    public ScoreSnapshotService(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Whether the period is stored frozen. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean isFrozen(Quarter period) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                "SELECT 1 FROM score_method WHERE period = ? AND frozen LIMIT 1")) {
            s.setString(1, period.toString());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Score state could not be read", e);
        }
    }

    /** Replaces the period's rows; returns how many provider snapshots were stored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int replace(
            Quarter period,
            Quarter windowFrom,
            List<ScoringService.ScoredGroup> groups,
            boolean frozen,
            Instant now,
            ScoringParameters params)
            throws SQLException {
        Timestamp at = Timestamp.from(now);
        String periodText = period.toString();
        int stored = 0;
        try (Connection c = dataSource.getConnection()) {
            for (String table : List.of("score_snapshot", "score_method", "score_suppression")) {
                try (PreparedStatement d =
                        c.prepareStatement("DELETE FROM " + table + " WHERE period = ?")) {
                    d.setString(1, periodText);
                    d.executeUpdate();
                }
            }
            try (PreparedStatement snap = c.prepareStatement(INSERT_SNAPSHOT);
                    PreparedStatement method = c.prepareStatement(INSERT_METHOD);
                    PreparedStatement supp = c.prepareStatement(INSERT_SUPPRESSION)) {
                for (ScoringService.ScoredGroup g : groups) {
                    Map<String, ProviderCounts> byCode = new HashMap<>();
                    Map<Long, Integer> suppressedByDistrict = new HashMap<>();
                    for (ProviderCounts pc : g.counts()) {
                        byCode.put(pc.providerCode(), pc);
                        if (ScoreCalculator.isSuppressed(pc.unit(), params)) {
                            suppressedByDistrict.merge(pc.districtId(), 1, Integer::sum);
                        }
                    }
                    for (UnitScore u : g.scores().units()) {
                        ProviderCounts pc = byCode.get(u.providerCode());
                        int i = 1;
                        snap.setLong(i++, pc.providerId());
                        snap.setLong(i++, pc.categoryId());
                        snap.setLong(i++, pc.districtId());
                        snap.setLong(i++, pc.comparisonId());
                        snap.setString(i++, periodText);
                        snap.setString(i++, windowFrom.toString());
                        snap.setLong(i++, u.n());
                        snap.setLong(i++, u.x());
                        snap.setLong(i++, pc.verifiedN());
                        snap.setDouble(i++, u.p());
                        snap.setDouble(i++, u.zD());
                        snap.setDouble(i++, u.score());
                        snap.setDouble(i++, u.interval().low());
                        snap.setDouble(i++, u.interval().high());
                        snap.setString(i++, u.band().name());
                        snap.setString(i++, u.method().name());
                        setNullable(snap, i++, u.secondaryScore());
                        snap.setBoolean(i++, frozen);
                        snap.setTimestamp(i++, at);
                        snap.setTimestamp(i++, at);
                        snap.setTimestamp(i++, at);
                        setPublished(snap, i, pc.entered(), g.releases().get(u.providerCode()));
                        snap.addBatch();
                        stored++;
                    }
                    CategoryScores s = g.scores();
                    int i = 1;
                    method.setLong(i++, g.group().categoryId());
                    method.setLong(i++, g.group().comparisonId());
                    method.setString(i++, periodText);
                    setNullable(method, i++, s.theta0());
                    method.setDouble(i++, s.tau2());
                    method.setDouble(i++, s.m());
                    method.setInt(i++, s.comparedUnits());
                    method.setInt(i++, s.suppressedUnits());
                    method.setBoolean(i++, frozen);
                    method.setTimestamp(i++, at);
                    method.setTimestamp(i++, at);
                    method.setTimestamp(i, at);
                    method.addBatch();
                    for (var d : suppressedByDistrict.entrySet()) {
                        supp.setLong(1, g.group().categoryId());
                        supp.setLong(2, d.getKey());
                        supp.setString(3, periodText);
                        supp.setInt(4, d.getValue());
                        supp.setTimestamp(5, at);
                        supp.setTimestamp(6, at);
                        supp.addBatch();
                    }
                }
                snap.executeBatch();
                method.executeBatch();
                supp.executeBatch();
            }
        }
        return stored;
    }

    private static void setPublished(
            PreparedStatement s, int from, long entered, PublishedRelease release)
            throws SQLException {
        PublishedFigures f = release.figures();
        int i = from;
        s.setLong(i++, entered);
        s.setLong(i++, f.ratingsLow());
        s.setString(i++, f.band().name());
        s.setDouble(i++, f.score());
        s.setDouble(i++, f.low());
        s.setDouble(i++, f.high());
        s.setDouble(i++, f.verifiedShare());
        s.setLong(i++, f.funnelN());
        s.setDouble(i++, f.funnelP());
        s.setInt(i++, f.candidates());
        s.setString(i++, release.since());
        s.setLong(i, release.enteredSinceChange());
    }

    private static void setNullable(PreparedStatement s, int index, double value)
            throws SQLException {
        if (Double.isNaN(value)) {
            s.setNull(index, Types.DOUBLE);
        } else {
            s.setDouble(index, value);
        }
    }
}
