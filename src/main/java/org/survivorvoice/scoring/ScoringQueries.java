package org.survivorvoice.scoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.survivorvoice.common.persistence.NativeRow;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.scoring.disclosure.PublishedRelease;
import org.survivorvoice.scoring.method.Band;
import org.survivorvoice.scoring.method.NamingRule;

/**
 * Aggregate SQL of the scoring run: counts per provider straight from the rating table, never by
 * loading rating entities. Valid ratings have an overall answer and do not come from a survivor who
 * withdrew reporting consent (SAFETY D4).
 */
@ApplicationScoped
public class ScoringQueries {

    /**
     * The one rule of a valid rating, as a SQL condition on {@code rating r} with the parameter
     * {@code :verifiedOnly}: an overall answer, verified when only verified ratings count, not from
     * a survivor who withdrew reporting consent (SAFETY D4). Everything that counts ratings as the
     * scoring does (the dimension scores, district satisfaction, the workbooks' window counts, the
     * Collectives sheet, the training effect) uses this condition rather than its own copy.
     */
    public static final String VALID_RATING =
            " (r.overall IS NOT NULL"
                    + " AND (r.verified = TRUE OR :verifiedOnly = FALSE)"
                    + " AND (r.survivor_id IS NULL OR r.survivor_id NOT IN"
                    + " (SELECT w.id FROM survivor w WHERE w.consent_reporting = FALSE))) ";

    private final EntityManager em;

    public ScoringQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * Counts per provider over the quarters of the window, oldest quarter first; providers without
     * ratings are absent.
     */
    public List<ProviderCounts> countsForWindow(
            List<Quarter> window, int satisfiedMinOverall, boolean verifiedOnly) {
        // Ratings are aggregated per provider_id first and joined to provider and area after;
        // withdrawn consent is an anti-join against the few withdrawn survivors. The earlier form
        // (rating joined to provider, area and survivor, grouped by provider columns) read every
        // rating through ix_rating_provider_rated_at with a survivor lookup per rating and sorted
        // 580,000 joined rows: 3.0-3.6 s for a 4-quarter window of 1,000,000 ratings on the
        // embedded MariaDB, against 0.7-1.2 s for this form (ANALYZE, same rows returned).
        // STRAIGHT_JOIN keeps the aggregate first: otherwise MariaDB may run it once per provider
        // as a LATERAL DERIVED table with a survivor lookup per rating again (2.2 s). ORDER BY
        // p.id keeps the order the old grouping gave, so the calculator sees its input as before.
        String sql =
                """
                SELECT STRAIGHT_JOIN p.id, p.code, p.category_id, p.district_id, d.parent_id,
                       a.n, a.satisfied, a.raters, a.verified_n, a.answer_sum, a.answers,
                       a.entered
                FROM (SELECT r.provider_id,
                             COUNT(*) AS n,
                             SUM(CASE WHEN r.overall >= :satisfied THEN 1 ELSE 0 END) AS satisfied,
                             COUNT(DISTINCT r.rater_key) AS raters,
                             SUM(CASE WHEN r.verified THEN 1 ELSE 0 END) AS verified_n,
                             SUM(r.overall + COALESCE(r.dignity, 0) + COALESCE(r.listened, 0)
                                 + COALESCE(r.timeliness, 0) + COALESCE(r.outcome, 0))
                                 AS answer_sum,
                             SUM(1 + (r.dignity IS NOT NULL) + (r.listened IS NOT NULL)
                                 + (r.timeliness IS NOT NULL) + (r.outcome IS NOT NULL))
                                 AS answers,
                             SUM(CASE WHEN r.period = :newest THEN 1 ELSE 0 END) AS entered
                      FROM rating r
                      WHERE r.period IN (:periods)
                        AND\
                """
                        + VALID_RATING
                        + """
                              GROUP BY r.provider_id) a
                        JOIN provider p ON p.id = a.provider_id
                        JOIN area d ON d.id = p.district_id
                        ORDER BY p.id
                        """;
        Query query =
                em.createNativeQuery(sql)
                        .setParameter("satisfied", satisfiedMinOverall)
                        .setParameter("periods", window.stream().map(Quarter::toString).toList())
                        .setParameter("verifiedOnly", verifiedOnly)
                        .setParameter("newest", window.get(window.size() - 1).toString());
        return NativeRow.list(query).stream()
                .map(
                        r ->
                                new ProviderCounts(
                                        r.longValue(0),
                                        r.string(1),
                                        r.longValue(2),
                                        r.longValue(3),
                                        // a null parent_id (district without a state) reads 0
                                        r.longOrZero(4),
                                        r.longValue(5),
                                        r.longValue(6),
                                        r.longValue(7),
                                        r.longValue(8),
                                        r.longValue(9),
                                        r.longValue(10),
                                        r.longValue(11)))
                .toList();
    }

