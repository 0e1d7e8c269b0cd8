package org.survivorvoice.scoring.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps the committed expected values tied to the reference implementation, and checks the
 * reference's own numerics against values from a third source (SciPy 1.17, {@code
 * scipy.stats.beta.ppf} and {@code scipy.stats.binom.cdf}).
 */
class ReferenceScoringTest {

    private static final double TOLERANCE = 1e-12;

    static List<String> datasets() {
        return GoldenDataset.NAMES;
    }

    @ParameterizedTest
    @MethodSource("datasets")
    void committedExpectedValuesAreWhatTheReferenceComputes(String name) {
        ReferenceScoring.Result regenerated = ReferenceScoring.score(GoldenDataset.rows(name));
        ReferenceScoring.Result committed =
                Boolean.getBoolean("scoring.golden.rewrite")
                        ? GoldenDataset.rewriteExpected(name, regenerated)
                        : GoldenDataset.expected(name);

        assertThat(committed.theta0()).isCloseTo(regenerated.theta0(), within(TOLERANCE));
        assertThat(committed.tau2()).isCloseTo(regenerated.tau2(), within(TOLERANCE));
        assertThat(committed.m()).isCloseTo(regenerated.m(), within(TOLERANCE));
        assertThat(committed.compared()).isEqualTo(regenerated.compared());
        assertThat(committed.suppressed()).isEqualTo(regenerated.suppressed());
        assertThat(committed.units()).hasSameSizeAs(regenerated.units());
        for (int i = 0; i < committed.units().size(); i++) {
            ReferenceScoring.Unit expected = regenerated.units().get(i);
            ReferenceScoring.Unit actual = committed.units().get(i);
            assertThat(actual.code()).isEqualTo(expected.code());
            assertThat(actual.n()).isEqualTo(expected.n());
            assertThat(actual.x()).isEqualTo(expected.x());
            assertThat(actual.p()).isCloseTo(expected.p(), within(TOLERANCE));
            assertThat(actual.zD()).isCloseTo(expected.zD(), within(TOLERANCE));
            assertThat(actual.score()).isCloseTo(expected.score(), within(TOLERANCE));
            assertThat(actual.low()).isCloseTo(expected.low(), within(TOLERANCE));
            assertThat(actual.high()).isCloseTo(expected.high(), within(TOLERANCE));
            assertThat(actual.band()).isEqualTo(expected.band());
            assertThat(actual.method()).isEqualTo(expected.method());
            assertThat(actual.secondary()).isCloseTo(expected.secondary(), within(TOLERANCE));
        }
    }

    @Test
    void lnGammaMatchesClosedForms() {
        assertThat(ReferenceDistributions.lnGamma(0.5))
                .isCloseTo(0.5 * Math.log(Math.PI), within(1e-14));
        assertThat(ReferenceDistributions.lnGamma(10)).isCloseTo(Math.log(362880), within(1e-13));
        assertThat(ReferenceDistributions.lnGamma(1)).isCloseTo(0, within(1e-14));
    }

    @Test
    void betaQuantilesMatchClosedFormsAndScipy() {
        // Beta(1, 1) is uniform; Beta(a, 1) has quantile q^(1/a)
        assertThat(ReferenceDistributions.betaQuantile(0.05, 1, 1)).isCloseTo(0.05, within(1e-15));
        assertThat(ReferenceDistributions.betaQuantile(0.95, 3, 1))
                .isCloseTo(Math.pow(0.95, 1.0 / 3), within(1e-14));
        assertThat(ReferenceDistributions.betaQuantile(0.05, 16, 6))
                .isCloseTo(0.5630236839687343, within(1e-12));
        assertThat(ReferenceDistributions.betaQuantile(0.95, 16, 6))
                .isCloseTo(0.8675518144133786, within(1e-12));
        assertThat(ReferenceDistributions.betaQuantile(0.05, 157, 60))
                .isCloseTo(0.6725125315150018, within(1e-12));
        assertThat(ReferenceDistributions.betaQuantile(0.95, 0.35, 60.65))
                .isCloseTo(0.024913188819751842, within(1e-12));
        assertThat(ReferenceDistributions.betaQuantile(0.05, 0.35, 60.65))
                .isCloseTo(2.2872727918018897e-06, within(1e-15));
    }

    @Test
    void binomialTailsMatchScipy() {
        assertThat(ReferenceDistributions.binomialAtMost(15, 20, 0.9))
                .isCloseTo(0.04317449528446335, within(1e-14));
        assertThat(ReferenceDistributions.binomialAtMost(12, 20, 0.9))
                .isCloseTo(0.00041563501884547534, within(1e-15));
        assertThat(ReferenceDistributions.binomialAtLeast(5, 20, 0.1))
                .isCloseTo(0.04317449528446339, within(1e-14));
        assertThat(ReferenceDistributions.binomialAtLeast(0, 20, 0.1)).isCloseTo(1, within(1e-14));
    }
}
