package org.survivorvoice.reports.data;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.survivorvoice.common.config.SurvivorVoiceConfig;
import org.survivorvoice.common.error.NotFoundException;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.privacy.CommentRedaction;
import org.survivorvoice.privacy.DisclosureGate;
import org.survivorvoice.reports.Audience;
import org.survivorvoice.reports.ReportRequest;
import org.survivorvoice.reports.data.ReportData.Change;
import org.survivorvoice.reports.data.ReportData.ProviderRow;
import org.survivorvoice.reports.data.ReportData.Share;
import org.survivorvoice.reports.data.ReportData.SuppressionReason;
import org.survivorvoice.reports.data.ReportQueries.Snapshot;
import org.survivorvoice.reports.data.ReportQueries.WindowCount;
import org.survivorvoice.scoring.ScoringConfig;
import org.survivorvoice.scoring.ScoringQueries;
import org.survivorvoice.scoring.ScoringService;
import org.survivorvoice.scoring.method.Band;

/**
 * Builds the {@link ReportData} of one quarterly workbook from stored score snapshots and aggregate
 * counts, in one read-only transaction so every sheet sees the same state of the database. The
 * disclosure rules of the audience are applied here, so renderers cannot get them wrong: funders
 * get every district but no free text, no unverified flagged names and no dates finer than a
 * quarter; officials get their district only, with internal alerts and redacted comments.
 */
@ApplicationScoped
public class ReportService {

    private static final Set<Band> FLAGGED =
            Set.of(Band.BELOW, Band.SIGNIFICANTLY_BELOW, Band.SIGNIFICANTLY_ABOVE);

