package org.survivorvoice.scoring.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Prior weight, shrunken score and Beta interval. */
class ShrinkageTest {

    private static final ScoringParameters PARAMS = ScoringParameters.defaults();

    @Test
    void priorWeightFollowsTau2WithinItsClamp() {
        assertThat(Shrinkage.priorWeight(0.5, 0.25 / 31, PARAMS)).isCloseTo(30, within(1e-12));
        assertThat(Shrinkage.priorWeight(0.5, 0.1, PARAMS)).isEqualTo(5);
        assertThat(Shrinkage.priorWeight(0.5, 0.001, PARAMS)).isEqualTo(50);
    }

    @Test
    void priorWeightIsTwentyWithoutOverdispersion() {
        assertThat(Shrinkage.priorWeight(0.5, 0, PARAMS)).isEqualTo(20);
        assertThat(Shrinkage.priorWeight(1, 0, PARAMS)).isEqualTo(20);
    }

    @Test
    void scoreWeighsOwnRatingsAgainstTheTarget() {
        // 30 of 40 against theta0 0.5 with m = 10: (30 + 5) / 50
        assertThat(Shrinkage.score(30, 40, 0.5, 10)).isCloseTo(0.7, within(1e-15));
    }

    @Test
    void intervalQuantilesOfClosedFormBetas() {
        // x = 0, n = 0, theta0 = 0.5, m = 2 is Beta(1, 1), the uniform distribution
        ScoreInterval uniform = Shrinkage.interval(0, 0, 0.5, 2, PARAMS);
        // x = n = 2 is Beta(3, 1), whose quantile is q^(1/3)
        ScoreInterval cubeRoot = Shrinkage.interval(2, 2, 0.5, 2, PARAMS);

        assertThat(uniform.low()).isCloseTo(0.05, within(1e-12));
        assertThat(uniform.high()).isCloseTo(0.95, within(1e-12));
        assertThat(cubeRoot.low()).isCloseTo(Math.cbrt(0.05), within(1e-12));
        assertThat(cubeRoot.high()).isCloseTo(Math.cbrt(0.95), within(1e-12));
    }

    @Test
    void intervalIsThePointWhenTheTargetIsCertain() {
        assertThat(Shrinkage.interval(0, 30, 0, 20, PARAMS)).isEqualTo(new ScoreInterval(0, 0));
        assertThat(Shrinkage.interval(30, 30, 1, 20, PARAMS)).isEqualTo(new ScoreInterval(1, 1));
    }

    @Test
    void posteriorIsTheBetaWhoseMeanIsTheScore() {
        // 30 of 40 against theta0 0.5 with m = 10: Beta(30 + 5, 10 + 5)
        BetaPosterior posterior = Shrinkage.posterior(30, 40, 0.5, 10);

        assertThat(posterior).isEqualTo(new BetaPosterior(35, 15));
        assertThat(posterior.mean()).isCloseTo(Shrinkage.score(30, 40, 0.5, 10), within(1e-15));
        assertThat(Shrinkage.posterior(0, 30, 0, 20).isPointMass()).isTrue();
        assertThat(posterior.isPointMass()).isFalse();
    }

    @Test
    void posteriorRejectsParametersOfNoDistribution() {
        assertThatThrownBy(() -> new BetaPosterior(-1, 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BetaPosterior(0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BetaPosterior(Double.NaN, 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BetaPosterior(Double.POSITIVE_INFINITY, 3))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
