package org.survivorvoice.scoring.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The defaults are the numbers of design/SCORING.md, and nonsense is refused. */
class ScoringParametersTest {

    private final ScoringParameters defaults = ScoringParameters.defaults();

    @Test
    void defaultsAreTheNumbersOfTheMethod() {
        assertThat(defaults.minRatings()).isEqualTo(11);
        assertThat(defaults.minDistinctRaters()).isEqualTo(11);
        assertThat(defaults.classifyMinRatings()).isEqualTo(20);
        assertThat(defaults.minUnitsForOverdispersion()).isEqualTo(10);
        assertThat(defaults.winsorLower()).isEqualTo(0.10);
        assertThat(defaults.winsorUpper()).isEqualTo(0.90);
        assertThat(defaults.alertLimit()).isEqualTo(1.96);
        assertThat(defaults.significantLimit()).isEqualTo(3.09);
        assertThat(defaults.exactAlertTail()).isEqualTo(0.025);
        assertThat(defaults.exactSignificantTail()).isEqualTo(0.001);
        assertThat(defaults.exactBelowRatings()).isEqualTo(100);
        assertThat(defaults.minShrinkage()).isEqualTo(5);
        assertThat(defaults.maxShrinkage()).isEqualTo(50);
        assertThat(defaults.shrinkageWithoutOverdispersion()).isEqualTo(20);
        assertThat(defaults.intervalLower()).isEqualTo(0.05);
        assertThat(defaults.intervalUpper()).isEqualTo(0.95);
        assertThat(defaults.cusumOddsRatio()).isEqualTo(2);
        assertThat(defaults.cusumThreshold()).isEqualTo(3.5);
        assertThat(defaults.cusumBusyThreshold()).isEqualTo(4.0);
        assertThat(defaults.cusumBusyRatingsPerYear()).isEqualTo(80);
    }

    @Test
    void satisfiedIsFourOrFiveAndDissatisfiedOneOrTwo() {
        assertThat(defaults.isSatisfied(5)).isTrue();
        assertThat(defaults.isSatisfied(4)).isTrue();
        assertThat(defaults.isSatisfied(3)).isFalse();
        assertThat(defaults.isDissatisfied(3)).isFalse();
        assertThat(defaults.isDissatisfied(2)).isTrue();
        assertThat(defaults.isDissatisfied(1)).isTrue();
    }

    @Test
    void busyProvidersFromEightyRatingsAYearGetTheHigherThreshold() {
        assertThat(defaults.cusumThresholdFor(79.9)).isEqualTo(3.5);
        assertThat(defaults.cusumThresholdFor(80)).isEqualTo(4.0);
    }

    @Test
    void refusesLimitsInTheWrongOrder() {
        assertThatThrownBy(
                        () ->
                                new ScoringParameters(
                                        11, 11, 20, 10, 0.10, 0.90, 3.09, 1.96, 0.025, 0.001, 100,
                                        5, 50, 20, 0.05, 0.95, 2, 3.5, 4.0, 80, 4, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alert-z");
    }

    @Test
    void refusesSatisfiedAndDissatisfiedOverlapping() {
        assertThatThrownBy(
                        () ->
                                new ScoringParameters(
                                        11, 11, 20, 10, 0.10, 0.90, 1.96, 3.09, 0.025, 0.001, 100,
                                        5, 50, 20, 0.05, 0.95, 2, 3.5, 4.0, 80, 3, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("overall");
    }
}
