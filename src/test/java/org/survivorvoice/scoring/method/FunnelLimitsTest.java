package org.survivorvoice.scoring.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** zD, the band table's inequalities, the exact binomial rule and the choice between them. */
class FunnelLimitsTest {

    private static final ScoringParameters PARAMS = ScoringParameters.defaults();

    @Test
    void zOnEachLimitFollowsTheInequalitiesOfTheBandTable() {
        // SIGNIFICANTLY_BELOW is zD < -3.09, BELOW -3.09 <= zD < -1.96, WITHIN |zD| <= 1.96,
        // ABOVE 1.96 < zD <= 3.09, SIGNIFICANTLY_ABOVE zD > 3.09
        assertThat(FunnelLimits.bandForZ(-3.09, PARAMS)).isEqualTo(Band.BELOW);
        assertThat(FunnelLimits.bandForZ(-1.96, PARAMS)).isEqualTo(Band.WITHIN);
        assertThat(FunnelLimits.bandForZ(1.96, PARAMS)).isEqualTo(Band.WITHIN);
        assertThat(FunnelLimits.bandForZ(3.09, PARAMS)).isEqualTo(Band.ABOVE);
    }

    @Test
    void zJustBeyondEachLimitChangesBand() {
        assertThat(FunnelLimits.bandForZ(Math.nextDown(-3.09), PARAMS))
                .isEqualTo(Band.SIGNIFICANTLY_BELOW);
        assertThat(FunnelLimits.bandForZ(Math.nextDown(-1.96), PARAMS)).isEqualTo(Band.BELOW);
        assertThat(FunnelLimits.bandForZ(Math.nextUp(1.96), PARAMS)).isEqualTo(Band.ABOVE);
        assertThat(FunnelLimits.bandForZ(Math.nextUp(3.09), PARAMS))
                .isEqualTo(Band.SIGNIFICANTLY_ABOVE);
        assertThat(FunnelLimits.bandForZ(0, PARAMS)).isEqualTo(Band.WITHIN);
    }

    @Test
    void rejectsAnUndefinedZ() {
        assertThatThrownBy(() -> FunnelLimits.bandForZ(Double.NaN, PARAMS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void exactBandsFollowTheBinomialTails() {
        // P(X <= x) for X ~ Binomial(20, 0.9): x = 15 0.0432, 14 0.0113, 13 0.00239, 12 0.000416
        assertThat(FunnelLimits.exactBinomialBand(15, 20, 0.9, PARAMS)).isEqualTo(Band.WITHIN);
        assertThat(FunnelLimits.exactBinomialBand(14, 20, 0.9, PARAMS)).isEqualTo(Band.BELOW);
        assertThat(FunnelLimits.exactBinomialBand(13, 20, 0.9, PARAMS)).isEqualTo(Band.BELOW);
        assertThat(FunnelLimits.exactBinomialBand(12, 20, 0.9, PARAMS))
                .isEqualTo(Band.SIGNIFICANTLY_BELOW);
        // P(X >= x) for X ~ Binomial(20, 0.1): the mirror image
        assertThat(FunnelLimits.exactBinomialBand(5, 20, 0.1, PARAMS)).isEqualTo(Band.WITHIN);
        assertThat(FunnelLimits.exactBinomialBand(6, 20, 0.1, PARAMS)).isEqualTo(Band.ABOVE);
        assertThat(FunnelLimits.exactBinomialBand(8, 20, 0.1, PARAMS))
                .isEqualTo(Band.SIGNIFICANTLY_ABOVE);
    }

    @Test
    void exactTailEqualToItsLimitIsNotBeyondIt() {
        // Binomial(2, 0.5): P(X <= 0) = P(X >= 2) = 0.25 exactly
        ScoringParameters atQuarter = withExactTails(0.25, 0.001);
        ScoringParameters justAbove = withExactTails(Math.nextUp(0.25), 0.001);

        assertThat(FunnelLimits.exactBinomialBand(0, 2, 0.5, atQuarter)).isEqualTo(Band.WITHIN);
        assertThat(FunnelLimits.exactBinomialBand(2, 2, 0.5, atQuarter)).isEqualTo(Band.WITHIN);
        assertThat(FunnelLimits.exactBinomialBand(0, 2, 0.5, justAbove)).isEqualTo(Band.BELOW);
        assertThat(FunnelLimits.exactBinomialBand(2, 2, 0.5, justAbove)).isEqualTo(Band.ABOVE);
    }

    @Test
    void methodDependsOnRatingsAndTau2() {
        assertThat(FunnelLimits.method(19, 0, PARAMS)).isEqualTo(BandMethod.NOT_CLASSIFIED);
        assertThat(FunnelLimits.method(20, 0, PARAMS)).isEqualTo(BandMethod.EXACT_BINOMIAL);
        assertThat(FunnelLimits.method(99, 0, PARAMS)).isEqualTo(BandMethod.EXACT_BINOMIAL);
        assertThat(FunnelLimits.method(100, 0, PARAMS)).isEqualTo(BandMethod.NORMAL_APPROXIMATION);
        assertThat(FunnelLimits.method(20, 1e-6, PARAMS))
                .isEqualTo(BandMethod.NORMAL_APPROXIMATION);
    }

    @Test
    void zIsZeroOnTheTargetEvenWithoutVariance() {
        assertThat(FunnelLimits.zScore(0, 50, 0, 0)).isZero();
        assertThat(FunnelLimits.zScore(50, 50, 1, 0)).isZero();
        assertThat(FunnelLimits.zScore(35, 50, 0.7, 0.01)).isZero();
    }

    @Test
    void zNeedsAtLeastOneRating() {
        assertThatThrownBy(() -> FunnelLimits.zScore(0, 0, 0.5, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void funnelLineIsWhereZReachesTheLimit() {
        double line = FunnelLimits.limit(0.7, 0.0036, 40, -3.09);

        assertThat(line).isCloseTo(0.7 - 3.09 * Math.sqrt(0.21 / 40 + 0.0036), within(1e-15));
        // the worked example's 16/40 = 0.40 lies below the 99.8 % line, hence SIGNIFICANTLY_BELOW
        assertThat(line).isGreaterThan(0.40);
    }

    private static ScoringParameters withExactTails(double alert, double significant) {
        ScoringParameters d = ScoringParameters.defaults();
        return new ScoringParameters(
                d.minRatings(),
                d.minDistinctRaters(),
                d.classifyMinRatings(),
                d.minUnitsForOverdispersion(),
                d.winsorLower(),
                d.winsorUpper(),
                d.alertLimit(),
                d.significantLimit(),
                alert,
                significant,
                d.exactBelowRatings(),
                d.minShrinkage(),
                d.maxShrinkage(),
                d.shrinkageWithoutOverdispersion(),
                d.intervalLower(),
                d.intervalUpper(),
                d.cusumOddsRatio(),
                d.cusumThreshold(),
                d.cusumBusyThreshold(),
                d.cusumBusyRatingsPerYear(),
                d.satisfiedMinOverall(),
                d.dissatisfiedMaxOverall());
    }
}
