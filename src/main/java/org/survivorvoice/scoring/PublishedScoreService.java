package org.survivorvoice.scoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.survivorvoice.common.error.ForbiddenScopeException;
import org.survivorvoice.common.error.NotFoundException;
import org.survivorvoice.common.persistence.NativeRow;
import org.survivorvoice.common.persistence.PageRequest;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.scoring.disclosure.DisclosurePolicy;
import org.survivorvoice.scoring.disclosure.PublishedFigures;
import org.survivorvoice.scoring.disclosure.PublishedRelease;
import org.survivorvoice.scoring.disclosure.Viewer;
import org.survivorvoice.scoring.method.Band;
import org.survivorvoice.security.AuditService;
import org.survivorvoice.security.Roles;
import org.survivorvoice.security.StaffContext;

/**
 * Reads stored snapshots for the scores API through the disclosure rules: officials see only their
 * district, quarters are shown to officials and funders only after their release delay, funders
 * never see a provider named in an alert or significant band (counted as under review), and
 * suppressed providers are only counted. An admin's read of the exact figures writes an audit row.
 */
@ApplicationScoped
public class PublishedScoreService {

    /** The flagged bands as a SQL list, from the disclosure policy. */
    private static final String FLAGGED =
            DisclosurePolicy.FLAGGED.stream()
                    .map(b -> "'" + b.name() + "'")
                    .sorted()
                    .collect(Collectors.joining(", ", "(", ")"));

    private static final String BAND_ORDER = DisclosurePolicy.bandOrderSql("s.published_band");

    private final EntityManager em;
    private final StaffContext staff;
    private final ScoringService scoring;
    private final ScoringQueries queries;
    private final AuditService audit;
    private final ReleaseCalendar releases;

    public PublishedScoreService(
            EntityManager em,
            StaffContext staff,
            ScoringService scoring,
            ScoringQueries queries,
            AuditService audit,
            ReleaseCalendar releases) {
        this.releases = releases;
        this.audit = audit;
        this.em = em;
        this.staff = staff;
        this.scoring = scoring;
        this.queries = queries;
    }

    /**
     * Scores of a period (default: the latest released quarter), filtered and paged, at published
     * precision; with {@code exact} (admins only, audited) the exact computed figures instead.
     */
    @Transactional
    public ScoreList list(
            Quarter requested, Long districtId, String category, PageRequest page, boolean exact) {
        if (exact && !staff.hasRole(Roles.ADMIN)) {
            throw new ForbiddenScopeException("Only admins may read exact figures.");
        }
        Quarter period = requested == null ? releases.latestReleased() : requested;
        if (!staff.hasRole(Roles.ADMIN) && !scoring.isReleased(period)) {
            throw new NotFoundException("Released scores for " + period);
        }
        Optional<Long> district = staff.listDistrict(districtId);
        Viewer viewer = viewer();
        boolean hideFlagged = !viewer.seesFlags();
        StringBuilder where = new StringBuilder(" WHERE s.period = :period");
        district.ifPresent(d -> where.append(" AND s.district_id = :district"));
        if (category != null && !category.isBlank()) {
            where.append(" AND c.code = :category");
        }
        // last quarter's snapshot, joined by a literal: the period is a parsed Quarter, never text
        // from the request
        String previous =
                " LEFT JOIN score_snapshot prev ON prev.provider_id = s.provider_id"
                        + " AND prev.period = '"
                        + period.previous()
                        + "'";
        String from = " FROM score_snapshot s JOIN provider_category c ON c.id = s.category_id";
        // named providers are few (each needs a verified review), so they are found first from
        // the review table and given to the page and count queries as a list of ids
        String named = idList(queries.namedProviders(period));
        String visible =
                hideFlagged
                        ? " AND (s.published_band NOT IN "
                                + FLAGGED
                                + " OR s.provider_id IN "
                                + named
                                + ")"
                        : "";
        // The page is chosen from score_snapshot alone through ix_score_snapshot_page and only
        // its rows are joined to names and last quarter's band. Equal scores are ordered by
        // provider id rather than code: both are arbitrary but stable (codes are random), and the
        // code would need a provider lookup for each of the quarter's rows. At 10,000 providers an
        // admin's first page took 84-100 ms with all 9,238 snapshots of the quarter joined and
        // sorted, 11-19 ms with the page chosen first but ordered by code, 4-8 ms like this
        // (ANALYZE on the embedded MariaDB). STRAIGHT_JOIN keeps score_snapshot first: left to
        // itself the optimizer started from provider (90 ms).
        String order =
                " ORDER BY c.code, " + BAND_ORDER + ", s.published_score DESC, s.provider_id";
        Query items =
                em.createNativeQuery(
                        "SELECT p.code, p.name, c.code, d.id, d.name, s.n, s.score,"
                                + " s.interval_low, s.interval_high, s.band, prev.published_band,"
                                + " s.verified_n, CASE WHEN s.provider_id IN "
                                + named
                                + " THEN 1 ELSE 0 END, "
                                + PublishedColumns.SELECT
                                + " FROM (SELECT STRAIGHT_JOIN s.id"
                                + from
                                + where
                                + visible
                                + order
                                + " LIMIT :first, :size) page"
                                + " JOIN score_snapshot s ON s.id = page.id"
                                + " JOIN provider p ON p.id = s.provider_id"
                                + " JOIN provider_category c ON c.id = s.category_id"
                                + " JOIN area d ON d.id = s.district_id"
                                + previous
                                + order);
        bind(items, period, district, category)
                .setParameter("first", page.offset())
                .setParameter("size", page.size());
        List<ProviderScoreView> views = new ArrayList<>();
        for (NativeRow row : NativeRow.list(items)) {
            views.add(view(row, viewer, exact));
        }
        // counts join only the category (for its code): every snapshot has its provider and
        // district, and joining them as the page does took 21-27 ms per count, against 2-4 ms
        long total = count("SELECT COUNT(*)" + from + where + visible, period, district, category);
        long underReview =
                hideFlagged
                        ? count(
                                "SELECT COUNT(*)"
                                        + from
                                        + where
                                        + " AND s.published_band IN "
                                        + FLAGGED
                                        + " AND s.provider_id NOT IN "
                                        + named,
                                period,
                                district,
                                category)
                        : 0;
        long suppressed =
                count(
                        "SELECT COALESCE(SUM(s.suppressed_units), 0) FROM score_suppression s"
                                + " JOIN provider_category c ON c.id = s.category_id"
                                + where,
                        period,
                        district,
                        category);
        if (exact) {
            audit.record(
                    "READ_EXACT",
                    "score",
                    null,
                    "period="
                            + period
                            + " district="
                            + district.orElse(null)
                            + " category="
                            + category);
        }
        return new ScoreList(
                views,
                page.page(),
                page.size(),
                total,
                suppressed,
                underReview,
                period.toString(),
                methods(period, category));
    }

