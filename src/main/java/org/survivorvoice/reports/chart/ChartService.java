package org.survivorvoice.reports.chart;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.survivorvoice.common.error.ForbiddenScopeException;
import org.survivorvoice.common.error.InvalidInputException;
import org.survivorvoice.common.error.NotFoundException;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.feedback.Channel;
import org.survivorvoice.scoring.ReleaseCalendar;
import org.survivorvoice.scoring.ScoringConfig;
import org.survivorvoice.scoring.ScoringQueries;
import org.survivorvoice.scoring.ScoringService;
import org.survivorvoice.scoring.TrendPoint;
import org.survivorvoice.scoring.disclosure.DisclosurePolicy;
import org.survivorvoice.scoring.method.Band;
import org.survivorvoice.scoring.method.ScoringParameters;
import org.survivorvoice.security.Roles;
import org.survivorvoice.security.StaffContext;

/**
 * Builds the data of every chart from stored score snapshots, through the disclosure rules of the
 * scores API: officials see only their district (403 when they ask for another, 404 for another
 * district's provider), officials and funders see a quarter only after its release delay, funders
 * see a flagged provider (BELOW or significant) only as under review and without its name until the
 * confirmation rule names it, and suppressed providers have no snapshot, so they are never drawn,
 * only counted. Each method takes the {@link ChartViewer} explicitly, so report jobs reuse them;
 * {@link #viewer()} gives the caller of a request. Every method only reads: native projections, no
 * entity loaded or written.
 */
@ApplicationScoped
public class ChartService {

    private static final String ALL_DISTRICTS = "All districts";

    private final ChartQueries queries;
    private final ScoringQueries scoringQueries;
    private final ScoringService scoring;
    private final ScoringConfig scoringConfig;
    private final StaffContext staff;
    private final ReleaseCalendar releases;

    public ChartService(
            ChartQueries queries,
            ScoringQueries scoringQueries,
            ScoringService scoring,
            ScoringConfig scoringConfig,
            StaffContext staff,
            ReleaseCalendar releases) {
        this.queries = queries;
        this.scoringQueries = scoringQueries;
        this.scoring = scoring;
        this.scoringConfig = scoringConfig;
        this.staff = staff;
        this.releases = releases;
    }

    /** The viewer of the current request. */
    public ChartViewer viewer() {
        if (staff.hasRole(Roles.ADMIN)) {
            return ChartViewer.admin();
        }
        if (staff.hasRole(Roles.FUNDER)) {
            return ChartViewer.funder();
        }
        if (staff.hasRole(Roles.OFFICIAL)) {
            return staff.districtScope()
                    .map(ChartViewer::official)
                    .orElseThrow(
                            () -> new ForbiddenScopeException("You have no district assigned."));
        }
        throw new ForbiddenScopeException("Your role does not allow charts.");
    }

    /** Codes of the categories with scored providers the viewer may see in the quarter. */
    @Transactional
    public List<String> scoredCategories(Quarter period, Long districtId, ChartViewer viewer) {
        return queries.scoredCategoryCodes(
                visiblePeriod(period, viewer), viewer.district(districtId));
    }

