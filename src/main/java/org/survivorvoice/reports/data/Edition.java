package org.survivorvoice.reports.data;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.survivorvoice.common.error.NotFoundException;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.reports.data.ActivityQueries.RatingMix;
import org.survivorvoice.reports.data.ActivityQueries.WindowCount;
import org.survivorvoice.reports.data.ScoreReadQueries.Snapshot;
import org.survivorvoice.scoring.ScoringConfig;
import org.survivorvoice.scoring.ScoringQueries;
import org.survivorvoice.scoring.ScoringService;
import org.survivorvoice.scoring.disclosure.Viewer;

/**
 * One build of the workbook: the request's scope and the rows read once and shared by several
 * sheets, so every section sees the same rows and nothing is read twice.
 */
final class Edition {

    /** Rows keyed by district, category... sort by their texts in order. */
    static final Comparator<List<String>> KEY_ORDER =
            (a, b) -> {
                for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                    int c = a.get(i).compareTo(b.get(i));
                    if (c != 0) {
                        return c;
                    }
                }
                return Integer.compare(a.size(), b.size());
            };

    final ReportRequest request;
    final Quarter period;
    final Optional<Long> district;
    final boolean funder;
    final List<Quarter> window;
    final int minCell;
    final List<Snapshot> snapshots;
    final Set<Long> named;
    final List<WindowCount> counts;

    /** The counts over the previous quarter's window, which the Summary compares with. */
    final List<WindowCount> previousCounts;

    final String districtName;
    final List<RatingMix> mix;
    final long encounters;
    private final ScoringConfig scoringConfig;

    /** Reads the shared rows; throws {@link NotFoundException} for an unknown district. */
    Edition(
            ReportRequest request,
            ScoreReadQueries scores,
            ActivityQueries activity,
            DirectoryQueries directory,
            ScoringQueries scoringQueries,
            ScoringService scoring,
            ScoringConfig scoringConfig) {
        this.scoringConfig = scoringConfig;
        this.request = request;
        this.period = request.period();
        this.district = Optional.ofNullable(request.districtId());
        this.funder = request.audience() == Audience.FUNDER;
        this.districtName =
                district.map(
                                d ->
                                        directory
                                                .areaName(d)
                                                .orElseThrow(
                                                        () ->
                                                                new NotFoundException(
                                                                        "District " + d)))
                        .orElse(null);
        this.window = scoring.window(period);
        // the "never publish a percentage of fewer than 11" rule, for every share and median
        this.minCell = scoringConfig.minRatings();
        this.snapshots = scores.snapshots(period, district);
        this.named = scoringQueries.namedProviders(period);
        var both =
                activity.windowCounts(
                        window,
                        scoring.window(period.previous()),
                        district,
                        scoringConfig.verifiedOnly());
        this.counts = both.current();
        this.previousCounts = both.previous();
        this.mix = activity.ratingMix(window, district, scoringConfig.verifiedOnly());
        // the Summary's count of encounters
        this.encounters = activity.encounters(period, district);
    }

    /** The viewer the disclosure policy serves this edition to. */
    Viewer viewer() {
        return funder ? Viewer.FUNDER : Viewer.OFFICIAL;
    }

    String dataPeriod() {
        return window.get(0) + " to " + period;
    }

    boolean isSuppressed(WindowCount c) {
        return c.n() < scoringConfig.minRatings() || c.raters() < scoringConfig.minDistinctRaters();
    }

    /** The verified share of the window's valid ratings; null below the disclosure threshold. */
    Double verifiedShare() {
        long total = mix.stream().mapToLong(RatingMix::ratings).sum();
        long verified =
                mix.stream().filter(RatingMix::verified).mapToLong(RatingMix::ratings).sum();
        return total < minCell ? null : (double) verified / total;
    }

    /** Whether only verified ratings count (the scoring's {@code verified-only}). */
    boolean verifiedOnly() {
        return scoringConfig.verifiedOnly();
    }
}
