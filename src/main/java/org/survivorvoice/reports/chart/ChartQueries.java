package org.survivorvoice.reports.chart;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.survivorvoice.common.persistence.NativeRow;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.scoring.disclosure.DisclosurePolicy;
import org.survivorvoice.scoring.method.Band;

/**
 * Read-only SQL projections of the stored scores for charts: snapshots, the category numbers of
 * each run and suppression counts (V5), never rating entities. Suppressed providers have no
 * snapshot, so no query here can return one.
 */
@ApplicationScoped
public class ChartQueries {

    private final EntityManager em;

    public ChartQueries(EntityManager em) {
        this.em = em;
    }

    /** A category's id and name. */
    record CategoryRow(long id, String name) {}

    /** A district's name and its comparison area (its parent, the state). */
    record DistrictRow(String name, long comparisonId) {}

    /** The category numbers of one comparison area. */
    record MethodRow(
            long comparisonId, String comparisonName, double theta0, double tau2, int suppressed) {}

    /**
     * One scored provider of a funnel or caterpillar, as published: n and p are its funnel position
     * (the middle of its ratings band and the share its published score implies there), score and
     * interval its published figures, never the exact ones.
     */
    record SnapshotRow(
            long comparisonId,
            long providerId,
            String providerName,
            long n,
            double p,
            double score,
            double low,
            double high,
            Band band) {}

    /** Providers of a category in a band. */
    record BandCount(String category, Band band, long providerId) {}

    /** A provider as a trend chart titles it. */
    record ProviderRow(long id, String name, long districtId, String district, String category) {}

    /** Codes of the categories with scored providers in the period (and district), in order. */
    List<String> scoredCategoryCodes(Quarter period, Optional<Long> district) {
        String sql =
                "SELECT DISTINCT c.code FROM score_snapshot s"
                        + " JOIN provider_category c ON c.id = s.category_id"
                        + " WHERE s.period = :period"
                        + (district.isPresent() ? " AND s.district_id = :district" : "")
                        + " ORDER BY c.code";
        var query = em.createNativeQuery(sql).setParameter("period", period.toString());
        district.ifPresent(d -> query.setParameter("district", d));
        return NativeRow.strings(query);
    }

    Optional<CategoryRow> category(String code) {
        Query q =
                em.createNativeQuery("SELECT id, name FROM provider_category WHERE code = :code")
                        .setParameter("code", code);
        return NativeRow.list(q).stream()
                .findFirst()
                .map(r -> new CategoryRow(r.longValue(0), r.string(1)));
    }

    Optional<DistrictRow> district(long id) {
        Query q =
                em.createNativeQuery(
                                "SELECT name, parent_id FROM area WHERE id = :id"
                                        + " AND level = 'DISTRICT'")
                        .setParameter("id", id);
        return NativeRow.list(q).stream()
                .findFirst()
                .map(r -> new DistrictRow(r.string(0), r.longValue(1)));
    }

    /** The category's numbers per comparison area, all areas or the one given. */
    List<MethodRow> methods(Quarter period, long categoryId, Optional<Long> comparisonId) {
        Query q =
                em.createNativeQuery(
                        "SELECT m.comparison_id, a.name, m.theta0, m.tau2, m.suppressed_units"
                                + " FROM score_method m JOIN area a ON a.id = m.comparison_id"
                                + " WHERE m.period = :period AND m.category_id = :category"
                                + " AND m.theta0 IS NOT NULL"
                                + (comparisonId.isPresent() ? " AND m.comparison_id = :cmp" : "")
                                + " ORDER BY a.name, m.comparison_id");
        q.setParameter("period", period.toString()).setParameter("category", categoryId);
        comparisonId.ifPresent(c -> q.setParameter("cmp", c));
        return NativeRow.list(q).stream()
                .map(
                        r ->
                                new MethodRow(
                                        r.longValue(0),
                                        r.string(1),
                                        r.doubleValue(2),
                                        r.doubleValue(3),
                                        r.intValue(4)))
                .toList();
    }

    /** Providers of the category held back by suppression in the district. */
    int suppressed(Quarter period, long categoryId, long districtId) {
        Query q =
                em.createNativeQuery(
                                "SELECT COALESCE(SUM(suppressed_units), 0) FROM score_suppression"
                                        + " WHERE period = :period AND category_id = :category"
                                        + " AND district_id = :district")
                        .setParameter("period", period.toString())
                        .setParameter("category", categoryId)
                        .setParameter("district", districtId);
        return NativeRow.single(q).intValue(0);
    }

