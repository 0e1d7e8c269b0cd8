package org.survivorvoice.scoring.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.junit.jupiter.api.Test;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.scoring.method.ReferenceRanks.Counts;

/**
 * Rank intervals: against two independent computations ({@link ReferenceRanks}) on a fixed group of
 * 40, on edge cases, and by property over random groups.
 */
class RankIntervalsTest {

    private static final ScoringParameters PARAMS = ScoringParameters.defaults();
    private static final long SEED = RankIntervals.seed(2026, 3);
    private static final RandomDistribution UNIFORM = RandomDistribution.uniform();

    /** Cells of the numerical integration of the exact rank distributions. */
    private static final int CELLS = 4_000;

    /** Six providers, {n, x}, with theta0 = 0.7 and m = 20. */
    private static final long[][] PINNED = {
        {50, 40}, {160, 120}, {20, 15}, {400, 300}, {20, 11}, {100, 90}
    };

    /** Posterior tail that defines "clearly" in the property: P(theta below its quantile). */
    private static final double TAIL = 1e-4;

    /** Ratings n of a group of 40 providers past the gate. */
    private static final int[] FORTY_N = {
        12, 15, 18, 20, 22, 25, 28, 30, 33, 35, 40, 44, 48, 52, 57, 60, 66, 70, 75, 80, 88, 95, 100,
        110, 120, 130, 140, 150, 160, 175, 190, 200, 220, 240, 260, 280, 300, 330, 360, 400
    };

    /** Satisfied ratings x of the 40: shares from 0.5 to 0.94, most between 0.6 and 0.8. */
    private static final int[] FORTY_X = {
        9, 13, 11, 14, 20, 15, 21, 24, 19, 28, 26, 35, 31, 40, 36, 47, 44, 55, 48, 61, 57, 72, 78,
        70, 91, 96, 92, 116, 105, 131, 126, 150, 205, 173, 190, 140, 282, 236, 277, 292
    };

    private static List<Counts> forty() {
        List<Counts> group = new ArrayList<>();
        for (int i = 0; i < FORTY_N.length; i++) {
            group.add(new Counts(String.format("P%02d", i + 1), FORTY_N[i], FORTY_X[i]));
        }
        return group;
    }

    /** The group scored as the service scores it: theta0, tau2 and m from the calculator. */
    private static CategoryScores scored(List<Counts> group) {
        List<UnitCounts> units =
                group.stream()
                        .map(c -> new UnitCounts(c.code(), c.n(), c.x(), c.n(), 0, 0))
                        .toList();
        CategoryScores scores = ScoreCalculator.calculate(units, PARAMS);
        assertThat(scores.comparedUnits()).isEqualTo(group.size());
        return scores;
    }

    @Test
    void matchesACountOfWhoBeatsWhomOverTheSameDraws() {
        List<Counts> group = forty();
        CategoryScores scores = scored(group);

        Map<String, RankInterval> intervals = RankIntervals.of(scores, SEED, PARAMS);
        Map<String, int[]> ranks =
                ReferenceRanks.sortedRanks(group, scores.theta0(), scores.m(), SEED);

        assertThat(intervals).hasSize(40);
        for (Counts c : group) {
            int[] sorted = ranks.get(c.code());
            assertThat(intervals.get(c.code()))
                    .as(c.code())
                    .isEqualTo(
                            new RankInterval(
                                    sorted[ReferenceRanks.LOW_RANK_INDEX - 1],
                                    sorted[ReferenceRanks.HIGH_RANK_INDEX - 1],
                                    40));
        }
    }

