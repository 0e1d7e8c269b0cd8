package org.survivorvoice.scoring.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A dimension's score is a survivor cell of its own: shown only past the suppression gate. */
class DimensionScoreTest {

    private static final int MIN = 11;

    @Test
    void withholdsADimensionWithFewerThanElevenAnswers() {
        assertThat(DisclosurePolicy.dimensionScore(new DimensionAnswers(1, 1, 5.0), MIN)).isEmpty();
        assertThat(DisclosurePolicy.dimensionScore(new DimensionAnswers(10, 10, 4.2), MIN))
                .isEmpty();
        assertThat(DisclosurePolicy.dimensionScore(DimensionAnswers.NONE, MIN)).isEmpty();
    }

    @Test
    void withholdsADimensionAnsweredByFewerThanElevenRaters() {
        assertThat(DisclosurePolicy.dimensionScore(new DimensionAnswers(30, 10, 4.0), MIN))
                .isEmpty();
    }

    @Test
    void showsADimensionPastTheGateRoundedToFivePercent() {
        // 6 fives and 5 fours: mean 4.545, 88.6 %, published as 90 %
        assertThat(DisclosurePolicy.dimensionScore(new DimensionAnswers(11, 11, 50 / 11.0), MIN))
                .contains(0.9);
        assertThat(DisclosurePolicy.dimensionScore(new DimensionAnswers(40, 40, 1.0), MIN))
                .contains(0.0);
        assertThat(DisclosurePolicy.dimensionScore(new DimensionAnswers(40, 40, 5.0), MIN))
                .contains(1.0);
    }
}