    private List<CategoryMethodView> methods(Quarter period, String category) {
        boolean byCategory = category != null && !category.isBlank();
        Query q =
                em.createNativeQuery(
                        "SELECT c.code, m.comparison_id, m.theta0, m.tau2, m.m, m.compared_units"
                                + " FROM score_method m JOIN provider_category c ON c.id ="
                                + " m.category_id WHERE m.period = :period"
                                + (byCategory ? " AND c.code = :category" : "")
                                + " ORDER BY c.code, m.comparison_id");
        q.setParameter("period", period.toString());
        if (byCategory) {
            q.setParameter("category", category.strip());
        }
        List<CategoryMethodView> methods = new ArrayList<>();
        for (NativeRow r : NativeRow.list(q)) {
            methods.add(
                    new CategoryMethodView(
                            r.string(0),
                            r.longValue(1),
                            DisclosurePolicy.theta0(r.nullableDouble(2)),
                            DisclosurePolicy.tau2(r.doubleValue(3)),
                            DisclosurePolicy.priorWeight(r.doubleValue(4)),
                            r.intValue(5)));
        }
        return methods;
    }

    private static ProviderScoreView view(NativeRow r, Viewer viewer, boolean exact) {
        long n = r.longValue(5);
        PublishedRelease release = PublishedColumns.read(r, 13);
        // exact figures (admins, audited) take the published ones' place, field by field
        PublishedFigures f =
                exact
                        ? new PublishedFigures(
                                n,
                                Band.valueOf(r.string(9)),
                                r.doubleValue(6),
                                r.doubleValue(7),
                                r.doubleValue(8),
                                n == 0 ? 0 : r.doubleValue(11) / n,
                                n,
                                0,
                                0)
                        : release.figures();
        boolean named = r.bool(12);
        String previousBand = r.string(10);
        Band previous =
                DisclosurePolicy.visiblePreviousBand(
                        viewer, previousBand == null ? null : Band.valueOf(previousBand), named);
        return new ProviderScoreView(
                r.string(0),
                r.string(1),
                r.string(2),
                r.longValue(3),
                r.string(4),
                f.ratingsBand(),
                f.score(),
                new ProviderScoreView.Interval(f.low(), f.high()),
                f.band(),
                previous,
                f.verifiedShare(),
                named,
                release.unchanged(),
                release.since(),
                exact ? n : null);
    }

    private Viewer viewer() {
        if (staff.hasRole(Roles.ADMIN)) {
            return Viewer.ADMIN;
        }
        return staff.hasRole(Roles.FUNDER) ? Viewer.FUNDER : Viewer.OFFICIAL;
    }

    private long count(String sql, Quarter period, Optional<Long> district, String category) {
        Query q = em.createNativeQuery(sql);
        return NativeRow.single(bind(q, period, district, category)).longValue(0);
    }

    private static Query bind(Query q, Quarter period, Optional<Long> district, String category) {
        q.setParameter("period", period.toString());
        district.ifPresent(d -> q.setParameter("district", d));
        if (category != null && !category.isBlank()) {
            q.setParameter("category", category.strip());
        }
        return q;
    }

    /**
     * A SQL list of ids, {@code (1, 2)}; {@code (-1)} when empty, which no identity id matches (not
     * {@code (NULL)}: {@code NOT IN (NULL)} is never true).
     */
    private static String idList(Set<Long> ids) {
        return ids.isEmpty()
                ? "(-1)"
                : ids.stream().map(String::valueOf).collect(Collectors.joining(", ", "(", ")"));
    }
}