    /**
     * The draws against the exact rank distributions: the share of the 10,000 draws in which a
     * provider ranks r or better is a binomial share around the exact probability, so it lies
     * within five standard errors of it for every provider and rank (the 3 / 10,000 allows for
     * counts of a few draws where the probability is nearly 0 or 1).
     */
    @Test
    void drawsFollowTheExactRankDistributions() {
        List<Counts> group = forty();
        CategoryScores scores = scored(group);
        double[][] exact =
                ReferenceRanks.rankDistribution(group, scores.theta0(), scores.m(), CELLS);

        Map<String, int[]> ranks =
                ReferenceRanks.sortedRanks(group, scores.theta0(), scores.m(), SEED);

        double draws = ReferenceRanks.DRAWS;
        double worst = 0;
        for (int i = 0; i < group.size(); i++) {
            double[] cumulative = cumulative(exact[i]);
            assertThat(cumulative[cumulative.length - 1]).isCloseTo(1, within(1e-6));
            int[] sorted = ranks.get(group.get(i).code());
            int seen = 0;
            for (int r = 1; r <= group.size(); r++) {
                while (seen < sorted.length && sorted[seen] <= r) {
                    seen++;
                }
                double p = cumulative[r - 1];
                double error = Math.sqrt(p * (1 - p) / draws);
                assertThat(seen / draws)
                        .as("%s at rank %d or better", group.get(i).code(), r)
                        .isCloseTo(p, within(5 * error + 3 / draws));
                worst = Math.max(worst, Math.abs(seen / draws - p) / Math.max(error, 1 / draws));
            }
        }
        System.out.printf("largest deviation of the draws from the exact ranks: %.2f SE%n", worst);
    }

    /**
     * The ends against the exact quantiles of the rank distributions. An end of 10,000 draws moves
     * to a neighbouring rank when the exact distribution function passes within a few standard
     * errors (sqrt(0.05 0.95 / 10,000) = 0.0022) of the level there, so every end must lie within
     * one rank of the exact one, and be equal to it wherever the exact function stays four standard
     * errors clear of the level on both sides of the exact end.
     */
    @Test
    void endsAgreeWithTheExactQuantiles() {
        List<Counts> group = forty();
        CategoryScores scores = scored(group);
        double[][] exact =
                ReferenceRanks.rankDistribution(group, scores.theta0(), scores.m(), CELLS);

        Map<String, RankInterval> intervals = RankIntervals.of(scores, SEED, PARAMS);

        int equal = 0;
        int clear = 0;
        double[] levels = {PARAMS.intervalLower(), PARAMS.intervalUpper()};
        for (int i = 0; i < group.size(); i++) {
            String code = group.get(i).code();
            double[] cumulative = cumulative(exact[i]);
            RankInterval interval = intervals.get(code);
            int[] sampled = {interval.low(), interval.high()};
            for (int end = 0; end < 2; end++) {
                double level = levels[end];
                int exactEnd = firstReaching(cumulative, level);
                assertThat(sampled[end])
                        .as("%s end %d", code, end)
                        .isBetween(exactEnd - 1, exactEnd + 1);
                equal += sampled[end] == exactEnd ? 1 : 0;
                double margin = 4 * Math.sqrt(level * (1 - level) / RankIntervals.DEFAULT_DRAWS);
                double before = exactEnd == 1 ? 0 : cumulative[exactEnd - 2];
                if (before <= level - margin && cumulative[exactEnd - 1] >= level + margin) {
                    clear++;
                    assertThat(sampled[end]).as("%s end %d", code, end).isEqualTo(exactEnd);
                }
            }
        }
        System.out.printf(
                "rank interval ends equal to the exact ones: %d of 80; clear of the level: %d%n",
                equal, clear);
        assertThat(clear).as("ends that must be equal").isGreaterThanOrEqualTo(20);
    }

    private static double[] cumulative(double[] distribution) {
        double[] cumulative = new double[distribution.length];
        double sum = 0;
        for (int r = 0; r < distribution.length; r++) {
            sum += distribution[r];
            cumulative[r] = sum;
        }
        return cumulative;
    }

    /** The exact quantile: the best rank whose distribution function reaches the level. */
    private static int firstReaching(double[] cumulative, double level) {
        for (int r = 0; r < cumulative.length; r++) {
            if (cumulative[r] >= level) {
                return r + 1;
            }
        }
        return cumulative.length;
    }

