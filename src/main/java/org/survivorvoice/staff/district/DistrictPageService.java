package org.survivorvoice.staff.district;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.survivorvoice.area.Area;
import org.survivorvoice.area.AreaLevel;
import org.survivorvoice.common.error.NotFoundException;
import org.survivorvoice.common.persistence.PageRequest;
import org.survivorvoice.common.persistence.PageResult;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.privacy.CommentRedaction;
import org.survivorvoice.provider.Provider;
import org.survivorvoice.provider.ProviderService;
import org.survivorvoice.reports.data.ActivityQueries;
import org.survivorvoice.reports.data.DirectoryQueries;
import org.survivorvoice.scoring.CategoryMethodView;
import org.survivorvoice.scoring.ProviderScoreView;
import org.survivorvoice.scoring.PublishedDimensionService;
import org.survivorvoice.scoring.PublishedRankService;
import org.survivorvoice.scoring.PublishedScoreService;
import org.survivorvoice.scoring.ReleaseCalendar;
import org.survivorvoice.scoring.ReviewService;
import org.survivorvoice.scoring.ScoreList;
import org.survivorvoice.scoring.ScoringConfig;
import org.survivorvoice.scoring.TrendPoint;
import org.survivorvoice.scoring.alert.AlertView;
import org.survivorvoice.scoring.alert.DeteriorationAlertService;
import org.survivorvoice.scoring.disclosure.DisclosurePolicy;
import org.survivorvoice.scoring.method.Band;
import org.survivorvoice.scoring.method.RankInterval;
import org.survivorvoice.security.StaffContext;

/**
 * The district official's pages (design/API.md, "Staff pages"): the same services as the scores,
 * alerts and trend API, so the same rules hold (officials see their own district, 403 for another
 * district's list and 404 for another district's provider; released quarters only), plus the rank
 * intervals of the disclosure policy and, for a provider past the suppression gate, its dimension
 * scores and redacted comments as the official's workbook has them.
 */
@ApplicationScoped
public class DistrictPageService {

    /** The page's band groups in page order. */
    static final List<String> BAND_KEYS = List.of("above", "within", "below", "insufficient");

    /** Alerts listed on the page; the total says how many there are in all. */
    private static final int ALERTS_SHOWN = 20;

    private final StaffContext staff;
    private final PublishedScoreService scores;
    private final PublishedRankService ranks;
    private final PublishedDimensionService dimensionScores;
    private final DeteriorationAlertService alerts;
    private final ReviewService reviews;
    private final ProviderService providers;
    private final ScoringConfig scoringConfig;
    private final ReleaseCalendar releases;
    private final ActivityQueries activity;
    private final DirectoryQueries directory;

    public DistrictPageService(
            StaffContext staff,
            PublishedScoreService scores,
            PublishedRankService ranks,
            PublishedDimensionService dimensionScores,
            DeteriorationAlertService alerts,
            ReviewService reviews,
            ProviderService providers,
            ScoringConfig scoringConfig,
            ReleaseCalendar releases,
            ActivityQueries activity,
            DirectoryQueries directory) {
        this.staff = staff;
        this.scores = scores;
        this.ranks = ranks;
        this.dimensionScores = dimensionScores;
        this.alerts = alerts;
        this.reviews = reviews;
        this.providers = providers;
        this.scoringConfig = scoringConfig;
        this.releases = releases;
        this.activity = activity;
        this.directory = directory;
    }

    /**
     * The district an admin or official may open: an official's own (403 for another), an admin's
     * choice; empty when an admin has not chosen yet.
     */
    public Optional<Long> district(Long requested) {
        return staff.listDistrict(requested);
    }

    /** The quarter a page shows: the one asked for, else the latest released. */
    public Quarter period(Quarter requested) {
        return requested == null ? releases.latestReleased() : requested;
    }

    /** Districts an admin may pick, by name: {@code id -> name}. */
    @Transactional
    public Map<Long, String> districts() {
        Map<Long, String> names = new LinkedHashMap<>();
        for (var area : Area.<Area>list("level = ?1 order by name", AreaLevel.DISTRICT)) {
            names.put(area.id, area.name);
        }
        return names;
    }

    /**
     * The district page: every scored category with its providers by band, the selected category
     * (or the first), and the district's alerts.
     *
     * @param districtId a district the caller may see ({@link #district})
     * @param category the category whose charts are shown; null for the first
     */
    @Transactional
    public DistrictPage page(long districtId, Quarter period, String category) {
        String name =
                directory.areaName(districtId).orElseThrow(() -> new NotFoundException("District"));
        Map<String, String> categoryNames = directory.categoryNames();
        Map<String, RankInterval> rankIntervals = ranks.forDistrict(period, districtId);
        ScoreList all = scores.list(period, districtId, null, PageRequest.of("0", "500"), false);
        Map<String, List<ProviderScoreView>> byCategory = new LinkedHashMap<>();
        collect(all, byCategory);
        for (int page = 1; (long) page * all.size() < all.total(); page++) {
            collect(
                    scores.list(
                            period,
                            districtId,
                            null,
                            PageRequest.of(String.valueOf(page), "500"),
                            false),
                    byCategory);
        }
        List<DistrictPage.CategoryBlock> blocks = new ArrayList<>();
        for (String code : categoryNames.keySet().stream().sorted().toList()) {
            List<ProviderScoreView> views = byCategory.getOrDefault(code, List.of());
            ScoreList ofCategory =
                    scores.list(period, districtId, code, PageRequest.of("0", "1"), false);
            if (views.isEmpty() && ofCategory.suppressed() == 0) {
                continue;
            }
            Optional<CategoryMethodView> method = ofCategory.method().stream().findFirst();
            blocks.add(
                    new DistrictPage.CategoryBlock(
                            code,
                            categoryNames.get(code),
                            groups(views, rankIntervals),
                            views.size(),
                            ofCategory.suppressed(),
                            method.map(CategoryMethodView::theta0).orElse(null),
                            method.map(CategoryMethodView::m).orElse(0.0),
                            method.map(CategoryMethodView::units).orElse(0)));
        }
        DistrictPage.CategoryBlock selected =
                blocks.stream()
                        .filter(b -> b.code().equals(category))
                        .findFirst()
                        .orElse(blocks.isEmpty() ? null : blocks.get(0));
        PageResult<AlertView> alertPage =
                alerts.list(districtId, PageRequest.of("0", String.valueOf(ALERTS_SHOWN)));
        return new DistrictPage(
                districtId,
                name,
                period.toString(),
                blocks,
                selected,
                alertPage.items(),
                alertPage.total());
    }

