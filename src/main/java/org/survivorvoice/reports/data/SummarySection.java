package org.survivorvoice.reports.data;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.reports.data.ActivityQueries.RatingMix;
import org.survivorvoice.reports.data.ActivityQueries.WindowCount;
import org.survivorvoice.reports.data.ReportData.Share;
import org.survivorvoice.reports.data.ScoreReadQueries.Snapshot;
import org.survivorvoice.scoring.ScoringConfig;
import org.survivorvoice.scoring.disclosure.DisclosureGate;
import org.survivorvoice.scoring.method.Band;

/**
 * The Summary sheet of one edition: programme totals rounded for disclosure, and shares withheld
 * below the disclosure threshold.
 */
final class SummarySection {

    private final Edition edition;
    private final ActivityQueries activity;
    private final ScoreReadQueries scores;
    private final ScoringConfig scoringConfig;
    private final ReportsConfig reportsConfig;
    private final ZoneId zone;

    SummarySection(
            Edition edition,
            ActivityQueries activity,
            ScoreReadQueries scores,
            ScoringConfig scoringConfig,
            ReportsConfig reportsConfig,
            ZoneId zone) {
        this.edition = edition;
        this.activity = activity;
        this.scores = scores;
        this.scoringConfig = scoringConfig;
        this.reportsConfig = reportsConfig;
        this.zone = zone;
    }

    ReportData.Summary summary() {
        var current = gateCounts(edition.snapshots, edition.counts);
        Quarter before = edition.period.previous();
        var previous =
                gateCounts(scores.snapshots(before, edition.district), edition.previousCounts);
        var ratings =
                RatingTotalGate.publish(
                        current,
                        previous.listed().isEmpty() && previous.suppressed().isEmpty()
                                ? null
                                : previous,
                        scoringConfig.minRatings(),
                        reportsConfig.minCandidates());
        List<Snapshot> snapshots = edition.snapshots;
        long insufficient =
                snapshots.stream()
                        .filter(s -> s.published().figures().band() == Band.INSUFFICIENT_DATA)
                        .count();
        var invitations = activity.invitations(edition.period, edition.district);
        return new ReportData.Summary(
                DisclosureGate.roundTotal(
                        activity.survivorsEnrolled(edition.period, edition.district, zone)),
                DisclosureGate.roundTotal(edition.encounters),
                ratings.isPresent() ? ratings.getAsLong() : null,
                DisclosureGate.roundTotal(invitations.sent()),
                responseRate(invitations),
                edition.verifiedShare(),
                shares(edition.mix, RatingMix::channel),
                shares(edition.mix, RatingMix::language),
                snapshots.size(),
                snapshots.isEmpty() ? null : (double) insufficient / snapshots.size());
    }

    /**
     * Listed providers are those with a snapshot (hidden ones too: an observer knows less about
     * them than a band, so treating them as banded errs towards withholding); the others with valid
     * ratings are suppressed. A provider past the gate without a snapshot (rated after a frozen
     * quarter was scored) is never shown and counts as listed for the same reason.
     */
    private RatingTotalGate.Counts gateCounts(List<Snapshot> snaps, List<WindowCount> window) {
        Map<Long, Long> listed = new HashMap<>();
        snaps.forEach(s -> listed.put(s.providerId(), s.n()));
        Map<Long, Long> suppressed = new HashMap<>();
        for (WindowCount c : window) {
            if (!listed.containsKey(c.providerId())) {
                (edition.isSuppressed(c) ? suppressed : listed).put(c.providerId(), c.n());
            }
        }
        return new RatingTotalGate.Counts(listed, suppressed);
    }

    private Double responseRate(ActivityQueries.InvitationCounts invitations) {
        return invitations.sent() < edition.minCell
                ? null
                : (double) invitations.answered() / invitations.sent();
    }

    /**
     * Shares of the window's ratings by channel or language, under the rule the channel-mix chart
     * follows: none with fewer ratings in all than the threshold; a group with 1 to threshold - 1
     * ratings is withheld, and when it is the only one, the smallest published group too, so that
     * its share is not 100 % minus the others.
     */
    private List<Share> shares(List<RatingMix> mix, Function<RatingMix, String> label) {
        long total = mix.stream().mapToLong(RatingMix::ratings).sum();
        if (total < edition.minCell) {
            return List.of();
        }
        Map<String, Long> byLabel =
                mix.stream()
                        .collect(
                                Collectors.groupingBy(
                                        label,
                                        TreeMap::new,
                                        Collectors.summingLong(RatingMix::ratings)));
        Set<String> withheld = new HashSet<>();
        byLabel.forEach(
                (group, n) -> {
                    if (n < edition.minCell) {
                        withheld.add(group);
                    }
                });
        if (withheld.size() == 1) {
            byLabel.entrySet().stream()
                    .filter(e -> !withheld.contains(e.getKey()))
                    .min(Map.Entry.comparingByValue())
                    .ifPresent(e -> withheld.add(e.getKey()));
        }
        return byLabel.entrySet().stream()
                .map(
                        e ->
                                new Share(
                                        e.getKey(),
                                        withheld.contains(e.getKey())
                                                ? null
                                                : (double) e.getValue() / total))
                .toList();
    }
}