    /**
     * The funnel plot of a category: one panel per comparison area with providers in scope (the
     * district's own area when a district is given or the viewer is an official).
     *
     * @param period the quarter, or null for the latest released one
     * @param categoryCode e.g. POLICE; 404 when unknown
     * @param districtId the district, or null for all (officials: their own)
     */
    @Transactional
    public FunnelChartData funnel(
            Quarter period, String categoryCode, Long districtId, ChartViewer viewer) {
        Quarter quarter = visiblePeriod(period, viewer);
        ChartQueries.CategoryRow category = category(categoryCode);
        Optional<Long> district = viewer.district(districtId);
        Optional<ChartQueries.DistrictRow> districtRow = district.map(this::district);
        ScoringParameters params = scoringConfig.parameters();
        Set<Long> named = named(quarter, viewer);
        List<ChartQueries.SnapshotRow> rows = queries.snapshots(quarter, category.id(), district);
        List<FunnelPanel> panels = new ArrayList<>();
        for (ChartQueries.MethodRow method :
                queries.methods(
                        quarter,
                        category.id(),
                        districtRow.map(ChartQueries.DistrictRow::comparisonId))) {
            List<FunnelPoint> points = new ArrayList<>();
            for (ChartQueries.SnapshotRow row : rows) {
                if (row.comparisonId() == method.comparisonId()) {
                    ChartBand band = band(row, viewer, named);
                    String name = band == ChartBand.UNDER_REVIEW ? null : row.providerName();
                    points.add(
                            FunnelPoint.of(
                                    row.n(), row.p(), band, name, params.classifyMinRatings()));
                }
            }
            int suppressed =
                    district.isPresent()
                            ? queries.suppressed(quarter, category.id(), district.get())
                            : method.suppressed();
            panels.add(
                    new FunnelPanel(
                            method.comparisonName(),
                            method.theta0(),
                            method.tau2(),
                            suppressed,
                            points));
        }
        return new FunnelChartData(category.name(), quarter, scope(districtRow), params, panels);
    }

    /**
     * The caterpillar of a category in one district: every provider the viewer may see named, by
     * band and then score. Funders' flagged providers are left out, as the scores list leaves them
     * out.
     *
     * @param districtId required except for officials (their own); a caterpillar of every district
     *     would have thousands of rows
     */
    @Transactional
    public CaterpillarChartData caterpillar(
            Quarter period, String categoryCode, Long districtId, ChartViewer viewer) {
        Quarter quarter = visiblePeriod(period, viewer);
        ChartQueries.CategoryRow category = category(categoryCode);
        long district =
                viewer.district(districtId)
                        .orElseThrow(
                                () -> new InvalidInputException("district", "name the district"));
        ChartQueries.DistrictRow districtRow = district(district);
        Set<Long> named = named(quarter, viewer);
        List<CaterpillarChartData.Row> rows = new ArrayList<>();
        for (ChartQueries.SnapshotRow row :
                queries.snapshots(quarter, category.id(), Optional.of(district))) {
            ChartBand band = band(row, viewer, named);
            if (band != ChartBand.UNDER_REVIEW) {
                rows.add(
                        new CaterpillarChartData.Row(
                                row.providerName(), row.score(), row.low(), row.high(), band));
            }
        }
        ScoringParameters params = scoringConfig.parameters();
        int width = (int) Math.round((params.intervalUpper() - params.intervalLower()) * 100);
        return new CaterpillarChartData(category.name(), quarter, districtRow.name(), width, rows);
    }

    /** Providers per category and band in a quarter, one district or all. */
    @Transactional
    public CategoryOverviewData categories(Quarter period, Long districtId, ChartViewer viewer) {
        Quarter quarter = visiblePeriod(period, viewer);
        Optional<Long> district = viewer.district(districtId);
        Optional<ChartQueries.DistrictRow> districtRow = district.map(this::district);
        Set<Long> named = named(quarter, viewer);
        Map<String, Map<ChartBand, Integer>> counts = new LinkedHashMap<>();
        for (ChartQueries.BandCount row : queries.bands(quarter, district)) {
            ChartBand band = band(row.band(), row.providerId(), viewer, named);
            counts.computeIfAbsent(row.category(), c -> new EnumMap<>(ChartBand.class))
                    .merge(band, 1, Integer::sum);
        }
        Map<String, Integer> suppressed = queries.suppressedByCategory(quarter, district);
        suppressed
                .keySet()
                .forEach(c -> counts.computeIfAbsent(c, k -> new EnumMap<>(ChartBand.class)));
        List<CategoryOverviewData.Category> categories = new ArrayList<>();
        counts.keySet().stream()
                .sorted()
                .forEach(
                        c ->
                                categories.add(
                                        new CategoryOverviewData.Category(
                                                c, counts.get(c), suppressed.getOrDefault(c, 0))));
        return new CategoryOverviewData(quarter, scope(districtRow), categories);
    }

