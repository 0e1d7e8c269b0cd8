package org.survivorvoice.reports.data;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.survivorvoice.common.persistence.NativeRow;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.scoring.PublishedColumns;
import org.survivorvoice.scoring.disclosure.DisclosurePolicy;
import org.survivorvoice.scoring.disclosure.PublishedRelease;

/**
 * Reads of what scoring stored (snapshots, alerts, comparison groups) for the quarterly workbook,
 * in the caller's (read-only) transaction: projections into records, never entities. Every query
 * takes an optional district (an official's edition).
 */
@ApplicationScoped
public class ScoreReadQueries {

    private static final String BAND_ORDER = DisclosurePolicy.bandOrderSql("s.published_band");

    private final EntityManager em;

    public ScoreReadQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * A scored provider of the period with what it publishes ({@code published}) and last quarter's
     * published band. The exact counts stay inside the report build: totals and trend cells are
     * computed from them and published rounded; no cell shows them.
     */
    public record Snapshot(
            long providerId,
            String code,
            String name,
            String category,
            long districtId,
            String district,
            long n,
            long x,
            double score,
            double low,
            double high,
            String band,
            String previousBand,
            PublishedRelease published) {}

    /** A deterioration alert of the quarter. */
    public record Alert(String providerName, String category, LocalDate firedOn) {}

    /** The pooled counts of listed providers of one category and district in one quarter. */
    public record TrendCell(String category, String district, long n, long x) {}

    /** One comparison group of a scoring run. */
    public record MethodNumbers(
            String category,
            String comparisonArea,
            Double theta0,
            double tau2,
            double m,
            int units,
            int suppressedUnits) {}

    /** The period's snapshots in scope, ordered by category, band and score (never a rank). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Snapshot> snapshots(Quarter period, Optional<Long> district) {
        Query q =
                em.createNativeQuery(
                        "SELECT p.id, p.code, p.name, c.code, d.id, d.name, s.n, s.x, s.score,"
                                + " s.interval_low, s.interval_high, s.band, prev.published_band, "
                                + PublishedColumns.SELECT
                                + " FROM score_snapshot s"
                                + " JOIN provider p ON p.id = s.provider_id"
                                + " JOIN provider_category c ON c.id = s.category_id"
                                + " JOIN area d ON d.id = s.district_id"
                                + " LEFT JOIN score_snapshot prev ON prev.provider_id ="
                                + " s.provider_id AND prev.period = :previous"
                                + " WHERE s.period = :period"
                                + (district.isPresent() ? " AND s.district_id = :district" : "")
                                + " ORDER BY c.code, "
                                + BAND_ORDER
                                + ", s.published_score DESC, s.provider_id");
        q.setParameter("period", period.toString());
        q.setParameter("previous", period.previous().toString());
        district.ifPresent(d -> q.setParameter("district", d));
        List<Snapshot> rows = new ArrayList<>();
        for (NativeRow r : NativeRow.list(q)) {
            rows.add(
                    new Snapshot(
                            r.longValue(0),
                            r.string(1),
                            r.string(2),
                            r.string(3),
                            r.longValue(4),
                            r.string(5),
                            r.longValue(6),
                            r.longValue(7),
                            r.doubleValue(8),
                            r.doubleValue(9),
                            r.doubleValue(10),
                            r.string(11),
                            r.string(12),
                            PublishedColumns.read(r, 13)));
        }
        return rows;
    }

    /** Deterioration alerts of the district that fired in the quarter, oldest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Alert> alerts(Quarter period, long district, ZoneId zone) {
        Query q =
                em.createNativeQuery(
                        "SELECT p.name, c.code, a.fired_at FROM score_alert a"
                                + " JOIN provider p ON p.id = a.provider_id"
                                + " JOIN provider_category c ON c.id = a.category_id"
                                + " WHERE a.period = :period AND a.district_id = :district"
                                + " ORDER BY a.fired_at, a.id");
        q.setParameter("period", period.toString());
        q.setParameter("district", district);
        List<Alert> rows = new ArrayList<>();
        for (NativeRow r : NativeRow.list(q)) {
            // the day of fired_at is the programme's
            LocalDate day = r.instant(2).atZone(zone).toLocalDate();
            rows.add(new Alert(r.string(0), r.string(1), day));
        }
        return rows;
    }

    /**
     * Pooled counts per category and district of the period's snapshots, leaving out the given
     * providers (those an edition must not show).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<TrendCell> trendCells(
            Quarter period, Optional<Long> district, Set<Long> hiddenProviders) {
        Query q =
                em.createNativeQuery(
                        "SELECT c.code, d.name, SUM(s.n), SUM(s.x) FROM score_snapshot s"
                                + " JOIN provider_category c ON c.id = s.category_id"
                                + " JOIN area d ON d.id = s.district_id"
                                + " WHERE s.period = :period"
                                + (district.isPresent() ? " AND s.district_id = :district" : "")
                                + (hiddenProviders.isEmpty()
                                        ? ""
                                        : " AND s.provider_id NOT IN (:hidden)")
                                + " GROUP BY c.code, d.name ORDER BY c.code, d.name");
        q.setParameter("period", period.toString());
        district.ifPresent(d -> q.setParameter("district", d));
        if (!hiddenProviders.isEmpty()) {
            q.setParameter("hidden", hiddenProviders);
        }
        List<TrendCell> rows = new ArrayList<>();
        for (NativeRow r : NativeRow.list(q)) {
            rows.add(new TrendCell(r.string(0), r.string(1), r.longValue(2), r.longValue(3)));
        }
        return rows;
    }

    /** Providers of the period published in a flagged band, which a funder may not see unnamed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<Long> flaggedProviders(Quarter period, Optional<Long> district) {
        Query q =
                em.createNativeQuery(
                        "SELECT s.provider_id FROM score_snapshot s WHERE s.period = :period"
                                + " AND s.published_band IN (:flagged)"
                                + (district.isPresent() ? " AND s.district_id = :district" : ""));
        q.setParameter("period", period.toString());
        q.setParameter("flagged", DisclosurePolicy.FLAGGED.stream().map(Enum::name).toList());
        district.ifPresent(d -> q.setParameter("district", d));
        return new HashSet<>(NativeRow.longs(q));
    }

    /** The period's comparison groups, of one comparison area when given. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<MethodNumbers> methods(Quarter period, Optional<Long> comparisonArea) {
        Query q =
                em.createNativeQuery(
                        "SELECT c.code, a.name, m.theta0, m.tau2, m.m, m.compared_units,"
                                + " m.suppressed_units FROM score_method m"
                                + " JOIN provider_category c ON c.id = m.category_id"
                                + " JOIN area a ON a.id = m.comparison_id"
                                + " WHERE m.period = :period"
                                + (comparisonArea.isPresent()
                                        ? " AND m.comparison_id = :comparison"
                                        : "")
                                + " ORDER BY c.code, a.name");
        q.setParameter("period", period.toString());
        comparisonArea.ifPresent(a -> q.setParameter("comparison", a));
        List<MethodNumbers> rows = new ArrayList<>();
        for (NativeRow r : NativeRow.list(q)) {
            rows.add(
                    new MethodNumbers(
                            r.string(0),
                            r.string(1),
                            r.nullableDouble(2),
                            r.doubleValue(3),
                            r.doubleValue(4),
                            r.intValue(5),
                            r.intValue(6)));
        }
        return rows;
    }
}
