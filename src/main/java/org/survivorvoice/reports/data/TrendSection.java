package org.survivorvoice.reports.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.scoring.ScoringQueries;
import org.survivorvoice.scoring.disclosure.DisclosurePolicy;

/**
 * The Trends sheet of one edition: the pooled score of each category and district over the last
 * quarters. A funder's lines leave out the providers that were flagged but unnamed in that quarter.
 */
final class TrendSection {

    private final Edition edition;
    private final ScoreReadQueries scores;
    private final ScoringQueries scoringQueries;
    private final ReportsConfig reportsConfig;

    TrendSection(
            Edition edition,
            ScoreReadQueries scores,
            ScoringQueries scoringQueries,
            ReportsConfig reportsConfig) {
        this.edition = edition;
        this.scores = scores;
        this.scoringQueries = scoringQueries;
        this.reportsConfig = reportsConfig;
    }

    ReportData.Trends trends() {
        List<Quarter> quarters = new ArrayList<>();
        Quarter q = edition.period;
        for (int i = 0; i < reportsConfig.trendQuarters(); i++) {
            quarters.add(0, q);
            q = q.previous();
        }
        Map<List<String>, Double[]> lines = new TreeMap<>(Edition.KEY_ORDER);
        for (int i = 0; i < quarters.size(); i++) {
            Quarter at = quarters.get(i);
            Set<Long> hidden = new HashSet<>();
            if (edition.funder) {
                hidden.addAll(scores.flaggedProviders(at, edition.district));
                hidden.removeAll(scoringQueries.namedProviders(at));
            }
            for (var cell : scores.trendCells(at, edition.district, hidden)) {
                Double[] line =
                        lines.computeIfAbsent(
                                List.of(cell.category(), cell.district()),
                                k -> new Double[quarters.size()]);
                line[i] =
                        DisclosurePolicy.cellShare(cell.n(), cell.x(), edition.minCell)
                                .orElse(null);
            }
        }
        List<ReportData.TrendRow> rows = new ArrayList<>();
        lines.forEach(
                (k, v) -> rows.add(new ReportData.TrendRow(k.get(0), k.get(1), Arrays.asList(v))));
        return new ReportData.Trends(quarters.stream().map(Quarter::toString).toList(), rows);
    }
}
