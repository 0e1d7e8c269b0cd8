package org.survivorvoice.response;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.survivorvoice.common.persistence.NativeRow;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.scoring.ReleaseCalendar;
import org.survivorvoice.scoring.method.Band;

/**
 * The one owner of "this provider needs a response": its published band of the quarter is BELOW or
 * SIGNIFICANTLY_BELOW (what the district's official sees), or a deterioration alert fired on a
 * rating of the quarter. The list stays until a response for that provider and quarter is recorded;
 * then it reports when. Access (which district, released quarters only) is the caller's.
 */
@ApplicationScoped
public class ResponseNeedQueries {

    private static final String SQL =
            """
            SELECT p.id, p.code, p.name, c.code, c.name, p.district_id, s.published_band,
                   (SELECT COUNT(*) FROM score_alert a
                     WHERE a.provider_id = p.id AND a.period = :period),
                   (SELECT MIN(a.created_at) FROM score_alert a
                     WHERE a.provider_id = p.id AND a.period = :period),
                   (SELECT MIN(r.recorded_at) FROM provider_response r
                     WHERE r.provider_id = p.id AND r.period = :period)
            FROM (SELECT s.provider_id FROM score_snapshot s
                   WHERE s.period = :period
                     AND s.published_band IN ('BELOW', 'SIGNIFICANTLY_BELOW') %1$s
                  UNION
                  SELECT a.provider_id FROM score_alert a
                   WHERE a.period = :period %2$s) flagged
            JOIN provider p ON p.id = flagged.provider_id
            JOIN provider_category c ON c.id = p.category_id
            LEFT JOIN score_snapshot s ON s.provider_id = p.id AND s.period = :period
            ORDER BY c.name, p.name, p.code
            """;

    private final EntityManager em;
    private final ReleaseCalendar releases;

    public ResponseNeedQueries(EntityManager em, ReleaseCalendar releases) {
        this.em = em;
        this.releases = releases;
    }

    /**
     * Every provider of the district (every district when empty) whose results of the quarter call
     * for a response, answered or not, by category and name.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ResponseNeed> of(Optional<Long> district, Quarter period) {
        String sql =
                district.isPresent()
                        ? SQL.formatted(
                                "AND s.district_id = :district", "AND a.district_id = :district")
                        : SQL.formatted("", "");
        Query query = em.createNativeQuery(sql).setParameter("period", period.toString());
        district.ifPresent(d -> query.setParameter("district", d));
        Instant release = releases.releaseOf(period);
        return NativeRow.list(query).stream().map(r -> need(r, period, release)).toList();
    }

    /** The providers of the district still waiting for a response to the quarter. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ResponseNeed> waiting(long district, Quarter period) {
        return of(Optional.of(district), period).stream().filter(n -> !n.answered()).toList();
    }

    private static ResponseNeed need(NativeRow r, Quarter period, Instant release) {
        Band published = r.string(6) == null ? null : Band.valueOf(r.string(6));
        Band band =
                published == Band.BELOW || published == Band.SIGNIFICANTLY_BELOW ? published : null;
        Instant firstAlert = r.nullableInstant(8);
        Instant since = release;
        if (band == null || (firstAlert != null && firstAlert.isBefore(release))) {
            since = firstAlert;
        }
        return new ResponseNeed(
                r.longValue(0),
                r.string(1),
                r.string(2),
                r.string(3),
                r.string(4),
                r.longValue(5),
                period,
                band,
                r.intValue(7),
                since,
                r.nullableInstant(9));
    }
}