    /** Rows keyed by district, category... sort by their texts in order. */
    private static final Comparator<List<String>> KEY_ORDER =
            (a, b) -> {
                for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                    int c = a.get(i).compareTo(b.get(i));
                    if (c != 0) {
                        return c;
                    }
                }
                return Integer.compare(a.size(), b.size());
            };

    private static final DateTimeFormatter MINUTES =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ReportQueries queries;
    private final ScoringQueries scoringQueries;
    private final ScoringService scoring;
    private final ScoringConfig scoringConfig;
    private final ReportsConfig reportsConfig;
    private final SurvivorVoiceConfig config;
    private final EntityManager em;
    private final Clock clock;

    public ReportService(
            ReportQueries queries,
            ScoringQueries scoringQueries,
            ScoringService scoring,
            ScoringConfig scoringConfig,
            ReportsConfig reportsConfig,
            SurvivorVoiceConfig config,
            EntityManager em,
            Clock clock) {
        this.queries = queries;
        this.scoringQueries = scoringQueries;
        this.scoring = scoring;
        this.scoringConfig = scoringConfig;
        this.reportsConfig = reportsConfig;
        this.config = config;
        this.em = em;
        this.clock = clock;
    }

    /**
     * The data of the requested workbook. Throws {@link NotFoundException} for an official edition
     * of an unknown district. Who may ask for which edition is the caller's check.
     */
    @Transactional
    public ReportData build(ReportRequest request) {
        // nothing here writes: no entity is loaded, and nothing may be flushed
        Session session = em.unwrap(Session.class);
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
        return new Builder(request).build();
    }

    /** One build: the request's scope and the rows read once and shared by several sheets. */
    private final class Builder {
        private final ReportRequest request;
        private final Quarter period;
        private final Optional<Long> district;
        private final boolean funder;
        private final List<Quarter> window;
        private final int minCell;
        private final List<Snapshot> snapshots;
        private final Set<Long> named;
        private final List<WindowCount> counts;
        private final String districtName;
        private final List<ReportQueries.RatingMix> mix;
        private final List<ReportQueries.OutcomeCount> outcomeCounts;

        Builder(ReportRequest request) {
            this.request = request;
            this.period = request.period();
            this.district = Optional.ofNullable(request.districtId());
            this.funder = request.audience() == Audience.FUNDER;
            this.districtName =
                    district.map(
                                    d ->
                                            queries.areaName(d)
                                                    .orElseThrow(
                                                            () ->
                                                                    new NotFoundException(
                                                                            "District " + d)))
                            .orElse(null);
            this.window = scoring.window(period);
            // the "never publish a percentage of fewer than 11" rule, for every share and median
            this.minCell = scoringConfig.minRatings();
            this.snapshots = queries.snapshots(period, district);
            this.named = scoringQueries.namedProviders(period);
            this.counts = queries.windowCounts(window, district, scoringConfig.verifiedOnly());
            this.mix = queries.ratingMix(window, district, scoringConfig.verifiedOnly());
            // read once: the Summary's encounters and the Outcomes sheet share it
            this.outcomeCounts = queries.outcomes(period, district);
        }

        ReportData build() {
            List<ProviderRow> visible = new ArrayList<>();
            List<ProviderRow> laggards = new ArrayList<>();
            List<ProviderRow> goodPractice = new ArrayList<>();
            List<ProviderRow> belowAlerts = new ArrayList<>();
            Map<Long, ProviderRow> goodPracticeIds = new LinkedHashMap<>();
            long underReview = 0;
            for (Snapshot s : snapshots) {
                Band band = Band.valueOf(s.band());
                boolean isNamed = named.contains(s.providerId());
                boolean flagged = FLAGGED.contains(band);
                ProviderRow row = row(s, band);
                if (flagged && !isNamed) {
                    underReview++;
                    if (!funder && band != Band.SIGNIFICANTLY_ABOVE) {
                        belowAlerts.add(row);
                    }
                }
                if (!funder || !flagged || isNamed) {
                    visible.add(row);
                }
                if (isNamed && band == Band.SIGNIFICANTLY_BELOW) {
                    laggards.add(row);
                }
                if (isNamed && band == Band.SIGNIFICANTLY_ABOVE) {
                    goodPractice.add(row);
                    goodPracticeIds.put(s.providerId(), row);
                }
            }
            return new ReportData(
                    request,
                    cover(),
                    summary(),
                    outcomes(),
                    visible,
                    goodPractice(goodPracticeIds),
                    new ReportData.NeedsAttention(
                            laggards, underReview, belowAlerts, funder ? List.of() : alerts()),
                    districts(),
                    trends(),
                    funder ? List.of() : comments(),
                    method(),
                    suppression());
        }

        private ProviderRow row(Snapshot s, Band band) {
            Band previous = s.previousBand() == null ? null : Band.valueOf(s.previousBand());
            if (funder && previous != null && previous != Band.WITHIN && previous != Band.ABOVE) {
                // a funder must not learn last quarter's unverified flag either
                previous = null;
            }
            return new ProviderRow(
                    s.code(),
                    s.name(),
                    s.category(),
                    s.district(),
                    DisclosureGate.countBand(s.n()),
                    s.score(),
                    s.low(),
                    s.high(),
                    band,
                    change(band, previous));
        }

        private ReportData.Cover cover() {
            ZoneId zone = config.timeZone();
            LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), zone);
            return new ReportData.Cover(
                    reportsConfig.programmeName(),
                    period.toString(),
                    funder
                            ? Audience.FUNDER.name()
                            : Audience.OFFICIAL.name() + ": " + districtName,
                    funder ? now.toLocalDate().toString() : now.format(MINUTES),
                    dataPeriod(),
                    request.provisional());
        }

        private String dataPeriod() {
            return window.get(0) + " to " + period;
        }

        private ReportData.Summary summary() {
            var current = gateCounts(snapshots, counts);
            Quarter before = period.previous();
            var previous =
                    gateCounts(
                            queries.snapshots(before, district),
                            queries.windowCounts(
                                    scoring.window(before),
                                    district,
                                    scoringConfig.verifiedOnly()));
            var ratings =
                    RatingTotalGate.publish(
                            current,
                            previous.listed().isEmpty() && previous.suppressed().isEmpty()
                                    ? null
                                    : previous,
                            scoringConfig.minRatings(),
                            reportsConfig.minCandidates());
            long insufficient =
                    snapshots.stream()
                            .filter(s -> Band.INSUFFICIENT_DATA.name().equals(s.band()))
                            .count();
            long encounters =
                    outcomeCounts.stream().mapToLong(ReportQueries.OutcomeCount::count).sum();
            return new ReportData.Summary(
                    DisclosureGate.roundTotal(
                            queries.survivorsEnrolled(period, district, config.timeZone())),
                    DisclosureGate.roundTotal(encounters),
                    ratings.isPresent() ? ratings.getAsLong() : null,
                    responseRate(queries.invitations(period, district)),
                    verifiedShare(mix),
                    shares(mix, ReportQueries.RatingMix::channel),
                    shares(mix, ReportQueries.RatingMix::language),
                    snapshots.size(),
                    snapshots.isEmpty() ? null : (double) insufficient / snapshots.size());
        }

        /**
         * Listed providers are those with a snapshot (hidden ones too: an observer knows less about
         * them than a band, so treating them as banded errs towards withholding); the others with
         * valid ratings are suppressed. A provider past the gate without a snapshot (rated after a
         * frozen quarter was scored) is never shown and counts as listed for the same reason.
         */
        private RatingTotalGate.Counts gateCounts(List<Snapshot> snaps, List<WindowCount> window) {
            Map<Long, Long> listed = new HashMap<>();
            snaps.forEach(s -> listed.put(s.providerId(), s.n()));
            Map<Long, Long> suppressed = new HashMap<>();
            for (WindowCount c : window) {
                if (!listed.containsKey(c.providerId())) {
                    (isSuppressed(c) ? suppressed : listed).put(c.providerId(), c.n());
                }
            }
            return new RatingTotalGate.Counts(listed, suppressed);
        }

        private boolean isSuppressed(WindowCount c) {
            return c.n() < scoringConfig.minRatings()
                    || c.raters() < scoringConfig.minDistinctRaters();
        }

        private Double responseRate(ReportQueries.InvitationCounts invitations) {
            return invitations.sent() < minCell
                    ? null
                    : (double) invitations.answered() / invitations.sent();
        }

        private Double verifiedShare(List<ReportQueries.RatingMix> mix) {
            long total = mix.stream().mapToLong(ReportQueries.RatingMix::ratings).sum();
            long verified =
                    mix.stream()
                            .filter(ReportQueries.RatingMix::verified)
                            .mapToLong(ReportQueries.RatingMix::ratings)
                            .sum();
            return total < minCell ? null : (double) verified / total;
        }

        private List<Share> shares(
                List<ReportQueries.RatingMix> mix,
                Function<ReportQueries.RatingMix, String> label) {
            long total = mix.stream().mapToLong(ReportQueries.RatingMix::ratings).sum();
            if (total < minCell) {
                return List.of();
            }
            Map<String, Long> byLabel =
                    mix.stream()
                            .collect(
                                    Collectors.groupingBy(
                                            label,
                                            TreeMap::new,
                                            Collectors.summingLong(
                                                    ReportQueries.RatingMix::ratings)));
            return byLabel.entrySet().stream()
                    .map(e -> new Share(e.getKey(), (double) e.getValue() / total))
                    .toList();
        }

        private ReportData.Outcomes outcomes() {
            Map<List<String>, long[]> cells = new LinkedHashMap<>();
            for (var c : outcomeCounts) {
                long[] cell =
                        cells.computeIfAbsent(
                                List.of(c.district(), c.serviceType()), k -> new long[3]);
                switch (c.outcome()) {
                    case "RECEIVED" -> cell[0] += c.count();
                    case "PENDING" -> cell[1] += c.count();
                    default -> cell[2] += c.count();
                }
            }
            List<ReportData.OutcomeRow> rows = new ArrayList<>();
            cells.forEach(
                    (k, v) ->
                            rows.add(
                                    new ReportData.OutcomeRow(
                                            k.get(0),
                                            k.get(1),
                                            DisclosureGate.roundTotal(v[0]),
                                            DisclosureGate.roundTotal(v[1]),
                                            DisclosureGate.roundTotal(v[2]))));
            Map<String, List<ReportQueries.OutcomeDays>> histograms =
                    queries.outcomeDays(period, district).stream()
                            .collect(
                                    Collectors.groupingBy(
                                            ReportQueries.OutcomeDays::serviceType,
                                            TreeMap::new,
                                            Collectors.toList()));
            List<ReportData.MedianRow> medians = new ArrayList<>();
            histograms.forEach(
                    (type, days) -> medians.add(new ReportData.MedianRow(type, median(days))));
            return new ReportData.Outcomes(rows, medians);
        }

        /** The median of a histogram ordered by days; null below the disclosure threshold. */
        private Double median(List<ReportQueries.OutcomeDays> histogram) {
            long n = histogram.stream().mapToLong(ReportQueries.OutcomeDays::count).sum();
            if (n < minCell) {
                return null;
            }
            long lowRank = (n - 1) / 2;
            long highRank = n / 2;
            Long low = null;
            long seen = 0;
            for (var bucket : histogram) {
                long next = seen + bucket.count();
                if (low == null && lowRank < next) {
                    low = bucket.days();
                }
                if (highRank < next) {
                    return (low + bucket.days()) / 2.0;
                }
                seen = next;
            }
            throw new IllegalStateException("median beyond the histogram");
        }

        private List<ReportData.GoodPracticeRow> goodPractice(Map<Long, ProviderRow> providers) {
            Map<Long, ReportQueries.DimensionMeans> means = new HashMap<>();
            for (var m :
                    queries.dimensionMeans(
                            providers.keySet(), window, scoringConfig.verifiedOnly())) {
                means.put(m.providerId(), m);
            }
            List<ReportData.GoodPracticeRow> rows = new ArrayList<>();
            providers.forEach(
                    (id, row) -> {
                        var m = means.get(id);
                        rows.add(
                                new ReportData.GoodPracticeRow(
                                        row,
                                        m == null ? null : scale(m.dignity()),
                                        m == null ? null : scale(m.listened()),
                                        m == null ? null : scale(m.timeliness()),
                                        m == null ? null : scale(m.outcome())));
                    });
            return rows;
        }

        private List<ReportData.AlertRow> alerts() {
            return queries.alerts(period, district.orElseThrow(), config.timeZone()).stream()
                    .map(a -> new ReportData.AlertRow(a.providerName(), a.category(), a.firedOn()))
                    .toList();
        }

        /**
         * Shares of the classified providers (20+ ratings) of each district and category. A share
         * of fewer than the disclosure threshold of providers is not published: with one or two
         * providers in a cell it would be a flag in disguise.
         */
        private List<ReportData.DistrictCell> districts() {
            Map<List<String>, long[]> cells = new TreeMap<>(KEY_ORDER);
            for (Snapshot s : snapshots) {
                long[] cell =
                        cells.computeIfAbsent(
                                List.of(s.district(), s.category()), k -> new long[5]);
                cell[0]++;
                switch (Band.valueOf(s.band())) {
                    case WITHIN -> cell[1]++;
                    case ABOVE, SIGNIFICANTLY_ABOVE -> cell[2]++;
                    case BELOW, SIGNIFICANTLY_BELOW -> cell[3]++;
                    case INSUFFICIENT_DATA -> cell[4]++;
                }
            }
            List<ReportData.DistrictCell> rows = new ArrayList<>();
            cells.forEach(
                    (k, c) -> {
                        long classified = c[0] - c[4];
                        boolean show = classified >= minCell;
                        rows.add(
                                new ReportData.DistrictCell(
                                        k.get(0),
                                        k.get(1),
                                        c[0],
                                        show ? (double) c[1] / classified : null,
                                        show ? (double) c[2] / classified : null,
                                        show ? (double) c[3] / classified : null));
                    });
            return rows;
        }

        private ReportData.Trends trends() {
            List<Quarter> quarters = new ArrayList<>();
            Quarter q = period;
            for (int i = 0; i < reportsConfig.trendQuarters(); i++) {
                quarters.add(0, q);
                q = q.previous();
            }
            Map<List<String>, Double[]> lines = new TreeMap<>(KEY_ORDER);
            for (int i = 0; i < quarters.size(); i++) {
                Quarter at = quarters.get(i);
                Set<Long> hidden = new HashSet<>();
                if (funder) {
                    hidden.addAll(queries.flaggedProviders(at, district));
                    hidden.removeAll(scoringQueries.namedProviders(at));
                }
                for (var cell : queries.trendCells(at, district, hidden)) {
                    Double[] line =
                            lines.computeIfAbsent(
                                    List.of(cell.category(), cell.district()),
                                    k -> new Double[quarters.size()]);
                    line[i] = cell.n() < minCell ? null : (double) cell.x() / cell.n();
                }
            }
            List<ReportData.TrendRow> rows = new ArrayList<>();
            lines.forEach(
                    (k, v) ->
                            rows.add(
                                    new ReportData.TrendRow(k.get(0), k.get(1), Arrays.asList(v))));
            return new ReportData.Trends(quarters.stream().map(Quarter::toString).toList(), rows);
        }

        private List<ReportData.CommentRow> comments() {
            Set<Long> pastSuppression =
                    snapshots.stream().map(Snapshot::providerId).collect(Collectors.toSet());
            var raw = queries.comments(period, pastSuppression, scoringConfig.verifiedOnly());
            if (raw.isEmpty()) {
                return List.of();
            }
            CommentRedaction redaction =
                    new CommentRedaction(
                            queries.areaNames(), queries.providerNames(Optional.empty()));
            return raw.stream()
                    .map(
                            c ->
                                    new ReportData.CommentRow(
                                            c.provider(), c.category(), redaction.redact(c.text())))
                    .toList();
        }

        private ReportData.Method method() {
            Optional<Long> comparison =
                    district.isPresent()
                            ? queries.comparisonAreaOf(district.get())
                            : Optional.empty();
            List<ReportData.MethodRow> rows =
                    queries.methods(period, comparison).stream()
                            .map(
                                    m ->
                                            new ReportData.MethodRow(
                                                    m.category(),
                                                    m.comparisonArea(),
                                                    m.theta0(),
                                                    m.tau2(),
                                                    m.m(),
                                                    m.units(),
                                                    m.suppressedUnits()))
                            .toList();
            Double verified = verifiedShare(mix);
            return new ReportData.Method(
                    dataPeriod(),
                    verified,
                    rows,
                    MethodStatement.of(scoringConfig, rows, dataPeriod(), verified));
        }

        private List<ReportData.SuppressionRow> suppression() {
            Set<Long> listed =
                    snapshots.stream().map(Snapshot::providerId).collect(Collectors.toSet());
            Map<List<String>, Long> cells = new TreeMap<>(KEY_ORDER);
            for (WindowCount c : counts) {
                if (listed.contains(c.providerId()) || !isSuppressed(c)) {
                    continue;
                }
                SuppressionReason reason =
                        c.n() < scoringConfig.minRatings()
                                ? SuppressionReason.FEW_RATINGS
                                : SuppressionReason.FEW_RATERS;
                cells.merge(List.of(c.district(), c.category(), reason.name()), 1L, Long::sum);
            }
            List<ReportData.SuppressionRow> rows = new ArrayList<>();
            cells.forEach(
                    (k, v) ->
                            rows.add(
                                    new ReportData.SuppressionRow(
                                            k.get(0),
                                            k.get(1),
                                            SuppressionReason.valueOf(k.get(2)),
                                            v)));
            return rows;
        }
    }

    /** Band order, worst to best, for the change since last quarter. */
    static Change change(Band current, Band previous) {
        if (previous == null
                || current == Band.INSUFFICIENT_DATA
                || previous == Band.INSUFFICIENT_DATA) {
            return Change.NONE;
        }
        int diff = Integer.compare(current.ordinal(), previous.ordinal());
        return diff > 0 ? Change.UP : diff < 0 ? Change.DOWN : Change.SAME;
    }

    private static Double scale(Double mean) {
        return mean == null ? null : (mean - 1) / 4;
    }
}
