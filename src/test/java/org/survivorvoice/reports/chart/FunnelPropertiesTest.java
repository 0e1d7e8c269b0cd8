package org.survivorvoice.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.survivorvoice.reports.chart.FunnelCategory.PARAMS;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import org.jfree.chart.JFreeChart;
import org.survivorvoice.scoring.method.ScoreCalculator;
import org.survivorvoice.scoring.method.UnitCounts;

/** Invariants of the funnel plot over arbitrary categories scored by the calculator. */
class FunnelPropertiesTest {

    private static final RandomDistribution UNIFORM = RandomDistribution.uniform();

    private record Draft(long n, double share, double raterShare) {}

    @Provide
    Arbitrary<FunnelCategory> categories() {
        Arbitrary<Integer> ratings =
                Arbitraries.oneOf(
                        Arbitraries.integers().between(1, 30).withDistribution(UNIFORM),
                        Arbitraries.integers().between(1, 500).withDistribution(UNIFORM));
        Arbitrary<Double> shares =
                Arbitraries.oneOf(
                        Arbitraries.doubles().between(0, 1).ofScale(4).withDistribution(UNIFORM),
                        Arbitraries.doubles().between(0.6, 0.8).ofScale(4));
        Arbitrary<Double> raters =
                Arbitraries.oneOf(Arbitraries.just(1.0), Arbitraries.doubles().between(0, 1));
        return Combinators.combine(ratings, shares, raters)
                .as(Draft::new)
                .list()
                .ofMinSize(1)
                .ofMaxSize(40)
                .withSizeDistribution(UNIFORM)
                .map(FunnelPropertiesTest::category);
    }

    private static FunnelCategory category(List<Draft> drafts) {
        List<UnitCounts> units = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            String code = "C" + i;
            units.add(
                    new UnitCounts(
                            code,
                            d.n(),
                            Math.round(d.share() * d.n()),
                            Math.round(d.raterShare() * d.n()),
                            0,
                            0));
            names.put(code, "Provider-" + i + "-name");
        }
        return FunnelCategory.of(units, names);
    }

    @Property(tries = 300)
    void everyPointLiesOnTheSideOfTheLinesItsBandSays(
            @ForAll("categories") FunnelCategory category) {
        if (category.scores().units().isEmpty()) {
            return;
        }
        FunnelPanel panel = category.panel("Area");
        for (FunnelPoint point : panel.points()) {
            FunnelGeometry.assertOnTheSideOfItsBand(point, panel.theta0(), panel.tau2(), PARAMS);
        }
    }

    @Property(tries = 300)
    void noSuppressedProviderAppearsInTheChart(@ForAll("categories") FunnelCategory category) {
        if (category.scores().units().isEmpty()) {
            return;
        }
        JFreeChart chart = FunnelPlotChart.chart(category.data());
        String text = ChartContents.of(chart).all();

        int drawn = 0;
        var points = FunnelPlotChartTest.onlyPanel(chart).getDataset(FunnelPlotChart.POINTS);
        for (int s = 0; s < points.getSeriesCount(); s++) {
            drawn += points.getItemCount(s);
        }
        assertThat(drawn).isEqualTo(category.scores().comparedUnits());
        for (UnitCounts unit : category.units()) {
            if (ScoreCalculator.isSuppressed(unit, PARAMS)) {
                assertThat(text)
                        .doesNotContain(category.names().get(unit.providerCode()))
                        .doesNotContain(unit.providerCode() + "\n");
            }
        }
    }
}
