package org.survivorvoice.scoring.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The worked example of design/SCORING.md: theta0 = 0.70, tau = 0.06 for zD, m held at 10 for the
 * score. 9/12 -> 0.73 INSUFFICIENT_DATA; 14/20 -> 0.70, zD 0.00, WITHIN; 16/40 -> 0.46, zD about
 * -3.19, SIGNIFICANTLY_BELOW; 150/200 -> 0.75, zD about 0.73, WITHIN.
 */
class WorkedExampleTest {

    private static final double THETA0 = 0.70;
    private static final double TAU2 = 0.06 * 0.06;
    private static final double M = 10;
    private static final ScoringParameters PARAMS = ScoringParameters.defaults();

    private static UnitScore score(long x, long n) {
        return ScoreCalculator.scoreUnit(
                new UnitCounts("EXAMPLE", n, x, n, 4 * n, n), THETA0, TAU2, M, PARAMS);
    }

    @Test
    void twelveRatingsGetAScoreButNoVerdict() {
        UnitScore unit = score(9, 12);

        assertThat(unit.score()).isCloseTo(16.0 / 22, within(1e-12));
        assertThat(percent(unit.score())).isEqualTo(73);
        assertThat(unit.band()).isEqualTo(Band.INSUFFICIENT_DATA);
        assertThat(unit.method()).isEqualTo(BandMethod.NOT_CLASSIFIED);
    }

    @Test
    void twentyRatingsOnTheTargetAreWithin() {
        UnitScore unit = score(14, 20);

        assertThat(unit.score()).isCloseTo(0.70, within(1e-12));
        assertThat(unit.zD()).isZero();
        assertThat(unit.band()).isEqualTo(Band.WITHIN);
        // tau2 > 0, so the normal limits apply although n < 100
        assertThat(unit.method()).isEqualTo(BandMethod.NORMAL_APPROXIMATION);
    }

    @Test
    void sixteenOfFortyIsSignificantlyBelow() {
        UnitScore unit = score(16, 40);

        assertThat(unit.score()).isCloseTo(23.0 / 50, within(1e-12));
        assertThat(percent(unit.score())).isEqualTo(46);
        assertThat(unit.zD()).isCloseTo(-0.30 / Math.sqrt(0.21 / 40 + 0.0036), within(1e-12));
        assertThat(unit.zD()).isCloseTo(-3.19, within(0.005));
        assertThat(unit.band()).isEqualTo(Band.SIGNIFICANTLY_BELOW);
    }

    @Test
    void oneHundredFiftyOfTwoHundredIsWithin() {
        UnitScore unit = score(150, 200);

        assertThat(unit.score()).isCloseTo(157.0 / 210, within(1e-12));
        assertThat(percent(unit.score())).isEqualTo(75);
        assertThat(unit.zD()).isCloseTo(0.05 / Math.sqrt(0.21 / 200 + 0.0036), within(1e-12));
        assertThat(unit.zD()).isCloseTo(0.73, within(0.005));
        assertThat(unit.band()).isEqualTo(Band.WITHIN);
    }

    @Test
    void theFormulaWouldHaveClampedMAtFiftyNotTen() {
        // the example holds m at 10 for readability; the method itself gives 0.21 / 0.0036 - 1 =
        // 57.3
        assertThat(Shrinkage.priorWeight(THETA0, TAU2, PARAMS)).isEqualTo(50);
    }

    private static long percent(double fraction) {
        return Math.round(fraction * 100);
    }
}