    /**
     * One provider's page: 404 when unknown or, for an official, in another district. Dimension
     * scores and comments only when the provider is past the suppression gate in the quarter, the
     * comments redacted of every area and provider name, numbers and person names.
     */
    @Transactional
    public ProviderPage provider(String code, Quarter period) {
        Provider provider = providers.requireVisible(code);
        List<TrendPoint> trend = reviews.trend(provider.code);
        long districtId = provider.district.id;
        Optional<ProviderScoreView> view = current(provider, districtId, period);
        ProviderLine line =
                view.map(v -> line(v, ranks.forProvider(period, provider.id).orElse(null)))
                        .orElse(null);
        List<ProviderPage.Dimension> dimensions = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        if (line != null) {
            boolean verifiedOnly = scoringConfig.verifiedOnly();
            dimensionScores
                    .forPublished(provider.id, period, view.get())
                    .forEach(
                            (key, score) ->
                                    dimensions.add(
                                            new ProviderPage.Dimension(
                                                    key,
                                                    score.map(v -> (int) Math.round(v * 100))
                                                            .orElse(null))));
            var raw = activity.comments(period, Set.of(provider.id), verifiedOnly);
            if (!raw.isEmpty()) {
                CommentRedaction redaction =
                        new CommentRedaction(
                                directory.areaNames(), directory.providerNames(Optional.empty()));
                raw.forEach(c -> comments.add(redaction.redact(c.text())));
            }
        }
        List<ProviderPage.TrendLine> lines = new ArrayList<>();
        for (TrendPoint p : trend) {
            lines.add(
                    new ProviderPage.TrendLine(
                            p.period(),
                            p.ratingsBand(),
                            ProviderLine.percent(p.score()),
                            ProviderLine.percent(p.interval().low()),
                            ProviderLine.percent(p.interval().high()),
                            bandKey(p.band()),
                            p.unchanged()));
        }
        return new ProviderPage(
                provider.code,
                provider.name,
                provider.category.code,
                provider.category.name,
                districtId,
                provider.district.name,
                period.toString(),
                line,
                lines,
                dimensions,
                comments);
    }

    /** The provider's line of the scores list of its district and category in the quarter. */
    private Optional<ProviderScoreView> current(
            Provider provider, long districtId, Quarter period) {
        String category = provider.category.code;
        ScoreList list =
                scores.list(period, districtId, category, PageRequest.of("0", "500"), false);
        for (int page = 0; ; page++) {
            for (ProviderScoreView v : list.items()) {
                if (v.providerCode().equals(provider.code)) {
                    return Optional.of(v);
                }
            }
            if ((long) (page + 1) * list.size() >= list.total()) {
                return Optional.empty();
            }
            list =
                    scores.list(
                            period,
                            districtId,
                            category,
                            PageRequest.of(String.valueOf(page + 1), "500"),
                            false);
        }
    }

    private static void collect(ScoreList list, Map<String, List<ProviderScoreView>> byCategory) {
        for (ProviderScoreView v : list.items()) {
            byCategory.computeIfAbsent(v.category(), c -> new ArrayList<>()).add(v);
        }
    }

    /** The band groups of a category in page order; the list is already sorted by band, score. */
    private static List<DistrictPage.BandGroup> groups(
            List<ProviderScoreView> views, Map<String, RankInterval> rankIntervals) {
        Map<String, List<ProviderLine>> groups = new LinkedHashMap<>();
        for (String key : BAND_KEYS) {
            groups.put(key, new ArrayList<>());
        }
        for (ProviderScoreView v : views) {
            groups.get(bandKey(v.band())).add(line(v, rankIntervals.get(v.providerCode())));
        }
        for (List<ProviderLine> lines : groups.values()) {
            lines.sort((a, b) -> Integer.compare(b.score(), a.score()));
        }
        List<DistrictPage.BandGroup> result = new ArrayList<>();
        groups.forEach(
                (key, lines) -> {
                    if (!lines.isEmpty()) {
                        result.add(new DistrictPage.BandGroup(key, lines));
                    }
                });
        return result;
    }

    private static ProviderLine line(ProviderScoreView v, RankInterval rank) {
        return new ProviderLine(
                v.providerCode(),
                v.name(),
                v.ratingsBand(),
                ProviderLine.percent(v.score()),
                ProviderLine.percent(v.interval().low()),
                ProviderLine.percent(v.interval().high()),
                v.band(),
                DisclosurePolicy.change(v.band(), v.previousBand()),
                v.unchanged(),
                rank);
    }

    /** The page's group of a band: significant bands join their side. */
    static String bandKey(Band band) {
        return switch (band) {
            case SIGNIFICANTLY_ABOVE, ABOVE -> "above";
            case WITHIN -> "within";
            case BELOW, SIGNIFICANTLY_BELOW -> "below";
            case INSUFFICIENT_DATA -> "insufficient";
        };
    }
}
