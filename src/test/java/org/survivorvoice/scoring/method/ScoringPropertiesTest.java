package org.survivorvoice.scoring.method;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/** Invariants of the calculator over arbitrary valid categories. */
class ScoringPropertiesTest {

    private static final ScoringParameters PARAMS = ScoringParameters.defaults();
    private static final double ROUNDING = 1e-12;
    private static final RandomDistribution UNIFORM = RandomDistribution.uniform();

    /** A provider's counts before it gets a code. */
    private record Draft(long n, long x, long raters, long answerCount, long answerSum) {}

    @Provide
    Arbitrary<List<UnitCounts>> categories() {
        Arbitrary<Integer> ratings =
                Arbitraries.oneOf(
                        Arbitraries.integers().between(0, 25).withDistribution(UNIFORM),
                        Arbitraries.integers().between(0, 400).withDistribution(UNIFORM));
        Arbitrary<Double> shares =
                Arbitraries.oneOf(
                        Arbitraries.doubles().between(0, 1).ofScale(6).withDistribution(UNIFORM),
                        Arbitraries.of(0.0, 1.0),
                        Arbitraries.doubles().between(0, 0.05).ofScale(6));
        Arbitrary<Double> fractions =
                Arbitraries.doubles().between(0, 1).ofScale(4).withDistribution(UNIFORM);
        // most providers have as many raters as ratings; some fall below the raters gate
        Arbitrary<Double> raterShares = Arbitraries.oneOf(Arbitraries.just(1.0), fractions);
        Arbitrary<Draft> drafts =
                Combinators.combine(ratings, shares, raterShares, fractions, fractions)
                        .as(
                                (n, share, raterShare, answerShare, meanShare) -> {
                                    long answers = Math.round(answerShare * 5 * n);
                                    return new Draft(
                                            n,
                                            Math.round(share * n),
                                            Math.round(raterShare * n),
                                            answers,
                                            answers + Math.round(meanShare * 4 * answers));
                                });
        // uniform: jqwik favours small numbers and short lists, which would rarely reach ten
        // compared providers
        return drafts.list()
                .ofMaxSize(30)
                .withSizeDistribution(UNIFORM)
                .map(ScoringPropertiesTest::withCodes);
    }

    private static List<UnitCounts> withCodes(List<Draft> drafts) {
        List<UnitCounts> units = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            units.add(
                    new UnitCounts(
                            "P" + i, d.n(), d.x(), d.raters(), d.answerSum(), d.answerCount()));
        }
        return units;
    }

    @Property
    void shrunkenScoreLiesBetweenShareAndTarget(@ForAll("categories") List<UnitCounts> units) {
        CategoryScores scores = ScoreCalculator.calculate(units, PARAMS);

        for (UnitScore unit : scores.units()) {
            double theta0 = scores.theta0();
            assertThat(unit.score())
                    .isBetween(
                            Math.min(unit.p(), theta0) - ROUNDING,
                            Math.max(unit.p(), theta0) + ROUNDING);
        }
    }

    @Property
    void suppressedProvidersNeverAppear(@ForAll("categories") List<UnitCounts> units) {
        List<String> suppressed =
                units.stream()
                        .filter(u -> u.n() < 11 || u.distinctRaters() < 11)
                        .map(UnitCounts::providerCode)
                        .toList();

        CategoryScores scores = ScoreCalculator.calculate(units, PARAMS);

        assertThat(scores.units())
                .extracting(UnitScore::providerCode)
                .noneMatch(suppressed::contains)
                .hasSize(units.size() - suppressed.size());
        assertThat(scores.suppressedUnits()).isEqualTo(suppressed.size());
        assertThat(scores.comparedUnits()).isEqualTo(units.size() - suppressed.size());
    }

    @Property
    void everyOutputIsFiniteAndInRange(@ForAll("categories") List<UnitCounts> units) {
        CategoryScores scores = ScoreCalculator.calculate(units, PARAMS);

        // the generator must reach the branches that matter, not only easy categories
        Statistics.label("tau2 > 0").collect(scores.tau2() > 0);
        Statistics.label("tau2 > 0").coverage(c -> c.check(true).percentage(p -> p > 10));
        boolean exact =
                scores.units().stream().anyMatch(u -> u.method() == BandMethod.EXACT_BINOMIAL);
        Statistics.label("exact tails").collect(exact);
        Statistics.label("exact tails").coverage(c -> c.check(true).percentage(p -> p > 10));
        boolean anyRating = units.stream().anyMatch(u -> u.n() > 0);
        assertThat(Double.isFinite(scores.theta0())).isEqualTo(anyRating);
        assertThat(scores.tau2()).isFinite().isGreaterThanOrEqualTo(0);
        assertThat(scores.m()).isBetween(5.0, 50.0);
        for (UnitScore unit : scores.units()) {
            assertThat(unit.p()).isBetween(0.0, 1.0);
            assertThat(unit.zD()).isFinite();
            assertThat(unit.score()).isBetween(0.0, 1.0);
            assertThat(unit.interval().low()).isBetween(0.0, unit.interval().high());
            assertThat(unit.interval().high()).isBetween(unit.interval().low(), 1.0);
            assertThat(unit.band()).isNotNull();
            UnitCounts input = units.get(Integer.parseInt(unit.providerCode().substring(1)));
            if (input.answerCount() > 0) {
                assertThat(unit.secondaryScore()).isBetween(0.0, 100.0);
            } else {
                assertThat(unit.secondaryScore()).isNaN();
            }
        }
    }

    @Property(tries = 300)
    void bandsAreMonotoneInSatisfiedRatingsForFixedN(
            @ForAll @IntRange(min = 20, max = 300) int n,
            @ForAll @DoubleRange(min = 0.01, max = 0.99) double theta0,
            @ForAll("tau2s") double tau2) {
        Band previous = FunnelLimits.band(0, n, theta0, tau2, PARAMS);
        for (int x = 1; x <= n; x++) {
            Band band = FunnelLimits.band(x, n, theta0, tau2, PARAMS);
            // the constants are declared from SIGNIFICANTLY_BELOW to SIGNIFICANTLY_ABOVE
            assertThat(band.ordinal()).as("x = %d", x).isGreaterThanOrEqualTo(previous.ordinal());
            previous = band;
        }
    }

    @Provide
    Arbitrary<Double> tau2s() {
        // half the tries with tau2 = 0, so that the exact binomial rule is covered below n = 100
        return Arbitraries.oneOf(
                Arbitraries.just(0.0), Arbitraries.doubles().between(1e-6, 0.05).ofScale(8));
    }
}
