package org.survivorvoice.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.survivorvoice.scoring.method.Band;
import org.survivorvoice.scoring.method.ReviewLabel;

class FieldReviewPlanTest {

    private static final long HEALTH = 1;
    private static final long POLICE = 2;

    @Test
    void namesAboutHalfOfTheQualifiersOnePerCategoryFirstAndLeavesTheNextUnconfirmed() {
        List<FieldReviewPlan.Scored> scored =
                List.of(
                        laggard(11, HEALTH, -6.0),
                        laggard(12, HEALTH, -5.0),
                        laggard(13, HEALTH, -4.0),
                        laggard(14, POLICE, -3.5));

        List<FieldReviewPlan.Review> reviews = FieldReviewPlan.choose(scored);

        assertThat(reviews)
                .extracting(
                        FieldReviewPlan.Review::providerId,
                        FieldReviewPlan.Review::label,
                        FieldReviewPlan.Review::verified)
                .containsExactly(
                        tuple(11L, ReviewLabel.LAGGARD, true),
                        tuple(14L, ReviewLabel.LAGGARD, true),
                        tuple(12L, ReviewLabel.LAGGARD, false));
    }

    @Test
    void reviewsOnlyProvidersTheConfirmationRuleCanName() {
        List<FieldReviewPlan.Scored> scored =
                List.of(
                        new FieldReviewPlan.Scored(
                                1, POLICE, Band.SIGNIFICANTLY_BELOW, Band.WITHIN, -5),
                        new FieldReviewPlan.Scored(2, POLICE, Band.SIGNIFICANTLY_ABOVE, null, 5),
                        new FieldReviewPlan.Scored(
                                3, POLICE, Band.SIGNIFICANTLY_ABOVE, Band.BELOW, 4),
                        new FieldReviewPlan.Scored(4, POLICE, Band.BELOW, Band.BELOW, -2.5),
                        new FieldReviewPlan.Scored(
                                5, HEALTH, Band.SIGNIFICANTLY_ABOVE, Band.ABOVE, 3.2));

        assertThat(FieldReviewPlan.choose(scored))
                .extracting(
                        FieldReviewPlan.Review::providerId,
                        FieldReviewPlan.Review::label,
                        FieldReviewPlan.Review::verified)
                .containsExactly(tuple(5L, ReviewLabel.GOOD_PRACTICE, true));
    }

    @Test
    void namesAtMostAHandfulPerLabel() {
        List<FieldReviewPlan.Scored> scored = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            scored.add(laggard(100 + i, i, -4 - i));
            scored.add(
                    new FieldReviewPlan.Scored(
                            200 + i, i, Band.SIGNIFICANTLY_ABOVE, Band.SIGNIFICANTLY_ABOVE, 4 + i));
        }

        List<FieldReviewPlan.Review> reviews = FieldReviewPlan.choose(scored);

        for (ReviewLabel label : ReviewLabel.values()) {
            assertThat(reviews)
                    .filteredOn(r -> r.label() == label && r.verified())
                    .hasSize(FieldReviewPlan.MAX_NAMED);
            assertThat(reviews).filteredOn(r -> r.label() == label && !r.verified()).hasSize(1);
        }
        assertThat(reviews)
                .filteredOn(r -> r.label() == ReviewLabel.GOOD_PRACTICE && r.verified())
                .extracting(FieldReviewPlan.Review::providerId)
                .containsExactly(219L, 218L, 217L);
    }

    private static FieldReviewPlan.Scored laggard(long id, long category, double zD) {
        return new FieldReviewPlan.Scored(
                id, category, Band.SIGNIFICANTLY_BELOW, Band.SIGNIFICANTLY_BELOW, zD);
    }
}
