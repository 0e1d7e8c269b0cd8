package org.survivorvoice.scoring.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.survivorvoice.scoring.method.Band;

class PublishedReleaseTest {

    private static final PublishedFigures OLD =
            new PublishedFigures(20, Band.WITHIN, 0.71, 0.6, 0.8, 0.5, 22, 0.72, 7);
    private static final PublishedFigures NEW =
            new PublishedFigures(25, Band.WITHIN, 0.66, 0.56, 0.76, 0.5, 27, 0.65, 6);

    @Test
    void theFirstReleaseIsFresh() {
        PublishedRelease r = PublishedRelease.next(null, OLD, 20, "2026-Q1");
        assertThat(r).isEqualTo(new PublishedRelease(OLD, "2026-Q1", 0, false));
    }

    @Test
    void newRatingsAccumulateUntilFiveThenTheFiguresChange() {
        PublishedRelease first = PublishedRelease.next(null, OLD, 20, "2026-Q1");
        PublishedRelease second = PublishedRelease.next(first, NEW, 3, "2026-Q2");
        PublishedRelease third = PublishedRelease.next(second, NEW, 1, "2026-Q3");
        PublishedRelease fourth = PublishedRelease.next(third, NEW, 1, "2026-Q4");

        assertThat(second).isEqualTo(new PublishedRelease(OLD, "2026-Q1", 3, true));
        assertThat(third).isEqualTo(new PublishedRelease(OLD, "2026-Q1", 4, true));
        assertThat(fourth).isEqualTo(new PublishedRelease(NEW, "2026-Q4", 0, false));
    }

    @Test
    void figuresAreHeldWhileBothReleasesTogetherWouldLeaveTooFewPairs() {
        PublishedRelease first = PublishedRelease.next(null, OLD, 20, "2026-Q1");

        PublishedRelease held = PublishedRelease.next(first, NEW, 6, "2026-Q2", () -> 4);
        PublishedRelease changed = PublishedRelease.next(first, NEW, 6, "2026-Q2", () -> 5);

        assertThat(held).isEqualTo(new PublishedRelease(OLD, "2026-Q1", 6, true));
        assertThat(changed).isEqualTo(new PublishedRelease(NEW, "2026-Q2", 0, false));
    }

    @Test
    void jointPairsNeedAnEarlierPairFiveRatingsSmallerAndNoMoreOfEitherAnswer() {
        List<long[]> earlier = List.of(new long[] {20, 15}, new long[] {21, 15});
        List<long[]> later =
                List.of(
                        new long[] {25, 15}, // 20/15 plus five dissatisfied
                        new long[] {26, 21}, // 21/15 plus five satisfied... and 20/15 plus six
                        new long[] {25, 14}, // fewer satisfied than any earlier pair
                        new long[] {24, 19}); // only four more than the smallest earlier pair

        assertThat(PublishedRelease.jointPairs(later, earlier)).isEqualTo(2);
    }
}
