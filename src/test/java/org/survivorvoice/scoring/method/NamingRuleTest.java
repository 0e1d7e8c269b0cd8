package org.survivorvoice.scoring.method;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamingRuleTest {

    @Test
    void laggardNeedsTwoFlaggedWindowsAndAVerifiedReview() {
        assertThat(
                        NamingRule.named(
                                Band.SIGNIFICANTLY_BELOW, Band.BELOW, ReviewLabel.LAGGARD, true))
                .isTrue();
        assertThat(
                        NamingRule.named(
                                Band.SIGNIFICANTLY_BELOW,
                                Band.SIGNIFICANTLY_BELOW,
                                ReviewLabel.LAGGARD,
                                true))
                .isTrue();
        assertThat(
                        NamingRule.named(
                                Band.SIGNIFICANTLY_BELOW, Band.BELOW, ReviewLabel.LAGGARD, false))
                .isFalse();
        assertThat(
                        NamingRule.named(
                                Band.SIGNIFICANTLY_BELOW, Band.WITHIN, ReviewLabel.LAGGARD, true))
                .isFalse();
        assertThat(NamingRule.named(Band.SIGNIFICANTLY_BELOW, null, ReviewLabel.LAGGARD, true))
                .isFalse();
        assertThat(
                        NamingRule.named(
                                Band.BELOW, Band.SIGNIFICANTLY_BELOW, ReviewLabel.LAGGARD, true))
                .isFalse();
    }

    @Test
    void goodPracticeMirrorsTheRule() {
        assertThat(
                        NamingRule.named(
                                Band.SIGNIFICANTLY_ABOVE,
                                Band.ABOVE,
                                ReviewLabel.GOOD_PRACTICE,
                                true))
                .isTrue();
        assertThat(
                        NamingRule.named(
                                Band.SIGNIFICANTLY_ABOVE,
                                Band.BELOW,
                                ReviewLabel.GOOD_PRACTICE,
                                true))
                .isFalse();
        assertThat(
                        NamingRule.named(
                                Band.SIGNIFICANTLY_BELOW,
                                Band.SIGNIFICANTLY_BELOW,
                                ReviewLabel.GOOD_PRACTICE,
                                true))
                .isFalse();
    }

    @Test
    void onlySignificantBandsAreFlagged() {
        for (Band band : Band.values()) {
            assertThat(NamingRule.flagged(band))
                    .isEqualTo(
                            band == Band.SIGNIFICANTLY_BELOW || band == Band.SIGNIFICANTLY_ABOVE);
        }
    }
}