    /** The stored releases of a period's snapshots by provider id: what was published then. */
    public Map<Long, PublishedRelease> releases(Quarter period) {
        Query query =
                em.createNativeQuery(
                                "SELECT provider_id, "
                                        + PublishedColumns.SELECT
                                        + " FROM score_snapshot s WHERE s.period = :period")
                        .setParameter("period", period.toString());
        Map<Long, PublishedRelease> releases = new HashMap<>();
        for (NativeRow r : NativeRow.list(query)) {
            releases.put(r.longValue(0), PublishedColumns.read(r, 1));
        }
        return releases;
    }

    /** A group's stored theta0, tau2 and m of a period, if it was scored then with a target. */
    public Optional<double[]> method(Quarter period, ProviderCounts.Group group) {
        Query query =
                em.createNativeQuery(
                                "SELECT theta0, tau2, m FROM score_method WHERE period = :period"
                                        + " AND category_id = :category AND comparison_id ="
                                        + " :comparison AND theta0 IS NOT NULL")
                        .setParameter("period", period.toString())
                        .setParameter("category", group.categoryId())
                        .setParameter("comparison", group.comparisonId());
        return NativeRow.list(query).stream()
                .findFirst()
                .map(r -> new double[] {r.doubleValue(0), r.doubleValue(1), r.doubleValue(2)});
    }

    /** The stored band of a provider in a period, if it was scored then. */
    public Optional<Band> band(long providerId, Quarter period) {
        Query query =
                em.createNativeQuery(
                                "SELECT band FROM score_snapshot WHERE provider_id = :provider"
                                        + " AND period = :period")
                        .setParameter("provider", providerId)
                        .setParameter("period", period.toString());
        return NativeRow.list(query).stream().findFirst().map(r -> Band.valueOf(r.string(0)));
    }

    /** A provider's stored snapshots as published, oldest period first. */
    public List<TrendPoint> trend(long providerId) {
        Query query =
                em.createNativeQuery(
                                "SELECT s.period, "
                                        + PublishedColumns.SELECT
                                        + " FROM score_snapshot s WHERE s.provider_id = :provider"
                                        + " ORDER BY s.period")
                        .setParameter("provider", providerId);
        return NativeRow.list(query).stream()
                .map(
                        r -> {
                            PublishedRelease release = PublishedColumns.read(r, 1);
                            var f = release.figures();
                            return new TrendPoint(
                                    r.string(0),
                                    f.ratingsBand(),
                                    f.score(),
                                    new ProviderScoreView.Interval(f.low(), f.high()),
                                    f.band(),
                                    release.unchanged());
                        })
                .toList();
    }

    /**
     * Providers the confirmation rule names for the period ({@link NamingRule}): significant band
     * now, at least the alert band on the same side one quarter earlier, and a verified latest
     * review with the matching label. Starts from the review table, which holds few rows.
     */
    public Set<Long> namedProviders(Quarter period) {
        String sql =
                """
                SELECT rv.provider_id
                FROM provider_review rv
                JOIN score_snapshot s ON s.provider_id = rv.provider_id AND s.period = rv.period
                JOIN score_snapshot prev ON prev.provider_id = rv.provider_id
                     AND prev.period = :previous
                WHERE rv.period = :period
                  AND rv.verified
                  AND rv.id = (SELECT MAX(r2.id) FROM provider_review r2
                               WHERE r2.provider_id = rv.provider_id AND r2.period = rv.period
                                 AND r2.label = rv.label)
                  AND ((rv.label = 'LAGGARD' AND s.band = 'SIGNIFICANTLY_BELOW'
                        AND prev.band IN ('BELOW', 'SIGNIFICANTLY_BELOW'))
                    OR (rv.label = 'GOOD_PRACTICE' AND s.band = 'SIGNIFICANTLY_ABOVE'
                        AND prev.band IN ('ABOVE', 'SIGNIFICANTLY_ABOVE')))
                """;
        Query query =
                em.createNativeQuery(sql)
                        .setParameter("period", period.toString())
                        .setParameter("previous", period.previous().toString());
        return new HashSet<>(NativeRow.longs(query));
    }
}