    @Test
    void printsBothEndsAndTheGroupSize() {
        assertThat(new RankInterval(3, 11, 40)).hasToString("3-11 of 40");
        assertThat(new RankInterval(1, 1, 40)).hasToString("1-1 of 40");
        assertThat(new RankInterval(3, 11, 40).contains(3)).isTrue();
        assertThat(new RankInterval(3, 11, 40).contains(12)).isFalse();
    }

    @Test
    void rejectsIntervalsOutsideTheGroup() {
        assertThatThrownBy(() -> new RankInterval(0, 3, 40))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RankInterval(5, 4, 40))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RankInterval(3, 41, 40))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void seedIsYearTimesTenPlusQuarter() {
        Quarter period = Quarter.parse("2026-Q3");

        assertThat(RankIntervals.seed(period.year(), period.quarter())).isEqualTo(20263L);
        assertThat(RankIntervals.seed(2027, 1)).isEqualTo(20271L);
        assertThatThrownBy(() -> RankIntervals.seed(2026, 5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void endsAreCeilingOrderStatisticsComputedInDecimal() {
        assertThat(RankIntervals.orderStatistic(0.05, 10_000)).isEqualTo(500);
        assertThat(RankIntervals.orderStatistic(0.95, 10_000)).isEqualTo(9_500);
        assertThat(RankIntervals.orderStatistic(0.05, 30)).isEqualTo(2);
        assertThat(RankIntervals.orderStatistic(0.05, 1)).isEqualTo(1);
        // in binary 0.07 * 100 is 7.000000000000001, whose ceiling would be 8
        assertThat(RankIntervals.orderStatistic(0.07, 100)).isEqualTo(7);
    }

    @Test
    void ignoresTheOrderOfTheGroup() {
        Map<String, BetaPosterior> group = posteriors(0.7, 20, PINNED);
        Map<String, BetaPosterior> reversed = new LinkedHashMap<>();
        List<String> codes = new ArrayList<>(group.keySet());
        Collections.reverse(codes);
        codes.forEach(code -> reversed.put(code, group.get(code)));

        assertThat(RankIntervals.calculate(reversed, 10_000, SEED, PARAMS))
                .isEqualTo(RankIntervals.calculate(group, 10_000, SEED, PARAMS));
    }

    /**
     * A change detector, not a check of correctness (the references above are): the intervals of
     * 2026-Q3's seed, so that a library upgrade that changed the draws, and with them published
     * intervals, cannot pass unnoticed.
     */
    @Test
    void pinsTheIntervalsOfOneSeed() {
        Map<String, RankInterval> intervals =
                RankIntervals.calculate(posteriors(0.7, 20, PINNED), 10_000, SEED, PARAMS);

        // P0 to P5, in key order
        assertThat(intervals.values().stream().map(RankInterval::toString).toList())
                .containsExactly(
                        "2-5 of 6", "2-5 of 6", "2-6 of 6", "2-5 of 6", "4-6 of 6", "1-2 of 6");
    }

    @Test
    void ranksOnlyTheProvidersPastTheGate() {
        List<UnitCounts> units =
                List.of(
                        new UnitCounts("A", 40, 30, 40, 0, 0),
                        new UnitCounts("B", 60, 30, 60, 0, 0),
                        new UnitCounts("C", 80, 70, 80, 0, 0),
                        new UnitCounts("HIDDEN", 8, 8, 8, 0, 0));

        Map<String, RankInterval> intervals =
                RankIntervals.of(ScoreCalculator.calculate(units, PARAMS), SEED, PARAMS);

        assertThat(intervals).containsOnlyKeys("A", "B", "C");
        assertThat(intervals.values())
                .allSatisfy(interval -> assertThat(interval.of()).isEqualTo(3));
    }

    @Test
    void emptyGroupHasNoIntervalsAndALoneProviderIsFirstOfOne() {
        assertThat(RankIntervals.calculate(Map.of(), 10_000, SEED, PARAMS)).isEmpty();
        assertThat(
                        RankIntervals.calculate(
                                Map.of("A", new BetaPosterior(3, 4)), 10_000, SEED, PARAMS))
                .containsExactly(Map.entry("A", new RankInterval(1, 1, 1)));
    }

    @Test
    void tiedDrawsShareTheBestRank() {
        // theta0 = 0: every posterior is the point mass at 0, so every draw is a four-way tie
        Map<String, BetaPosterior> nobodySatisfied =
                posteriors(0, 20, new long[][] {{20, 0}, {30, 0}, {40, 0}, {50, 0}});
        // one point mass at 1 is first in every draw; the others never tie with it
        Map<String, BetaPosterior> oneCertain =
                new LinkedHashMap<>(posteriors(0.5, 20, new long[][] {{20, 10}, {30, 15}}));
        oneCertain.put("CERTAIN", new BetaPosterior(5, 0));

        assertThat(RankIntervals.calculate(nobodySatisfied, 1_000, SEED, PARAMS).values())
                .containsOnly(new RankInterval(1, 1, 4));
        assertThat(RankIntervals.calculate(oneCertain, 1_000, SEED, PARAMS).get("CERTAIN"))
                .isEqualTo(new RankInterval(1, 1, 3));
        assertThat(RankIntervals.calculate(oneCertain, 1_000, SEED, PARAMS).get("P0"))
                .isEqualTo(new RankInterval(2, 3, 3));
    }

    @Test
    void rejectsFewerThanOneDraw() {
        assertThatThrownBy(() -> RankIntervals.calculate(Map.of(), 0, SEED, PARAMS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Why the property below is not "the interval contains the rank by score": in a crowd of 30
     * near ties the best score is first in about 4 % of draws (0.041 by numerical integration), so
     * its 5 % end is rank 2 already, exactly as well as by sampling. The interval is right and the
     * point rank misleading.
     */
    @Test
    void aCrowdOfNearTiesRanksTheBestScoreBelowFirst() {
        List<UnitCounts> units = new ArrayList<>();
        units.add(new UnitCounts("BEST", 400, 201, 400, 0, 0));
        for (int i = 0; i < 29; i++) {
            units.add(new UnitCounts(String.format("P%02d", i), 400, 200, 400, 0, 0));
        }

        RankInterval best =
                RankIntervals.of(ScoreCalculator.calculate(units, PARAMS), SEED, PARAMS)
                        .get("BEST");

        assertThat(best.low()).isGreaterThan(1);
    }

    /**
     * The other way the point rank misleads: a provider known precisely, a little above a crowd of
     * providers known vaguely, is overtaken by about a third of them in a typical draw.
     */
    @Test
    void aVagueCrowdJustBelowOvertakesAPreciseProvider() {
        List<UnitCounts> units = new ArrayList<>();
        units.add(new UnitCounts("PRECISE", 400, 205, 400, 0, 0));
        for (int i = 0; i < 59; i++) {
            units.add(new UnitCounts(String.format("P%02d", i), 11, 5, 11, 0, 0));
        }
        CategoryScores scores = ScoreCalculator.calculate(units, PARAMS);
        UnitScore precise = scores.units().get(0);
        assertThat(precise.providerCode()).as("highest score").isEqualTo("PRECISE");

        RankInterval interval = RankIntervals.of(scores, SEED, PARAMS).get("PRECISE");

        assertThat(interval.low()).isGreaterThan(5);
    }

    private static Map<String, BetaPosterior> posteriors(double theta0, double m, long[][] counts) {
        Map<String, BetaPosterior> group = new LinkedHashMap<>();
        for (int i = 0; i < counts.length; i++) {
            group.put("P" + i, Shrinkage.posterior(counts[i][1], counts[i][0], theta0, m));
        }
        return group;
    }

    // properties over random groups

    /** A random group: its counts and prior weight m; theta0 is the pooled share, as computed. */
    record Group(List<Counts> providers, double m) {

        static Group of(List<long[]> counts, double m) {
            List<Counts> providers = new ArrayList<>();
            for (int i = 0; i < counts.size(); i++) {
                providers.add(
                        new Counts(String.format("P%02d", i), counts.get(i)[0], counts.get(i)[1]));
            }
            return new Group(providers, m);
        }

        Group withBest(long n, long x) {
            List<Counts> all = new ArrayList<>(providers);
            all.add(new Counts("BEST", n, x));
            return new Group(all, m);
        }

        double theta0() {
            long n = providers.stream().mapToLong(Counts::n).sum();
            long x = providers.stream().mapToLong(Counts::x).sum();
            return (double) x / n;
        }

        Map<String, BetaPosterior> posteriors() {
            double theta0 = theta0();
            Map<String, BetaPosterior> posteriors = new LinkedHashMap<>();
            providers.forEach(
                    c -> posteriors.put(c.code(), Shrinkage.posterior(c.x(), c.n(), theta0, m)));
            return posteriors;
        }
    }

    /** 2-60 providers with 5-400 ratings; shares anywhere, many near 50 %, some 0 or 1. */
    @Provide
    Arbitrary<Group> groups() {
        Arbitrary<Integer> ratings =
                Arbitraries.integers().between(5, 400).withDistribution(UNIFORM);
        Arbitrary<Double> shares =
                Arbitraries.oneOf(
                        Arbitraries.doubles().between(0, 1).ofScale(4).withDistribution(UNIFORM),
                        Arbitraries.doubles().between(0.45, 0.55).ofScale(4),
                        Arbitraries.of(0.0, 1.0));
        Arbitrary<long[]> counts =
                Combinators.combine(ratings, shares)
                        .as((n, share) -> new long[] {n, Math.round(share * n)});
        return Combinators.combine(
                        counts.list().ofMinSize(2).ofMaxSize(60).withSizeDistribution(UNIFORM),
                        Arbitraries.doubles().between(5, 50).ofScale(2))
                .as(Group::of);
    }

    /**
     * The precise form of "the interval contains the rank by score". Call j clearly above i when
     * j's 0.01 % posterior quantile lies above i's 99.99 % quantile: then j draws below i with
     * probability at most 2e-4. With A providers clearly above i and B clearly below, a draw ranks
     * i outside [1 + A, N - B] only if one of these A + B orderings flips, which has probability at
     * most 2e-4 (N - 1) < 0.012, about 118 of 10,000 draws; an end moves outside only with 500, so
     * both ends lie in [1 + A, N - B]. The rank by score lies there too, ties spanning their places
     * (a posterior mean lies between its 0.01 % and 99.99 % quantiles for every group generated
     * here). Where no provider is close to i (A + B = N - 1) the interval is the one rank 1 + A,
     * which is the rank by score.
     *
     * <p>Beyond that no containment holds in general, for a Monte-Carlo or even for an exact 5-95 %
     * interval: see the two tests above, a crowd of near ties and a vague crowd below a precise
     * provider.
     */
    @Property(tries = 100)
    void intervalsKeepEveryClearOrderAndMeetTheRankByScore(@ForAll("groups") Group group) {
        Map<String, BetaPosterior> posteriors = group.posteriors();
        List<String> codes = new ArrayList<>(posteriors.keySet());
        int size = codes.size();
        double[] lowTail = new double[size];
        double[] highTail = new double[size];
        double[] mean = new double[size];
        for (int i = 0; i < size; i++) {
            BetaPosterior posterior = posteriors.get(codes.get(i));
            mean[i] = posterior.mean();
            if (posterior.isPointMass()) {
                lowTail[i] = mean[i];
                highTail[i] = mean[i];
            } else {
                BetaDistribution beta = BetaDistribution.of(posterior.alpha(), posterior.beta());
                lowTail[i] = beta.inverseCumulativeProbability(TAIL);
                highTail[i] = beta.inverseCumulativeProbability(1 - TAIL);
            }
        }

        Map<String, RankInterval> intervals =
                RankIntervals.calculate(posteriors, RankIntervals.DEFAULT_DRAWS, SEED, PARAMS);

        assertThat(intervals).hasSize(size);
        for (int i = 0; i < size; i++) {
            int clearlyAbove = 0;
            int clearlyBelow = 0;
            int scoreAbove = 0;
            int scoreTied = 0;
            for (int j = 0; j < size; j++) {
                clearlyAbove += lowTail[j] > highTail[i] ? 1 : 0;
                clearlyBelow += highTail[j] < lowTail[i] ? 1 : 0;
                scoreAbove += mean[j] > mean[i] ? 1 : 0;
                scoreTied += j != i && mean[j] == mean[i] ? 1 : 0;
            }
            RankInterval interval = intervals.get(codes.get(i));
            int best = 1 + clearlyAbove;
            int worst = size - clearlyBelow;
            assertThat(interval.of()).isEqualTo(size);
            assertThat(interval.low()).isBetween(best, worst);
            assertThat(interval.high()).isBetween(interval.low(), worst);
            // the ranks by score, ties spanning their places
            assertThat(1 + scoreAbove).isBetween(best, worst);
            assertThat(1 + scoreAbove + scoreTied).isBetween(best, worst);
            if (best == worst) {
                assertThat(interval).isEqualTo(new RankInterval(best, best, size));
                assertThat(interval.contains(1 + scoreAbove)).isTrue();
            }
        }
    }

    @Property(tries = 30)
    void sameSeedGivesTheSameAnswerInAnyOrder(@ForAll("groups") Group group, @ForAll long seed) {
        Map<String, BetaPosterior> posteriors = group.posteriors();
        Map<String, BetaPosterior> reversed = new LinkedHashMap<>();
        List<String> codes = new ArrayList<>(posteriors.keySet());
        Collections.reverse(codes);
        codes.forEach(code -> reversed.put(code, posteriors.get(code)));

        assertThat(RankIntervals.calculate(reversed, 2_000, seed, PARAMS))
                .isEqualTo(RankIntervals.calculate(posteriors, 2_000, seed, PARAMS));
    }

    /**
     * 1-59 providers past the gate (11-400 ratings) at 40-60 % satisfied. Past the gate matters:
     * with 5 ratings at 60 % a crowd can keep 390/400 from first place in a fifth of the draws (5
     * at 3/5 with m = 50: 20 %), while from 11 ratings the worst crowd found does so in 0.4 % (2 at
     * 7/12, m = 50). Both figures from scoring/rank-crowd-overtakes.py (scipy) in the test
     * resources, its output beside it.
     */
    @Provide
    Arbitrary<Group> crowdsAtAboutHalf() {
        Arbitrary<long[]> counts =
                Arbitraries.integers()
                        .between(11, 400)
                        .withDistribution(UNIFORM)
                        .flatMap(
                                n ->
                                        Arbitraries.integers()
                                                .between((2 * n + 4) / 5, 3 * n / 5)
                                                .map(x -> new long[] {n, x}));
        return Combinators.combine(
                        counts.list().ofMinSize(1).ofMaxSize(59).withSizeDistribution(UNIFORM),
                        Arbitraries.doubles().between(5, 50).ofScale(2))
                .as(Group::of);
    }

    @Property(tries = 100)
    void aClearlyBestProviderRanksOneToOne(@ForAll("crowdsAtAboutHalf") Group crowd) {
        Group group = crowd.withBest(400, 390);

        RankInterval best =
                RankIntervals.calculate(
                                group.posteriors(), RankIntervals.DEFAULT_DRAWS, SEED, PARAMS)
                        .get("BEST");

        assertThat(best).isEqualTo(new RankInterval(1, 1, group.providers().size()));
    }
}
