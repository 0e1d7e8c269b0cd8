package org.survivorvoice.scoring.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Gates, branch choices and edge cases of the whole calculation. */
class ScoreCalculatorTest {

    private static final ScoringParameters PARAMS = ScoringParameters.defaults();

    private static UnitCounts unit(String code, long n, long x) {
        return new UnitCounts(code, n, x, n, 4 * n, n);
    }

    private static CategoryScores calculate(UnitCounts... units) {
        return ScoreCalculator.calculate(List.of(units), PARAMS);
    }

    private static Map<String, UnitScore> byCode(CategoryScores scores) {
        return scores.units().stream()
                .collect(Collectors.toMap(UnitScore::providerCode, Function.identity()));
    }

    @Test
    void suppressesBelowElevenRatingsAndClassifiesFromTwenty() {
        CategoryScores scores =
                calculate(
                        unit("N10", 10, 7),
                        unit("N11", 11, 8),
                        unit("N19", 19, 13),
                        unit("N20", 20, 14));

        Map<String, UnitScore> units = byCode(scores);
        assertThat(units).doesNotContainKey("N10");
        assertThat(scores.suppressedUnits()).isEqualTo(1);
        assertThat(scores.comparedUnits()).isEqualTo(3);
        assertThat(units.get("N11").band()).isEqualTo(Band.INSUFFICIENT_DATA);
        assertThat(units.get("N19").band()).isEqualTo(Band.INSUFFICIENT_DATA);
        assertThat(units.get("N19").interval().low()).isLessThan(units.get("N19").score());
        assertThat(units.get("N20").band()).isEqualTo(Band.WITHIN);
        assertThat(units.get("N20").method()).isEqualTo(BandMethod.EXACT_BINOMIAL);
    }

    @Test
    void suppressesBelowElevenDistinctRaters() {
        CategoryScores scores =
                calculate(
                        new UnitCounts("R10", 40, 30, 10, 160, 40),
                        new UnitCounts("R11", 40, 30, 11, 160, 40));

        assertThat(byCode(scores)).containsOnlyKeys("R11");
        assertThat(scores.suppressedUnits()).isEqualTo(1);
    }

    @Test
    void targetIncludesSuppressedProviders() {
        CategoryScores scores =
                calculate(unit("SMALL", 10, 0), unit("A", 30, 30), unit("B", 30, 27));

        assertThat(scores.theta0()).isEqualTo(57.0 / 70);
    }

    @Test
    void overdispersionNeedsTenComparedProviders() {
        List<UnitCounts> nine = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            // shares from 10 % to 90 %: far more spread than chance
            nine.add(unit("P" + i, 100, 10 + 10 * i));
        }
        nine.add(unit("HIDDEN-1", 10, 0));
        nine.add(new UnitCounts("HIDDEN-2", 100, 100, 5, 400, 100));
        List<UnitCounts> ten = new ArrayList<>(nine);
        ten.add(unit("P9", 100, 50));

        CategoryScores withNine = ScoreCalculator.calculate(nine, PARAMS);
        CategoryScores withTen = ScoreCalculator.calculate(ten, PARAMS);

