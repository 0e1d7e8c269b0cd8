package org.survivorvoice.scoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.survivorvoice.common.persistence.NativeRow;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.scoring.disclosure.DisclosurePolicy;
import org.survivorvoice.scoring.disclosure.PublishedFigures;
import org.survivorvoice.scoring.method.RankInterval;

/**
 * Rank intervals of stored quarters, read from the published figures of whole comparison groups
 * (every provider past the suppression gate of one category and comparison area) and computed by
 * the disclosure policy ({@link DisclosurePolicy#rankIntervals}). It checks no caller: the service
 * of an output decides first what its viewer may see and asks here only for those providers. Groups
 * are small (tens of providers), so 10,000 draws cost a few milliseconds per group.
 */
@ApplicationScoped
public class PublishedRankService {

    private final EntityManager em;
    private final ScoringConfig config;

    public PublishedRankService(EntityManager em, ScoringConfig config) {
        this.em = em;
        this.config = config;
    }

    /**
     * The rank interval of every provider of the district scored in the period, each among its
     * whole comparison group (which reaches beyond the district), by provider code.
     */
    @Transactional
    public Map<String, RankInterval> forDistrict(Quarter period, long districtId) {
        Query groups =
                em.createNativeQuery(
                                "SELECT DISTINCT s.category_id, s.comparison_id FROM score_snapshot"
                                        + " s WHERE s.period = :period AND s.district_id ="
                                        + " :district")
                        .setParameter("period", period.toString())
                        .setParameter("district", districtId);
        Map<String, RankInterval> intervals = new HashMap<>();
        for (NativeRow g : NativeRow.list(groups)) {
            intervals.putAll(group(period, g.longValue(0), g.longValue(1)));
        }
        return intervals;
    }

    /** The rank interval of one provider in the period; empty when it was not scored then. */
    @Transactional
    public Optional<RankInterval> forProvider(Quarter period, long providerId) {
        Query own =
                em.createNativeQuery(
                                "SELECT p.code, s.category_id, s.comparison_id FROM score_snapshot"
                                        + " s JOIN provider p ON p.id = s.provider_id WHERE"
                                        + " s.period = :period AND s.provider_id = :provider")
                        .setParameter("period", period.toString())
                        .setParameter("provider", providerId);
        return NativeRow.list(own).stream()
                .findFirst()
                .map(r -> group(period, r.longValue(1), r.longValue(2)).get(r.string(0)));
    }

    private Map<String, RankInterval> group(Quarter period, long categoryId, long comparisonId) {
        Query method =
                em.createNativeQuery(
                                "SELECT m.m FROM score_method m WHERE m.period = :period AND"
                                        + " m.category_id = :category AND m.comparison_id ="
                                        + " :comparison")
                        .setParameter("period", period.toString())
                        .setParameter("category", categoryId)
                        .setParameter("comparison", comparisonId);
        Optional<Double> m = NativeRow.list(method).stream().findFirst().map(r -> r.doubleValue(0));
        if (m.isEmpty()) {
            return Map.of();
        }
        Query members =
                em.createNativeQuery(
                                "SELECT p.code, "
                                        + PublishedColumns.SELECT
                                        + " FROM score_snapshot s JOIN provider p ON p.id ="
                                        + " s.provider_id WHERE s.period = :period AND"
                                        + " s.category_id = :category AND s.comparison_id ="
                                        + " :comparison")
                        .setParameter("period", period.toString())
                        .setParameter("category", categoryId)
                        .setParameter("comparison", comparisonId);
        Map<String, PublishedFigures> figures = new LinkedHashMap<>();
        for (NativeRow r : NativeRow.list(members)) {
            figures.put(r.string(0), PublishedColumns.read(r, 1).figures());
        }
        return DisclosurePolicy.rankIntervals(figures, m.get(), period, config.parameters());
    }
}
