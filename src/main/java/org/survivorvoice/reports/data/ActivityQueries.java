package org.survivorvoice.reports.data;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.survivorvoice.common.persistence.NativeRow;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.scoring.ScoringQueries;

/**
 * Aggregate SQL over the programme's activity (ratings, encounters, survivors, invitations) for the
 * quarterly workbook, in the caller's (read-only) transaction: projections into records, never
 * rating or encounter entities. Every query takes an optional district (an official's edition) and
 * counts only valid ratings: an overall answer, not from a survivor who withdrew reporting consent
 * (SAFETY D4), verified when only verified ratings are scored.
 */
@ApplicationScoped
public class ActivityQueries {

    /** Valid ratings of the window (bound as periods), with their provider p. */
    private static final String VALID_WHERE =
            " WHERE r.period IN (:periods) AND" + ScoringQueries.VALID_RATING;

    private final EntityManager em;

    public ActivityQueries(EntityManager em) {
        this.em = em;
    }

    /** Valid ratings and distinct raters of one provider in a window. */
    public record WindowCount(
            long providerId,
            String category,
            long districtId,
            String district,
            long n,
            long raters) {}

    /** Valid ratings of a window grouped by channel, language and verification. */
    public record RatingMix(String channel, String language, boolean verified, long ratings) {}

    /** A comment of a valid rating, unredacted: it must go through redaction before any output. */
    public record RawComment(String provider, String category, String text) {}

    /** The providers' counts over the edition's window and over the previous quarter's. */
    public record WindowCounts(List<WindowCount> current, List<WindowCount> previous) {}

    /**
     * Valid ratings and distinct raters per provider in scope over two windows (the quarter's and
     * the previous quarter's, which share all but one quarter), in one pass over their ratings:
     * each window's list holds the providers with ratings in it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public WindowCounts windowCounts(
            List<Quarter> window,
            List<Quarter> previous,
            Optional<Long> district,
            boolean verifiedOnly) {
        // aggregated per provider first and joined to names after, as ScoringQueries does
        Query q =
                em.createNativeQuery(
                        "SELECT STRAIGHT_JOIN a.provider_id, c.code, d.id, d.name, a.n, a.raters,"
                                + " a.previous_n, a.previous_raters FROM (SELECT r.provider_id,"
                                + " COUNT(CASE WHEN r.period IN (:current) THEN 1 END) AS n,"
                                + " COUNT(DISTINCT CASE WHEN r.period IN (:current)"
                                + " THEN r.rater_key END) AS raters,"
                                + " COUNT(CASE WHEN r.period IN (:previous) THEN 1 END)"
                                + " AS previous_n,"
                                + " COUNT(DISTINCT CASE WHEN r.period IN (:previous)"
                                + " THEN r.rater_key END) AS previous_raters "
                                + validRatings(district)
                                + " GROUP BY r.provider_id) a"
                                + " JOIN provider p ON p.id = a.provider_id"
                                + " JOIN provider_category c ON c.id = p.category_id"
                                + " JOIN area d ON d.id = p.district_id"
                                + " ORDER BY a.provider_id");
        List<Quarter> both = new ArrayList<>(window);
        previous.stream().filter(quarter -> !both.contains(quarter)).forEach(both::add);
        bindWindow(q, both, district, verifiedOnly);
        q.setParameter("current", window.stream().map(Quarter::toString).toList());
        q.setParameter("previous", previous.stream().map(Quarter::toString).toList());
        List<WindowCount> current = new ArrayList<>();
        List<WindowCount> before = new ArrayList<>();
        for (NativeRow r : NativeRow.list(q)) {
            long n = r.longValue(4);
            long previousN = r.longValue(6);
            if (n > 0) {
                current.add(count(r, n, r.longValue(5)));
            }
            if (previousN > 0) {
                before.add(count(r, previousN, r.longValue(7)));
            }
        }
        return new WindowCounts(current, before);
    }

    private static WindowCount count(NativeRow r, long n, long raters) {
        return new WindowCount(r.longValue(0), r.string(1), r.longValue(2), r.string(3), n, raters);
    }

    /** Valid ratings in scope over the window by channel, language and verification. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<RatingMix> ratingMix(
            List<Quarter> window, Optional<Long> district, boolean verifiedOnly) {
        Query q =
                em.createNativeQuery(
                        "SELECT r.channel, r.language, r.verified, COUNT(*) "
                                + validRatings(district)
                                + " GROUP BY r.channel, r.language, r.verified"
                                + " ORDER BY r.channel, r.language, r.verified");
        bindWindow(q, window, district, verifiedOnly);
        List<RatingMix> rows = new ArrayList<>();
        for (NativeRow r : NativeRow.list(q)) {
            rows.add(new RatingMix(r.string(0), r.string(1), r.bool(2), r.longValue(3)));
        }
        return rows;
    }

    /** Invitations first sent in the quarter and how many of them were answered. */
    public record InvitationCounts(long sent, long answered) {}

