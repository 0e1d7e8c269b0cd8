package org.survivorvoice.reports.data;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.survivorvoice.reports.data.ReportData.ProviderRow;
import org.survivorvoice.reports.data.ScoreReadQueries.Snapshot;
import org.survivorvoice.scoring.PublishedDimensionService;
import org.survivorvoice.scoring.ScoringConfig;
import org.survivorvoice.scoring.disclosure.DisclosurePolicy;
import org.survivorvoice.scoring.disclosure.DisclosurePolicy.Change;
import org.survivorvoice.scoring.disclosure.PublishedFigures;
import org.survivorvoice.scoring.method.Band;

/**
 * The provider sheets of one edition: Providers, Good practice, Needs attention and Districts. The
 * audience's disclosure rules decide which snapshots become visible rows: a funder never sees an
 * unverified flag, not even last quarter's.
 */
final class ProviderSection {

    private final Edition edition;
    private final ActivityQueries activity;
    private final ScoreReadQueries scores;
    private final ScoringConfig scoringConfig;
    private final PublishedDimensionService dimensions;
    private final ZoneId zone;

    private final List<ProviderRow> visible = new ArrayList<>();
    private final List<ProviderRow> laggards = new ArrayList<>();
    private final List<ProviderRow> belowAlerts = new ArrayList<>();
    private final Map<Long, ProviderRow> goodPracticeIds = new LinkedHashMap<>();
    private long underReview = 0;

    ProviderSection(
            Edition edition,
            ActivityQueries activity,
            ScoreReadQueries scores,
            ScoringConfig scoringConfig,
            PublishedDimensionService dimensions,
            ZoneId zone) {
        this.edition = edition;
        this.dimensions = dimensions;
        this.activity = activity;
        this.scores = scores;
        this.scoringConfig = scoringConfig;
        this.zone = zone;
        for (Snapshot s : edition.snapshots) {
            Band band = s.published().figures().band();
            boolean isNamed = edition.named.contains(s.providerId());
            boolean flagged = DisclosurePolicy.isFlagged(band);
            ProviderRow row = row(s, band, isNamed);
            if (flagged && !isNamed) {
                underReview++;
                if (!edition.funder && band != Band.SIGNIFICANTLY_ABOVE) {
                    belowAlerts.add(row);
                }
            }
            if (DisclosurePolicy.showsProvider(edition.viewer(), band, isNamed)) {
                visible.add(row);
            }
            if (isNamed && band == Band.SIGNIFICANTLY_BELOW) {
                laggards.add(row);
            }
            if (isNamed && band == Band.SIGNIFICANTLY_ABOVE) {
                goodPracticeIds.put(s.providerId(), row);
            }
        }
    }

    /** The Providers sheet: the rows the audience may see. */
    List<ProviderRow> providers() {
        return visible;
    }

    private ProviderRow row(Snapshot s, Band band, boolean named) {
        Band previous =
                DisclosurePolicy.visiblePreviousBand(
                        edition.viewer(),
                        s.previousBand() == null ? null : Band.valueOf(s.previousBand()),
                        named);
        PublishedFigures f = s.published().figures();
        return new ProviderRow(
                s.code(),
                s.name(),
                s.category(),
                s.district(),
                f.ratingsBand(),
                f.score(),
                f.low(),
                f.high(),
                band,
                change(band, previous));
    }

    /**
     * The Good practice sheet: named providers significantly above, with their dimension scores as
     * the disclosure policy publishes them (none for a dimension fewer than 11 raters answered).
     */
    List<ReportData.GoodPracticeRow> goodPractice() {
        List<ReportData.GoodPracticeRow> rows = new ArrayList<>();
        goodPracticeIds.forEach(
                (id, row) -> {
                    Map<String, Optional<Double>> scores =
                            dimensions.forProvider(id, edition.period);
                    rows.add(
                            new ReportData.GoodPracticeRow(
                                    row,
                                    scores.get("dignity").orElse(null),
                                    scores.get("listened").orElse(null),
                                    scores.get("timeliness").orElse(null),
                                    scores.get("outcome").orElse(null)));
                });
        return rows;
    }

    /** The Needs attention sheet; internal alerts for officials only. */
    ReportData.NeedsAttention needsAttention() {
        return new ReportData.NeedsAttention(
                laggards, underReview, belowAlerts, edition.funder ? List.of() : alerts());
    }

    private List<ReportData.AlertRow> alerts() {
        return scores.alerts(edition.period, edition.district.orElseThrow(), zone).stream()
                .map(a -> new ReportData.AlertRow(a.providerName(), a.category(), a.firedOn()))
                .toList();
    }

    /**
     * The Districts sheet: per district and category, the providers the edition shows and the
     * shares of them within, above and below the expected range (and with insufficient data), so
     * that the shares add up. A count or share of providers is not a survivor figure, so no
     * threshold withholds it (design/SCORING.md).
     *
     * <p>A funder must not learn an unverified flag. Counting the flagged providers in a cell, or
     * counting every provider compared while showing only the funder's bands, would let {@code
     * compared - within - above - insufficient} name the district and category of a provider under
     * review, and with one or two providers in a cell, the provider. So a funder's cell counts only
     * the providers of the funder's Providers sheet (a cell whose providers are all under review
     * does not appear), and the providers under review are counted per category over all districts,
     * which the funnel plots' unnamed points already show.
     */
    ReportData.Districts districts() {
        Map<List<String>, long[]> cells = new TreeMap<>(Edition.KEY_ORDER);
        Map<String, Long> underReviewByCategory = new TreeMap<>();
        for (Snapshot s : edition.snapshots) {
            Band band = s.published().figures().band();
            if (!DisclosurePolicy.showsProvider(
                    edition.viewer(), band, edition.named.contains(s.providerId()))) {
                underReviewByCategory.merge(s.category(), 1L, Long::sum);
                continue;
            }
            long[] cell =
                    cells.computeIfAbsent(List.of(s.district(), s.category()), k -> new long[5]);
            cell[0]++;
            switch (band) {
                case WITHIN -> cell[1]++;
                case ABOVE, SIGNIFICANTLY_ABOVE -> cell[2]++;
                case BELOW, SIGNIFICANTLY_BELOW -> cell[3]++;
                case INSUFFICIENT_DATA -> cell[4]++;
            }
        }
        List<ReportData.DistrictCell> rows = new ArrayList<>();
        cells.forEach(
                (k, c) ->
                        rows.add(
                                new ReportData.DistrictCell(
                                        k.get(0),
                                        k.get(1),
                                        c[0],
                                        (double) c[1] / c[0],
                                        (double) c[2] / c[0],
                                        (double) c[3] / c[0],
                                        (double) c[4] / c[0])));
        List<ReportData.CategoryCount> underReview = new ArrayList<>();
        underReviewByCategory.forEach(
                (category, n) -> underReview.add(new ReportData.CategoryCount(category, n)));
        return new ReportData.Districts(rows, underReview);
    }

    /** The change since last quarter, as the disclosure policy compares bands. */
    static Change change(Band current, Band previous) {
        return DisclosurePolicy.change(current, previous);
    }
}
