package org.survivorvoice.scoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.survivorvoice.common.persistence.NativeRow;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.scoring.method.Band;
import org.survivorvoice.scoring.method.NamingRule;
import org.survivorvoice.scoring.method.ReviewLabel;

/** The review queue: providers flagged in a period and where their field verification stands. */
@ApplicationScoped
public class ReviewQueries {

    private final EntityManager em;

    public ReviewQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * Providers significantly below or above their peers in the period, those not yet named first,
     * then by category, district and name; each with its latest review of the label its band calls
     * for.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReviewQueueItem> flagged(Quarter period) {
        String sql =
                """
                SELECT p.code, p.name, c.name, d.name, s.band, prev.band,
                       rv.verified, rv.reviewer, rv.created_at
                FROM score_snapshot s
                JOIN provider p ON p.id = s.provider_id
                JOIN provider_category c ON c.id = s.category_id
                JOIN area d ON d.id = s.district_id
                LEFT JOIN score_snapshot prev ON prev.provider_id = s.provider_id
                     AND prev.period = :previous
                LEFT JOIN provider_review rv ON rv.id = (
                     SELECT MAX(r2.id) FROM provider_review r2
                     WHERE r2.provider_id = s.provider_id AND r2.period = s.period
                       AND r2.label = CASE s.band WHEN 'SIGNIFICANTLY_BELOW' THEN 'LAGGARD'
                                                  ELSE 'GOOD_PRACTICE' END)
                WHERE s.period = :period
                  AND s.band IN ('SIGNIFICANTLY_BELOW', 'SIGNIFICANTLY_ABOVE')
                ORDER BY c.name, d.name, p.name, p.code
                """;
        List<ReviewQueueItem> items =
                NativeRow.list(
                                em.createNativeQuery(sql)
                                        .setParameter("period", period.toString())
                                        .setParameter("previous", period.previous().toString()))
                        .stream()
                        .map(ReviewQueries::item)
                        .toList();
        // the ones still waiting for a decision first; the order within each group is the query's
        return Stream.concat(
                        items.stream().filter(i -> !i.named()),
                        items.stream().filter(ReviewQueueItem::named))
                .toList();
    }

    private static ReviewQueueItem item(NativeRow r) {
        Band band = Band.valueOf(r.string(4));
        Band previous = r.string(5) == null ? null : Band.valueOf(r.string(5));
        ReviewLabel label =
                band == Band.SIGNIFICANTLY_BELOW ? ReviewLabel.LAGGARD : ReviewLabel.GOOD_PRACTICE;
        // reviewer is NOT NULL in provider_review: without one, there is no review
        boolean hasReview = r.string(7) != null;
        Boolean reviewed = hasReview ? r.bool(6) : null;
        Instant reviewedAt = hasReview ? r.instant(8) : null;
        return new ReviewQueueItem(
                r.string(0),
                r.string(1),
                r.string(2),
                r.string(3),
                band,
                previous,
                label,
                reviewed,
                r.string(7),
                reviewedAt,
                NamingRule.named(band, previous, label, Boolean.TRUE.equals(reviewed)));
    }
}