    /**
     * Invitations sent in the quarter, in scope, and answered (view {@code
     * outreach_response_rate}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public InvitationCounts invitations(Quarter period, Optional<Long> district) {
        Query q =
                em.createNativeQuery(
                        "SELECT COALESCE(SUM(invitations_sent), 0),"
                                + " COALESCE(SUM(invitations_answered), 0)"
                                + " FROM outreach_response_rate WHERE period = :period"
                                + (district.isPresent() ? " AND district_id = :district" : ""));
        q.setParameter("period", period.toString());
        district.ifPresent(d -> q.setParameter("district", d));
        NativeRow row = NativeRow.single(q);
        return new InvitationCounts(row.longValue(0), row.longValue(1));
    }

    /** Survivors enrolled by the end of the quarter (programme time), in scope. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long survivorsEnrolled(Quarter period, Optional<Long> district, ZoneId zone) {
        Query q =
                em.createNativeQuery(
                        "SELECT COUNT(*) FROM survivor s WHERE s.created_at < :end"
                                + (district.isPresent() ? " AND s.district_id = :district" : ""));
        q.setParameter(
                "end", Timestamp.from(period.end().plusDays(1).atStartOfDay(zone).toInstant()));
        district.ifPresent(d -> q.setParameter("district", d));
        return NativeRow.single(q).longValue(0);
    }

    /** Encounters dated in the quarter, in scope (counted from {@code ix_encounter_date}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public long encounters(Quarter period, Optional<Long> district) {
        Query q =
                em.createNativeQuery(
                        "SELECT COUNT(*) FROM encounter e"
                                + " WHERE e.encounter_date BETWEEN :start AND :end"
                                + (district.isPresent() ? " AND e.district_id = :district" : ""));
        bindQuarter(q, period, district);
        return NativeRow.single(q).longValue(0);
    }

    /**
     * Comments of the quarter's valid ratings of the given providers, by provider name. The text is
     * raw: callers redact it before it reaches any output.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<RawComment> comments(Quarter period, Set<Long> providerIds, boolean verifiedOnly) {
        if (providerIds.isEmpty()) {
            return List.of();
        }
        String sql =
                "SELECT p.name, c.code, r.comment FROM rating r"
                        + " JOIN provider p ON p.id = r.provider_id"
                        + " JOIN provider_category c ON c.id = p.category_id "
                        + VALID_WHERE
                        + " AND r.provider_id IN (:providers) AND r.comment IS NOT NULL"
                        + " ORDER BY p.name, r.id";
        Query q = em.createNativeQuery(sql);
        bindWindow(q, List.of(period), Optional.empty(), verifiedOnly);
        q.setParameter("providers", providerIds);
        List<RawComment> rows = new ArrayList<>();
        for (NativeRow r : NativeRow.list(q)) {
            rows.add(new RawComment(r.string(0), r.string(1), r.string(2)));
        }
        return rows;
    }

    /**
     * The window's valid ratings in scope. The provider is joined only for a district's edition: a
     * national one reads the ratings alone, because MariaDB runs the join from the provider side,
     * fetching a million ratings one index look-up at a time (4-5 times slower than a scan).
     */
    private static String validRatings(Optional<Long> district) {
        return district.isPresent()
                ? "FROM rating r JOIN provider p ON p.id = r.provider_id "
                        + VALID_WHERE
                        + " AND p.district_id = :district"
                : "FROM rating r " + VALID_WHERE;
    }

    private static void bindWindow(
            Query q, List<Quarter> window, Optional<Long> district, boolean verifiedOnly) {
        q.setParameter("periods", window.stream().map(Quarter::toString).toList());
        q.setParameter("verifiedOnly", verifiedOnly);
        district.ifPresent(d -> q.setParameter("district", d));
    }

    private static void bindQuarter(Query q, Quarter period, Optional<Long> district) {
        q.setParameter("start", period.start());
        q.setParameter("end", period.end());
        district.ifPresent(d -> q.setParameter("district", d));
    }
}