    /**
     * The scored providers of a category, in one district or all, ordered as a caterpillar lists
     * them: by band (the order of {@link Band}), then score from highest, then provider id.
     */
    List<SnapshotRow> snapshots(Quarter period, long categoryId, Optional<Long> district) {
        Query q =
                em.createNativeQuery(
                        "SELECT s.comparison_id, s.provider_id, p.name, s.published_funnel_n,"
                                + " s.published_funnel_p, s.published_score, s.published_low,"
                                + " s.published_high, s.published_band"
                                + " FROM score_snapshot s JOIN provider p ON p.id = s.provider_id"
                                + " WHERE s.period = :period AND s.category_id = :category"
                                + (district.isPresent() ? " AND s.district_id = :district" : "")
                                + " ORDER BY "
                                + DisclosurePolicy.bandOrderSql("s.published_band")
                                + ", s.published_score DESC, s.provider_id");
        q.setParameter("period", period.toString()).setParameter("category", categoryId);
        district.ifPresent(d -> q.setParameter("district", d));
        return NativeRow.list(q).stream()
                .map(
                        r ->
                                new SnapshotRow(
                                        r.longValue(0),
                                        r.longValue(1),
                                        r.string(2),
                                        r.longValue(3),
                                        r.doubleValue(4),
                                        r.doubleValue(5),
                                        r.doubleValue(6),
                                        r.doubleValue(7),
                                        Band.valueOf(r.string(8))))
                .toList();
    }

    /**
     * Every scored provider of the period as (category name, band, provider id), one district or
     * all; ids so that the service can tell named providers apart for funders.
     */
    List<BandCount> bands(Quarter period, Optional<Long> district) {
        Query q =
                em.createNativeQuery(
                        "SELECT c.name, s.published_band, s.provider_id FROM score_snapshot s"
                                + " JOIN provider_category c ON c.id = s.category_id"
                                + " WHERE s.period = :period"
                                + (district.isPresent() ? " AND s.district_id = :district" : "")
                                + " ORDER BY c.name");
        q.setParameter("period", period.toString());
        district.ifPresent(d -> q.setParameter("district", d));
        return NativeRow.list(q).stream()
                .map(r -> new BandCount(r.string(0), Band.valueOf(r.string(1)), r.longValue(2)))
                .toList();
    }

    /** Suppressed providers per category name, one district or all. */
    Map<String, Integer> suppressedByCategory(Quarter period, Optional<Long> district) {
        Query q =
                em.createNativeQuery(
                        "SELECT c.name, SUM(s.suppressed_units) FROM score_suppression s"
                                + " JOIN provider_category c ON c.id = s.category_id"
                                + " WHERE s.period = :period"
                                + (district.isPresent() ? " AND s.district_id = :district" : "")
                                + " GROUP BY c.name ORDER BY c.name");
        q.setParameter("period", period.toString());
        district.ifPresent(d -> q.setParameter("district", d));
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (NativeRow r : NativeRow.list(q)) {
            counts.put(r.string(0), r.intValue(1));
        }
        return counts;
    }

    Optional<ProviderRow> provider(String code) {
        Query q =
                em.createNativeQuery(
                                "SELECT p.id, p.name, p.district_id, d.name, c.name FROM provider p"
                                        + " JOIN area d ON d.id = p.district_id"
                                        + " JOIN provider_category c ON c.id = p.category_id"
                                        + " WHERE p.code = :code")
                        .setParameter("code", code);
        return NativeRow.list(q).stream()
                .findFirst()
                .map(
                        r ->
                                new ProviderRow(
                                        r.longValue(0),
                                        r.string(1),
                                        r.longValue(2),
                                        r.string(3),
                                        r.string(4)));
    }

    /**
     * Valid ratings per channel in a quarter, one district or all: an overall answer, and not from
     * a survivor who withdrew reporting consent (SAFETY D4), as scoring counts them.
     */
    Map<String, Long> ratingsByChannel(Quarter period, Optional<Long> district) {
        Query q =
                em.createNativeQuery(
                        "SELECT r.channel, COUNT(*) FROM rating r"
                                + (district.isPresent()
                                        ? " JOIN provider p ON p.id = r.provider_id"
                                                + " AND p.district_id = :district"
                                        : "")
                                + " WHERE r.period = :period AND r.overall IS NOT NULL AND"
                                + " (r.survivor_id IS NULL OR r.survivor_id NOT IN (SELECT w.id"
                                + " FROM survivor w WHERE w.consent_reporting = FALSE)) GROUP BY"
                                + " r.channel");
        q.setParameter("period", period.toString());
        district.ifPresent(d -> q.setParameter("district", d));
        Map<String, Long> counts = new LinkedHashMap<>();
        for (NativeRow r : NativeRow.list(q)) {
            counts.put(r.string(0), r.longValue(1));
        }
        return counts;
    }
}
