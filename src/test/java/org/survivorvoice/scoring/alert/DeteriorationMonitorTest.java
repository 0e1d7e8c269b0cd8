package org.survivorvoice.scoring.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.scoring.method.ScoringParameters;

/** One provider's CUSUM over its new ratings: crossing, reset, continuation and quarters. */
class DeteriorationMonitorTest {

    private static final long PROVIDER = 7;
    private static final Quarter Q1 = Quarter.parse("2024-Q1");
    private static final Quarter Q2 = Quarter.parse("2024-Q2");
    private static final ScoringParameters PARAMS = ScoringParameters.defaults();

    /** Category of 80 ratings in Q1, 14 of them dissatisfied: p0 = 0.175. */
    private static DeteriorationBaselines quietCategory() {
        return DeteriorationBaselines.of(
                List.of(
                        new DeteriorationBaselines.Counts(PROVIDER, 3, 30, 300, Q1, 40, 10),
                        new DeteriorationBaselines.Counts(8, 3, 31, 300, Q1, 40, 4)),
                4);
    }

    /** Ratings with ids from {@code firstId}, an hour apart, one character each: D is overall 2. */
    private static List<DeteriorationRating> ratings(Quarter q, long firstId, String pattern) {
        List<DeteriorationRating> ratings = new ArrayList<>();
        Instant start = q.start().atStartOfDay().toInstant(ZoneOffset.UTC);
        for (int i = 0; i < pattern.length(); i++) {
            ratings.add(
                    new DeteriorationRating(
                            firstId + i,
                            PROVIDER,
                            start.plusSeconds(3600L * (firstId + i)),
                            q,
                            pattern.charAt(i) == 'D' ? 2 : 5));
        }
        return ratings;
    }

    @Test
    void alertsAtTheRatingWhereTheStatisticCrossesAndKeepsWhatFollowsTheReset() {
        DeteriorationMonitor monitor = new DeteriorationMonitor(quietCategory(), PARAMS);
        double dissatisfied = Math.log(2) - Math.log(1.175);

        DeteriorationMonitor.Outcome outcome =
                monitor.process(null, ratings(Q1, 1, "S".repeat(30) + "D".repeat(10)));

        // seven dissatisfied in a row: 7 x 0.532 = 3.72 > 3.5; three more after the reset
        assertThat(outcome.alerts()).hasSize(1);
        DeteriorationAlert alert = outcome.alerts().get(0);
        assertThat(alert.ratingId()).isEqualTo(37);
        assertThat(alert.statistic()).isCloseTo(7 * dissatisfied, within(1e-12));
        assertThat(alert.threshold()).isEqualTo(3.5);
        assertThat(alert.p0()).isCloseTo(0.175, within(1e-15));
        assertThat(alert.period()).isEqualTo(Q1);
        assertThat(alert.categoryId()).isEqualTo(3);
        assertThat(alert.districtId()).isEqualTo(30);
        assertThat(outcome.state().statistic()).isCloseTo(3 * dissatisfied, within(1e-12));
        assertThat(outcome.state().lastRatingId()).isEqualTo(40);
    }

    @Test
    void providerInControlRaisesNoAlert() {
        DeteriorationMonitor monitor = new DeteriorationMonitor(quietCategory(), PARAMS);

        DeteriorationMonitor.Outcome outcome =
                monitor.process(null, ratings(Q1, 1, "SSSSSSSSSD".repeat(4)));

        assertThat(outcome.alerts()).isEmpty();
        assertThat(outcome.state().statistic()).isGreaterThan(0).isLessThan(1);
    }

    @Test
    void continuingFromTheStoredStateGivesWhatOneRunGives() {
        DeteriorationMonitor monitor = new DeteriorationMonitor(quietCategory(), PARAMS);
        List<DeteriorationRating> all = ratings(Q1, 1, "SSDDSDDDDSDDDDDDDSSDDDDDDDDDSD");
        DeteriorationMonitor.Outcome once = monitor.process(null, all);

        for (int split = 1; split < all.size(); split++) {
            DeteriorationMonitor.Outcome first = monitor.process(null, all.subList(0, split));
            DeteriorationMonitor.Outcome second =
                    monitor.process(first.state(), all.subList(split, all.size()));

            List<DeteriorationAlert> alerts = new ArrayList<>(first.alerts());
            alerts.addAll(second.alerts());
            assertThat(alerts).isEqualTo(once.alerts());
            assertThat(second.state()).isEqualTo(once.state());
        }
        assertThat(once.alerts()).hasSizeGreaterThan(1);
    }