        assertThat(withNine.comparedUnits()).isEqualTo(9);
        assertThat(withNine.tau2()).isZero();
        assertThat(withNine.m()).isEqualTo(20);
        assertThat(withTen.comparedUnits()).isEqualTo(10);
        assertThat(withTen.tau2()).isPositive();
    }

    @Test
    void exactTailsDecideBelowOneHundredRatingsWhenTau2IsZero() {
        // theta0 = 108 / 120 = 0.9; 15/20 has zD -2.24 (BELOW by the normal rule) but P(X <= 15) =
        // 0.043 under Binomial(20, 0.9), which is not below 0.025
        CategoryScores scores = calculate(unit("SMALL", 20, 15), unit("LARGE", 100, 93));

        Map<String, UnitScore> units = byCode(scores);
        assertThat(scores.theta0()).isCloseTo(0.9, within(1e-15));
        assertThat(scores.tau2()).isZero();
        UnitScore small = units.get("SMALL");
        assertThat(small.method()).isEqualTo(BandMethod.EXACT_BINOMIAL);
        assertThat(small.band()).isEqualTo(Band.WITHIN);
        assertThat(FunnelLimits.bandForZ(small.zD(), PARAMS)).isEqualTo(Band.BELOW);
        assertThat(units.get("LARGE").method()).isEqualTo(BandMethod.NORMAL_APPROXIMATION);
    }

    @Test
    void normalLimitsApplyBelowOneHundredRatingsWhenTau2IsPositive() {
        CategoryScores scores =
                ScoreCalculator.calculate(GoldenDataset.counts("mild-overdispersion"), PARAMS);

        assertThat(scores.tau2()).isPositive();
        assertThat(scores.units())
                .filteredOn(unit -> unit.n() >= 20 && unit.n() < 100)
                .isNotEmpty()
                .allSatisfy(
                        unit ->
                                assertThat(unit.method())
                                        .isEqualTo(BandMethod.NORMAL_APPROXIMATION));
    }

    @Test
    void emptyCategoryHasNoTargetAndNoProviders() {
        CategoryScores scores = ScoreCalculator.calculate(List.of(), PARAMS);

        assertThat(scores.theta0()).isNaN();
        assertThat(scores.tau2()).isZero();
        assertThat(scores.m()).isEqualTo(20);
        assertThat(scores.units()).isEmpty();
        assertThat(scores.comparedUnits()).isZero();
        assertThat(scores.suppressedUnits()).isZero();
    }

    @Test
    void categoryOfSuppressedProvidersOnlyCountsThem() {
        CategoryScores scores =
                calculate(unit("NONE", 0, 0), unit("FEW", 10, 6), unit("SOME", 4, 1));

        assertThat(scores.units()).isEmpty();
        assertThat(scores.suppressedUnits()).isEqualTo(3);
        assertThat(scores.theta0()).isEqualTo(7.0 / 14);
    }

    @Test
    void everyoneSatisfiedLeavesNoVarianceAndEveryProviderWithin() {
        CategoryScores scores =
                calculate(unit("A", 150, 150), unit("B", 30, 30), unit("C", 12, 12));

        assertThat(scores.theta0()).isEqualTo(1);
        assertThat(scores.tau2()).isZero();
        assertThat(scores.units())
                .allSatisfy(
                        unit -> {
                            assertThat(unit.zD()).isZero();
                            assertThat(unit.score()).isEqualTo(1);
                            assertThat(unit.interval()).isEqualTo(new ScoreInterval(1, 1));
                        });
        assertThat(byCode(scores).get("A").band()).isEqualTo(Band.WITHIN);
        assertThat(byCode(scores).get("B").band()).isEqualTo(Band.WITHIN);
    }

    @Test
    void nobodySatisfiedLeavesNoVarianceAndEveryProviderWithin() {
        List<UnitCounts> units = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            units.add(unit("P" + i, 20 + 20 * i, 0));
        }

        CategoryScores scores = ScoreCalculator.calculate(units, PARAMS);

        assertThat(scores.theta0()).isZero();
        assertThat(scores.tau2()).isZero();
        assertThat(scores.units())
                .hasSize(12)
                .allSatisfy(
                        unit -> {
                            assertThat(unit.band()).isEqualTo(Band.WITHIN);
                            assertThat(unit.interval()).isEqualTo(new ScoreInterval(0, 0));
                        });
    }

    @Test
    void secondaryScoreMapsTheOneToFiveScaleOntoZeroToHundred() {
        assertThat(ScoreCalculator.secondaryScore(new UnitCounts("TOP", 20, 20, 20, 100, 20)))
                .isEqualTo(100);
        assertThat(ScoreCalculator.secondaryScore(new UnitCounts("LOW", 20, 0, 20, 20, 20)))
                .isZero();
        assertThat(ScoreCalculator.secondaryScore(new UnitCounts("MID", 20, 9, 20, 240, 80)))
                .isEqualTo(50);
        assertThat(ScoreCalculator.secondaryScore(new UnitCounts("NONE", 20, 9, 20, 0, 0))).isNaN();
    }

    @Test
    void listsWorstBandFirstThenHigherScoreFirst() {
        CategoryScores scores =
                ScoreCalculator.calculate(GoldenDataset.counts("few-providers"), PARAMS);

        assertThat(scores.units())
                .extracting(UnitScore::providerCode)
                .containsExactly(
                        "HWH-SH-001",
                        "HWH-SH-003",
                        "HWH-SH-005",
                        "HWH-SH-002",
                        "HWH-SH-004",
                        "HWH-SH-006");
    }

    @Test
    void rejectsTheSameProviderTwice() {
        assertThatThrownBy(() -> calculate(unit("TWICE", 20, 10), unit("TWICE", 30, 10)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TWICE");
    }

    @Test
    void rejectsCountsNoQueryCanProduce() {
        assertThatThrownBy(() -> unit("X", 10, 11)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new UnitCounts("X", 10, 5, 10, 60, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
