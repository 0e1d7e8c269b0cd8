package org.survivorvoice.scoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.survivorvoice.common.time.Quarter;

/**
 * Aggregate SQL of the scoring run: counts per provider straight from the rating table, never by
 * loading rating entities. Valid ratings have an overall answer and do not come from a survivor who
 * withdrew reporting consent (SAFETY D4).
 */
@ApplicationScoped
public class ScoringQueries {

    private final EntityManager em;

    public ScoringQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * Counts per provider over the quarters of the window; providers without ratings are absent.
     */
    public List<ProviderCounts> countsForWindow(
            List<Quarter> window, int satisfiedMinOverall, boolean verifiedOnly) {
        String sql =
                """
                SELECT p.id, p.code, p.category_id, p.district_id, d.parent_id,
                       COUNT(*),
                       SUM(CASE WHEN r.overall >= :satisfied THEN 1 ELSE 0 END),
                       COUNT(DISTINCT r.rater_key),
                       SUM(CASE WHEN r.verified THEN 1 ELSE 0 END),
                       SUM(r.overall + COALESCE(r.dignity, 0) + COALESCE(r.listened, 0)
                           + COALESCE(r.timeliness, 0) + COALESCE(r.outcome, 0)),
                       SUM(1 + (r.dignity IS NOT NULL) + (r.listened IS NOT NULL)
                           + (r.timeliness IS NOT NULL) + (r.outcome IS NOT NULL))
                FROM rating r
                JOIN provider p ON p.id = r.provider_id
                JOIN area d ON d.id = p.district_id
                LEFT JOIN survivor s ON s.id = r.survivor_id
                WHERE r.period IN (:periods)
                  AND r.overall IS NOT NULL
                  AND (s.id IS NULL OR s.consent_reporting = TRUE)
                  AND (r.verified = TRUE OR :verifiedOnly = FALSE)
                GROUP BY p.id, p.code, p.category_id, p.district_id, d.parent_id
                """;
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery(sql)
                        .setParameter("satisfied", satisfiedMinOverall)
                        .setParameter("periods", window.stream().map(Quarter::toString).toList())
                        .setParameter("verifiedOnly", verifiedOnly)
                        .getResultList();
        return rows.stream()
                .map(
                        r ->
                                new ProviderCounts(
                                        number(r[0]),
                                        (String) r[1],
                                        number(r[2]),
                                        number(r[3]),
                                        number(r[4]),
                                        number(r[5]),
                                        number(r[6]),
                                        number(r[7]),
                                        number(r[8]),
                                        number(r[9]),
                                        number(r[10])))
                .toList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** The stored band of a provider in a period, if it was scored then. */
    public Optional<Band> band(long providerId, Quarter period) {
        List<?> rows =
                em.createNativeQuery(
                                "SELECT band FROM score_snapshot WHERE provider_id = :provider"
                                        + " AND period = :period")
                        .setParameter("provider", providerId)
                        .setParameter("period", period.toString())
                        .getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(Band.valueOf((String) rows.get(0)));
    }

    /** A provider's stored snapshots, oldest period first. */
    public List<TrendPoint> trend(long providerId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery(
                                "SELECT period, n, score, interval_low, interval_high, band"
                                        + " FROM score_snapshot WHERE provider_id = :provider"
                                        + " ORDER BY period")
                        .setParameter("provider", providerId)
                        .getResultList();
        return rows.stream()
                .map(
                        r ->
                                new TrendPoint(
                                        (String) r[0],
                                        ProviderScoreView.ratingsBand(number(r[1])),
                                        ((Number) r[2]).doubleValue(),
                                        new ProviderScoreView.Interval(
                                                ((Number) r[3]).doubleValue(),
                                                ((Number) r[4]).doubleValue()),
                                        Band.valueOf((String) r[5])))
                .toList();
    }
}