    @Test
    void eachQuarterUsesTheRateOfItsWindowAndTheThresholdOfItsYear() {
        // Q1: 20 ratings, 2 dissatisfied; Q2: 100 more, 30 dissatisfied, so the provider is busy
        DeteriorationBaselines baselines =
                DeteriorationBaselines.of(
                        List.of(
                                new DeteriorationBaselines.Counts(PROVIDER, 3, 30, 300, Q1, 20, 2),
                                new DeteriorationBaselines.Counts(
                                        PROVIDER, 3, 30, 300, Q2, 100, 30)),
                        4);
        DeteriorationMonitor monitor = new DeteriorationMonitor(baselines, PARAMS);
        List<DeteriorationRating> ratings = new ArrayList<>(ratings(Q1, 1, "DDDDD"));
        ratings.addAll(ratings(Q2, 6, "DDDDDDDDDD"));

        DeteriorationMonitor.Outcome outcome = monitor.process(null, ratings);

        // Q1: p0 = 0.1, 5 x 0.598 = 2.99 carried over; Q2: p0 = 32/120, 0.456 each, h = 4.0
        double q1 = 5 * (Math.log(2) - Math.log(1.1));
        double q2 = Math.log(2) - Math.log(1 + 32.0 / 120);
        int crossing = (int) Math.floor((4.0 - q1) / q2) + 1;
        // and seven more after the reset stay below 4.0
        assertThat(outcome.alerts()).hasSize(1);
        DeteriorationAlert alert = outcome.alerts().get(0);
        assertThat(alert.period()).isEqualTo(Q2);
        assertThat(alert.threshold()).isEqualTo(4.0);
        assertThat(alert.p0()).isCloseTo(32.0 / 120, within(1e-15));
        assertThat(alert.ratingId()).isEqualTo(5 + crossing);
        assertThat(alert.statistic()).isCloseTo(q1 + crossing * q2, within(1e-12));
    }

    @Test
    void baselinesSumTheWindowOfTheCategoryInItsComparisonArea() {
        DeteriorationBaselines baselines =
                DeteriorationBaselines.of(
                        List.of(
                                new DeteriorationBaselines.Counts(1, 3, 30, 300, Q1, 20, 2),
                                new DeteriorationBaselines.Counts(2, 3, 31, 300, Q2, 30, 9),
                                // another state and another category do not count
                                new DeteriorationBaselines.Counts(3, 3, 40, 400, Q2, 50, 50),
                                new DeteriorationBaselines.Counts(4, 5, 30, 300, Q2, 50, 50)),
                        4);

        assertThat(baselines.p0(1, Q1)).isCloseTo(0.1, within(1e-15));
        assertThat(baselines.p0(1, Q2)).isCloseTo(11.0 / 50, within(1e-15));
        assertThat(baselines.p0(2, Quarter.parse("2025-Q1"))).isCloseTo(0.3, within(1e-15));
        assertThat(baselines.ratingsPerYear(1, Quarter.parse("2024-Q4"))).isEqualTo(20);
        assertThat(baselines.ratingsPerYear(1, Quarter.parse("2025-Q1"))).isZero();
        assertThatThrownBy(() -> baselines.p0(1, Quarter.parse("2025-Q2")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void countsAreReadForTheWindowAndTheYearEndingWithEachQuarterOfNewRatings() {
        assertThat(DeteriorationBaselines.periodsFor(List.of(Q2, Q1), 4))
                .extracting(Quarter::toString)
                .containsExactly("2023-Q2", "2023-Q3", "2023-Q4", "2024-Q1", "2024-Q2");
        // a window longer than a year reaches further back; a shorter one still covers the year
        assertThat(DeteriorationBaselines.periodsFor(List.of(Q1), 6)).hasSize(6);
        assertThat(DeteriorationBaselines.periodsFor(List.of(Q1), 2)).hasSize(4);
    }

    @Test
    void refusesRatingsOfMoreThanOneProvider() {
        DeteriorationMonitor monitor = new DeteriorationMonitor(quietCategory(), PARAMS);
        List<DeteriorationRating> ratings = new ArrayList<>(ratings(Q1, 1, "SS"));
        ratings.add(new DeteriorationRating(3, 8, Instant.EPOCH, Q1, 5));

        assertThatThrownBy(() -> monitor.process(null, ratings))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