    /**
     * A provider's scores by quarter: released quarters for officials and funders; for funders no
     * quarter in which the provider was flagged and not named.
     *
     * @param providerCode 404 when unknown or, for an official, in another district
     */
    @Transactional
    public TrendChartData providerTrend(String providerCode, ChartViewer viewer) {
        ChartQueries.ProviderRow provider =
                queries.provider(providerCode).orElseThrow(() -> new NotFoundException("Provider"));
        viewer.requireVisible(provider.districtId(), "Provider");
        List<TrendChartData.Value> values = new ArrayList<>();
        for (TrendPoint point : scoringQueries.trend(provider.id())) {
            Quarter quarter = Quarter.parse(point.period());
            if (!viewer.seesUnreleased() && !scoring.isReleased(quarter)) {
                continue;
            }
            ChartBand band =
                    band(point.band(), provider.id(), viewer, named(quarter, point.band(), viewer));
            if (band != ChartBand.UNDER_REVIEW) {
                values.add(
                        new TrendChartData.Value(
                                quarter,
                                point.score(),
                                point.interval().low(),
                                point.interval().high(),
                                band));
            }
        }
        List<Quarter> axis = new ArrayList<>();
        if (!values.isEmpty()) {
            Quarter q = values.get(0).period();
            Quarter last = values.get(values.size() - 1).period();
            while (q.compareTo(last) <= 0) {
                axis.add(q);
                q = q.next();
            }
        }
        return new TrendChartData(
                provider.name(),
                provider.category() + ", " + provider.district(),
                axis,
                List.of(new TrendChartData.Series(provider.name(), values)));
    }

    /** Shares of the quarter's valid ratings by channel, one district or all. */
    @Transactional
    public ChannelMixData channels(Quarter period, Long districtId, ChartViewer viewer) {
        Quarter quarter = visiblePeriod(period, viewer);
        Optional<Long> district = viewer.district(districtId);
        Optional<ChartQueries.DistrictRow> districtRow = district.map(this::district);
        Map<String, Long> stored = queries.ratingsByChannel(quarter, district);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Channel channel : Channel.values()) {
            counts.put(channel.name(), stored.getOrDefault(channel.name(), 0L));
        }
        return ChannelMixData.of(
                quarter, scope(districtRow), counts, scoringConfig.parameters().minRatings());
    }

    /** The latest quarter whose release delay has passed. */
    public Quarter latestReleased() {
        return releases.latestReleased();
    }

    private Quarter visiblePeriod(Quarter requested, ChartViewer viewer) {
        Quarter period = requested == null ? latestReleased() : requested;
        if (!viewer.seesUnreleased() && !scoring.isReleased(period)) {
            throw new NotFoundException("Released scores for " + period);
        }
        return period;
    }

    private ChartQueries.CategoryRow category(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidInputException("category", "name the category, e.g. POLICE");
        }
        return queries.category(code.strip()).orElseThrow(() -> new NotFoundException("Category"));
    }

    private ChartQueries.DistrictRow district(long id) {
        return queries.district(id).orElseThrow(() -> new NotFoundException("District"));
    }

    /** Providers named in the quarter, looked up only for funders (others see every flag). */
    private Set<Long> named(Quarter quarter, ChartViewer viewer) {
        return viewer.seesFlags() ? Set.of() : scoringQueries.namedProviders(quarter);
    }

    private Set<Long> named(Quarter quarter, Band band, ChartViewer viewer) {
        return DisclosurePolicy.isFlagged(band) ? named(quarter, viewer) : Set.of();
    }

    private static ChartBand band(
            ChartQueries.SnapshotRow row, ChartViewer viewer, Set<Long> named) {
        return band(row.band(), row.providerId(), viewer, named);
    }

    private static ChartBand band(Band band, long providerId, ChartViewer viewer, Set<Long> named) {
        return DisclosurePolicy.visibleBand(viewer.policyViewer(), band, named.contains(providerId))
                .map(ChartBand::of)
                .orElse(ChartBand.UNDER_REVIEW);
    }

    private static String scope(Optional<ChartQueries.DistrictRow> district) {
        return district.map(ChartQueries.DistrictRow::name).orElse(ALL_DISTRICTS);
    }
}
