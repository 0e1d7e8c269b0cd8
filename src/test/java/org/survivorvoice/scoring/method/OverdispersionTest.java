package org.survivorvoice.scoring.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** tau2 and its type-7 percentiles, on examples small enough to check by hand. */
class OverdispersionTest {

    private static final ScoringParameters PARAMS = ScoringParameters.defaults();

    private static UnitCounts unit(int i, long n, long x) {
        return new UnitCounts("P" + i, n, x, n, 4 * n, n);
    }

    @Test
    void percentilesInterpolateLikeRType7() {
        double[] oneToTen = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

        // R: quantile(1:10, c(0, 0.1, 0.5, 0.9, 1), type = 7) gives 1.0 1.9 5.5 9.1 10.0
        assertThat(Overdispersion.percentile(oneToTen, 0)).isEqualTo(1);
        assertThat(Overdispersion.percentile(oneToTen, 0.1)).isCloseTo(1.9, within(1e-15));
        assertThat(Overdispersion.percentile(oneToTen, 0.5)).isCloseTo(5.5, within(1e-15));
        assertThat(Overdispersion.percentile(oneToTen, 0.9)).isCloseTo(9.1, within(1e-15));
        assertThat(Overdispersion.percentile(oneToTen, 1)).isEqualTo(10);
        assertThat(Overdispersion.percentile(new double[] {3}, 0.1)).isEqualTo(3);
    }

    @Test
    void percentileRejectsNoValuesAndImpossibleProbabilities() {
        assertThatThrownBy(() -> Overdispersion.percentile(new double[0], 0.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Overdispersion.percentile(new double[] {1}, 1.5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tau2OfAHandWorkedExample() {
        // theta0 = 0.5, n = 100: s = 0.05, w = 400 each; shares 0.40 ... 0.60 give z = -2, -2, -1,
        // -1, 0, 0, 1, 1, 2, 2. P10 = -2 and P90 = 2 clip nothing; phi = 20 / 10 = 2;
        // tau2 = (10 * 2 - 9) / (4000 - 400) = 11 / 3600
        long[] satisfied = {40, 40, 45, 45, 50, 50, 55, 55, 60, 60};
        List<UnitCounts> units = new ArrayList<>();
        for (int i = 0; i < satisfied.length; i++) {
            units.add(unit(i, 100, satisfied[i]));
        }

        assertThat(Overdispersion.tau2(units, 0.5, PARAMS)).isCloseTo(11.0 / 3600, within(1e-15));
    }

    @Test
    void tau2IsZeroWhenProvidersAgreeBetterThanChance() {
        List<UnitCounts> units = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            units.add(unit(i, 40 + 10 * i, (40 + 10 * i) / 2));
        }

        assertThat(Overdispersion.tau2(units, 0.5, PARAMS)).isZero();
    }

    @Test
    void winsorisingCapsTheMostExtremeProvider() {
        // with 21 providers the 10th percentile is the third smallest z exactly, so how far the
        // lowest provider falls does not change tau2
        List<UnitCounts> mild = new ArrayList<>();
        List<UnitCounts> extreme = new ArrayList<>();
        for (int i = 1; i < 21; i++) {
            UnitCounts unit = unit(i, 100, 30 + 2 * i);
            mild.add(unit);
            extreme.add(unit);
        }
        mild.add(unit(0, 100, 25));
        extreme.add(unit(0, 100, 0));

        double tau2 = Overdispersion.tau2(mild, 0.5, PARAMS);

        assertThat(tau2).isPositive();
        assertThat(Overdispersion.tau2(extreme, 0.5, PARAMS)).isCloseTo(tau2, within(1e-15));
    }

    @Test
    void tau2IsZeroWithoutAnyVarianceOfTheTarget() {
        List<UnitCounts> units = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            units.add(unit(i, 50, 50));
        }

        assertThat(Overdispersion.tau2(units, 1, PARAMS)).isZero();
    }
}
