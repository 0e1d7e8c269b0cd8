package org.survivorvoice.reports.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.scoring.method.CategoryScores;
import org.survivorvoice.scoring.method.ScoreCalculator;
import org.survivorvoice.scoring.method.ScoringParameters;
import org.survivorvoice.scoring.method.UnitCounts;
import org.survivorvoice.scoring.method.UnitScore;

/**
 * A category scored by the real calculator and turned into funnel data as an admin sees it: every
 * scored provider drawn with its stored band, named where the label rule allows.
 */
record FunnelCategory(List<UnitCounts> units, Map<String, String> names, CategoryScores scores) {

    static final ScoringParameters PARAMS = ScoringParameters.defaults();

    static FunnelCategory of(List<UnitCounts> units, Map<String, String> names) {
        return new FunnelCategory(units, names, ScoreCalculator.calculate(units, PARAMS));
    }

    /** A unit with one rater per rating and no dimension answers. */
    static UnitCounts unit(String code, long n, long x) {
        return new UnitCounts(code, n, x, n, 0, 0);
    }

    FunnelPanel panel(String area) {
        List<FunnelPoint> points = new ArrayList<>();
        for (UnitScore u : scores.units()) {
            points.add(
                    FunnelPoint.of(
                            u.n(),
                            u.p(),
                            ChartBand.of(u.band()),
                            names.get(u.providerCode()),
                            PARAMS.classifyMinRatings()));
        }
        return new FunnelPanel(
                area, scores.theta0(), scores.tau2(), scores.suppressedUnits(), points);
    }

    FunnelChartData data() {
        return new FunnelChartData(
                "Police station",
                new Quarter(2026, 2),
                "All districts",
                PARAMS,
                List.of(panel("West Bengal")));
    }
}
