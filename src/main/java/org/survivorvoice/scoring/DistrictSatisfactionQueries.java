package org.survivorvoice.scoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.OptionalInt;
import org.survivorvoice.common.persistence.NativeRow;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.scoring.disclosure.DisclosurePolicy;

/**
 * The one owner of "how her district's services did" (issue 16, results back to survivors): the
 * share of satisfied ratings (overall at least {@link ScoringConfig#satisfiedMinOverall()}) among
 * the valid ratings of the district's providers over the released quarter's scoring window, pooled
 * (one cell, not a mean of providers). Valid as for scores: an overall answer, verified when {@link
 * ScoringConfig#verifiedOnly()}, not from a survivor who withdrew reporting consent (SAFETY D4).
 * Published only through {@link DisclosurePolicy#cellShare} with the suppression minimum, and only
 * for a released quarter (SAFETY S3), as a whole percent.
 */
@ApplicationScoped
public class DistrictSatisfactionQueries {

    private final EntityManager em;
    private final ScoringConfig scoring;
    private final ScoringService windows;
    private final ReleaseCalendar releases;

    public DistrictSatisfactionQueries(
            EntityManager em,
            ScoringConfig scoring,
            ScoringService windows,
            ReleaseCalendar releases) {
        this.em = em;
        this.scoring = scoring;
        this.windows = windows;
        this.releases = releases;
    }

    /** The district's published share of the quarter, or withheld. */
    @Transactional
    public DistrictSatisfaction of(long districtId, Quarter period) {
        if (!releases.isReleased(period)) {
            return new DistrictSatisfaction(districtId, period, OptionalInt.empty());
        }
        List<Quarter> window = windows.window(period);
        Query query =
                em.createNativeQuery(
                                """
                                SELECT COUNT(*),
                                       COALESCE(SUM(CASE WHEN r.overall >= :satisfied
                                                         THEN 1 ELSE 0 END), 0)
                                FROM rating r
                                JOIN provider p ON p.id = r.provider_id
                                WHERE p.district_id = :district
                                  AND r.period IN (:periods)
                                  AND\
                                """
                                        + ScoringQueries.VALID_RATING)
                        .setParameter("satisfied", scoring.satisfiedMinOverall())
                        .setParameter("district", districtId)
                        .setParameter("periods", window.stream().map(Quarter::toString).toList())
                        .setParameter("verifiedOnly", scoring.verifiedOnly());
        NativeRow row = NativeRow.single(query);
        long n = row.longValue(0);
        long satisfied = row.longValue(1);
        OptionalInt percent =
                DisclosurePolicy.cellShare(n, satisfied, scoring.minRatings())
                        .map(share -> OptionalInt.of(wholePercent(share)))
                        .orElse(OptionalInt.empty());
        return new DistrictSatisfaction(districtId, period, percent);
    }

    private static int wholePercent(double share) {
        return (int) Math.round(DisclosurePolicy.percent(share) * 100);
    }
}
