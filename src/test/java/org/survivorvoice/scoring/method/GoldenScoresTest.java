package org.survivorvoice.scoring.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The calculator against the committed expected values of the fixed datasets, which the independent
 * {@link ReferenceScoring} computed: every number to 1e-9, every band and method exactly.
 */
class GoldenScoresTest {

    private static final double TOLERANCE = 1e-9;

    static List<String> datasets() {
        return GoldenDataset.NAMES;
    }

    @ParameterizedTest
    @MethodSource("datasets")
    void calculatorAgreesWithIndependentImplementation(String name) {
        ReferenceScoring.Result expected = GoldenDataset.expected(name);

        CategoryScores actual =
                ScoreCalculator.calculate(GoldenDataset.counts(name), ScoringParameters.defaults());

        assertThat(actual.theta0()).isCloseTo(expected.theta0(), within(TOLERANCE));
        assertThat(actual.tau2()).isCloseTo(expected.tau2(), within(TOLERANCE));
        assertThat(actual.m()).isCloseTo(expected.m(), within(TOLERANCE));
        assertThat(actual.comparedUnits()).isEqualTo(expected.compared());
        assertThat(actual.suppressedUnits()).isEqualTo(expected.suppressed());
        Map<String, UnitScore> byCode =
                actual.units().stream()
                        .collect(Collectors.toMap(UnitScore::providerCode, Function.identity()));
        assertThat(byCode.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        expected.units().stream().map(ReferenceScoring.Unit::code).toList());
        for (ReferenceScoring.Unit unit : expected.units()) {
            UnitScore score = byCode.get(unit.code());
            assertThat(score.n()).isEqualTo(unit.n());
            assertThat(score.x()).isEqualTo(unit.x());
            assertThat(score.p()).isCloseTo(unit.p(), within(TOLERANCE));
            assertThat(score.zD()).isCloseTo(unit.zD(), within(TOLERANCE));
            assertThat(score.score()).isCloseTo(unit.score(), within(TOLERANCE));
            assertThat(score.interval().low()).isCloseTo(unit.low(), within(TOLERANCE));
            assertThat(score.interval().high()).isCloseTo(unit.high(), within(TOLERANCE));
            assertThat(score.band().name()).as(unit.code()).isEqualTo(unit.band());
            assertThat(score.method().name()).as(unit.code()).isEqualTo(unit.method());
            assertThat(score.secondaryScore()).isCloseTo(unit.secondary(), within(TOLERANCE));
        }
    }
}
