package org.survivorvoice.reports.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.survivorvoice.reports.data.ActivityQueries.WindowCount;
import org.survivorvoice.reports.data.ReportData.SuppressionReason;
import org.survivorvoice.reports.data.ScoreReadQueries.Snapshot;
import org.survivorvoice.scoring.ScoringConfig;
import org.survivorvoice.scoring.disclosure.DisclosurePolicy;

/**
 * The Method sheet of one edition and its suppression table: the comparison groups of the scoring
 * run, the statement of method, and how many providers were held back for too few ratings or
 * raters.
 */
final class MethodSection {

    private final Edition edition;
    private final ScoreReadQueries scores;
    private final DirectoryQueries directory;
    private final ScoringConfig scoringConfig;

    MethodSection(
            Edition edition,
            ScoreReadQueries scores,
            DirectoryQueries directory,
            ScoringConfig scoringConfig) {
        this.edition = edition;
        this.scores = scores;
        this.directory = directory;
        this.scoringConfig = scoringConfig;
    }

    ReportData.Method method() {
        Optional<Long> comparison =
                edition.district.isPresent()
                        ? directory.comparisonAreaOf(edition.district.get())
                        : Optional.empty();
        List<ReportData.MethodRow> rows =
                scores.methods(edition.period, comparison).stream()
                        .map(
                                m ->
                                        new ReportData.MethodRow(
                                                m.category(),
                                                m.comparisonArea(),
                                                DisclosurePolicy.theta0(m.theta0()),
                                                DisclosurePolicy.tau2(m.tau2()),
                                                DisclosurePolicy.priorWeight(m.m()),
                                                m.units(),
                                                m.suppressedUnits()))
                        .toList();
        Double verified = edition.verifiedShare();
        return new ReportData.Method(
                edition.dataPeriod(),
                verified,
                rows,
                MethodStatement.of(scoringConfig, rows, edition.dataPeriod(), verified),
                edition.minCell);
    }

    List<ReportData.SuppressionRow> suppression() {
        Set<Long> listed =
                edition.snapshots.stream().map(Snapshot::providerId).collect(Collectors.toSet());
        Map<List<String>, Long> cells = new TreeMap<>(Edition.KEY_ORDER);
        for (WindowCount c : edition.counts) {
            if (listed.contains(c.providerId()) || !edition.isSuppressed(c)) {
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
