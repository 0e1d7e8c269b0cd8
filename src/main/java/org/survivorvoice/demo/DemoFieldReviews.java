package org.survivorvoice.demo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.scoring.ScoringConfig;
import org.survivorvoice.scoring.ScoringService;
import org.survivorvoice.scoring.disclosure.DisclosurePolicy;
import org.survivorvoice.scoring.method.Band;
import org.survivorvoice.scoring.method.ReviewLabel;
import org.survivorvoice.security.Roles;

/**
 * Scores a freshly written demo programme's newest released quarter and the quarter before with the
 * real {@link ScoringService}, then records the field reviews an admin would have made of the
 * providers those stored snapshots flag ({@link FieldReviewPlan}), so that the quarter names good
 * practice and laggards as a running programme would. Reviews are chosen from the stored bands of
 * the programme's own providers only; other providers in the database are scored by the run (it
 * scores a whole quarter) but never reviewed.
 */
@ApplicationScoped
public class DemoFieldReviews {

    private final ScoringService scoring;
    private final ScoringConfig config;
    private final AgroalDataSource dataSource;

    public DemoFieldReviews(
            ScoringService scoring, ScoringConfig config, AgroalDataSource dataSource) {
        this.scoring = scoring;
        this.config = config;
        this.dataSource = dataSource;
    }

    /**
     * Scores the two quarters and records the reviews in the reviewer's name. Runs its own
     * transactions, so it must not be called inside one.
     *
     * @param programme the programme as written
     * @param load what the writer reported, for the ids of the programme's providers
     * @param reviewer user name of an active admin account, recorded as the reviewer
     */
    @Transactional(Transactional.TxType.NEVER)
    public DemoReviewReport record(DemoProgramme programme, DemoLoadReport load, String reviewer) {
        long started = System.nanoTime();
        Quarter released = programme.newestReleased(config.releaseDelay());
        try (Connection c = dataSource.getConnection()) {
            requireAdmin(c, reviewer);
            scoring.refresh(released.previous());
            scoring.refresh(released);
            List<FieldReviewPlan.Scored> scored = scored(c, released, load);
            List<FieldReviewPlan.Review> reviews = FieldReviewPlan.choose(scored);
            insert(c, programme, released, reviews, reviewer);
            int goodPractice = 0;
            int laggards = 0;
            for (FieldReviewPlan.Review r : reviews) {
                if (r.verified() && r.label() == ReviewLabel.GOOD_PRACTICE) {
                    goodPractice++;
                } else if (r.verified()) {
                    laggards++;
                }
            }
            Set<Long> named = new HashSet<>();
            for (FieldReviewPlan.Review r : reviews) {
                if (r.verified()) {
                    named.add(r.providerId());
                }
            }
            // under review as the workbooks count it: a flagged published band, not named (a
            // provider's published band may be last quarter's when too few ratings came in)
            long underReview =
                    publishedFlagged(c, released, load).stream()
                            .filter(id -> !named.contains(id))
                            .count();
            DemoReviewReport report =
                    new DemoReviewReport(
                            released.toString(),
                            goodPractice,
                            laggards,
                            (int) underReview,
                            Duration.ofNanos(System.nanoTime() - started));
            Log.infof(
                    "Demo field reviews of %s: %d good practice and %d laggards named, %d flagged"
                            + " providers under review (%d ms, scoring included)",
                    report.period(),
                    report.goodPractice(),
                    report.laggards(),
                    report.underReview(),
                    report.elapsed().toMillis());
            return report;
        } catch (SQLException e) {
            throw new IllegalStateException("The demo's field reviews could not be recorded", e);
        }
    }

    private static void requireAdmin(Connection c, String reviewer) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "SELECT 1 FROM app_user WHERE username = ? AND role = ? AND active")) {
            s.setString(1, reviewer);
            s.setString(2, Roles.ADMIN);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException(
                            "Field reviews need an active admin account as their reviewer");
                }
            }
        }
    }

    /** The stored bands of the programme's providers scored in the released quarter. */
    private static List<FieldReviewPlan.Scored> scored(
            Connection c, Quarter released, DemoLoadReport load) throws SQLException {
        List<FieldReviewPlan.Scored> scored = new ArrayList<>();
        try (PreparedStatement s =
                c.prepareStatement(
                        "SELECT s.provider_id, s.category_id, s.band, prev.band, s.z_d"
                                + " FROM score_snapshot s"
                                + " LEFT JOIN score_snapshot prev ON prev.provider_id ="
                                + " s.provider_id AND prev.period = ?"
                                + " WHERE s.period = ? AND s.provider_id BETWEEN ? AND ?"
                                + " ORDER BY s.provider_id")) {
            s.setString(1, released.previous().toString());
            s.setString(2, released.toString());
            s.setLong(3, load.providerId(0));
            s.setLong(4, load.providerId(load.providers() - 1));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String previous = rs.getString(4);
                    scored.add(
                            new FieldReviewPlan.Scored(
                                    rs.getLong(1),
                                    rs.getLong(2),
                                    Band.valueOf(rs.getString(3)),
                                    previous == null ? null : Band.valueOf(previous),
                                    rs.getDouble(5)));
                }
            }
        }
        return scored;
    }

    /** The programme's providers whose published band of the quarter is a flag. */
    private static List<Long> publishedFlagged(Connection c, Quarter released, DemoLoadReport load)
            throws SQLException {
        List<Long> flagged = new ArrayList<>();
        try (PreparedStatement s =
                c.prepareStatement(
                        "SELECT provider_id, published_band FROM score_snapshot"
                                + " WHERE period = ? AND provider_id BETWEEN ? AND ?")) {
            s.setString(1, released.toString());
            s.setLong(2, load.providerId(0));
            s.setLong(3, load.providerId(load.providers() - 1));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (DisclosurePolicy.isFlagged(Band.valueOf(rs.getString(2)))) {
                        flagged.add(rs.getLong(1));
                    }
                }
            }
        }
        return flagged;
    }

    private void insert(
            Connection c,
            DemoProgramme programme,
            Quarter released,
            List<FieldReviewPlan.Review> reviews,
            String reviewer)
            throws SQLException {
        Instant todayStart = programme.today().atStartOfDay(programme.zone()).toInstant();
        try (PreparedStatement s =
                c.prepareStatement(
                        "INSERT INTO provider_review (provider_id, period, label, verified, note,"
                                + " reviewer, created_at, updated_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int n = 0; n < reviews.size(); n++) {
                FieldReviewPlan.Review r = reviews.get(n);
                LocalDateTime at =
                        LocalDateTime.ofInstant(
                                FieldReviewPlan.reviewedAt(
                                        released,
                                        config.releaseDelay(),
                                        todayStart,
                                        programme.zone(),
                                        n),
                                ZoneOffset.UTC);
                s.setLong(1, r.providerId());
                s.setString(2, released.toString());
                s.setString(3, r.label().name());
                s.setBoolean(4, r.verified());
                s.setString(5, r.note());
                s.setString(6, reviewer);
                s.setObject(7, at);
                s.setObject(8, at);
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}
