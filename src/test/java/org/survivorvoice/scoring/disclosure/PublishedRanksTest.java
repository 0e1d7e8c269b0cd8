package org.survivorvoice.scoring.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.junit.jupiter.api.Test;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.scoring.method.Band;
import org.survivorvoice.scoring.method.BetaPosterior;
import org.survivorvoice.scoring.method.RankInterval;
import org.survivorvoice.scoring.method.ScoringParameters;
import org.survivorvoice.scoring.method.Shrinkage;

/**
 * Rank intervals from published figures ({@link PublishedRanks}, through {@link
 * DisclosurePolicy#rankIntervals}): against an independent computation on a fixed group, against
 * the published interval they are built from, and by property over random groups published by
 * {@link PublishedPrecision}.
 */
class PublishedRanksTest {

    private static final ScoringParameters PARAMS = ScoringParameters.defaults();
    private static final Quarter PERIOD = Quarter.parse("2026-Q3");
    private static final RandomDistribution UNIFORM = RandomDistribution.uniform();

    /** Posterior tail of "clearly above" in the property, as in RankIntervalsTest. */
    private static final double TAIL = 1e-4;

    /**
     * A fixed group of twelve as it is published: {ratings band low end, score in whole percent}. m
     * = 20 (tau2 = 0), the gate 11.
     */
    private static final int[][] TWELVE = {
        {10, 73}, {20, 70}, {40, 46}, {200, 75}, {15, 64}, {60, 81},
        {25, 70}, {100, 68}, {30, 55}, {45, 90}, {300, 72}, {10, 100}
    };

    private static Map<String, PublishedFigures> twelve() {
        Map<String, PublishedFigures> group = new LinkedHashMap<>();
        for (int i = 0; i < TWELVE.length; i++) {
            group.put(String.format("P%02d", i), figures(TWELVE[i][0], TWELVE[i][1] / 100.0));
        }
        return group;
    }

    /** Figures with the fields the rank interval reads; the rest as any output would hold them. */
    private static PublishedFigures figures(long ratingsLow, double score) {
        return new PublishedFigures(
                ratingsLow, Band.WITHIN, score, 0, 1, 0.5, ratingsLow, score, 5);
    }

    /**
     * The independent computation: the Beta of each provider written out again from its published
     * band and score ({@code c = max(low, 11) + m}), draws from {@code java.util.SplittableRandom}
     * seeded with year * 10 + quarter, ranks counted the plain way (1 + how many drew strictly
     * higher), every rank kept and sorted, the 500th and 9,500th taken.
     */
    @Test
    void matchesAnIndependentCountOverThePublishedFigures() {
        Map<String, PublishedFigures> group = twelve();

        Map<String, RankInterval> intervals =
                DisclosurePolicy.rankIntervals(group, 20.0, PERIOD, PARAMS);

        int size = TWELVE.length;
        SplittableRandom random = new SplittableRandom(20263L);
        UniformRandomProvider stream = random::nextLong;
        ContinuousDistribution.Sampler[] samplers = new ContinuousDistribution.Sampler[size];
        for (int i = 0; i < size; i++) {
            double c = Math.max(TWELVE[i][0], 11) + 20.0;
            double score = TWELVE[i][1] / 100.0;
            samplers[i] =
                    score == 1.0
                            ? () -> 1.0
                            : BetaDistribution.of(score * c, (1 - score) * c).createSampler(stream);
        }
        int[][] ranks = new int[size][10_000];
        double[] draw = new double[size];
        for (int d = 0; d < 10_000; d++) {
            for (int i = 0; i < size; i++) {
                draw[i] = samplers[i].sample();
            }
            for (int i = 0; i < size; i++) {
                int beaten = 0;
                for (int j = 0; j < size; j++) {
                    beaten += draw[j] > draw[i] ? 1 : 0;
                }
                ranks[i][d] = 1 + beaten;
            }
        }
        assertThat(intervals).hasSize(size);
        for (int i = 0; i < size; i++) {
            Arrays.sort(ranks[i]);
            assertThat(intervals.get(String.format("P%02d", i)))
                    .as("P%02d", i)
                    .isEqualTo(new RankInterval(ranks[i][499], ranks[i][9_499], size));
        }
        // a change detector of the draws, read off the independent count above
        assertThat(intervals.values().stream().map(RankInterval::toString).toList())
                .containsExactly(PINNED_TWELVE);
    }

    private static final String[] PINNED_TWELVE = {
        "3-10 of 12", "3-10 of 12", "11-12 of 12", "3-8 of 12", "5-11 of 12", "2-6 of 12",
        "4-10 of 12", "5-10 of 12", "9-12 of 12", "2-3 of 12", "4-9 of 12", "1-1 of 12"
    };

    /**
     * The Beta used for a provider is the one behind its published interval: its 5 % and 95 %
     * quantiles, rounded outwards to whole percents, are the published ends, for every ratings band
     * and score a group publishes.
     */
    @Test
    void theDrawnDistributionIsTheOneBehindThePublishedInterval() {
        double theta0 = 0.7;
        double m = Shrinkage.priorWeight(theta0, 0, PARAMS);
        PublishedPrecision precision = new PublishedPrecision(theta0, 0, m, PARAMS);
        int checked = 0;
        for (long n = 11; n <= 160; n += 7) {
            for (long x = 0; x <= n; x += 3) {
                PublishedFigures f = precision.publish(n, x, 0);
                BetaPosterior posterior = PublishedRanks.posterior(f, m, PARAMS);
                assertThat(posterior.mean()).isCloseTo(f.score(), within(1e-12));
                if (posterior.isPointMass()) {
                    continue;
                }
                BetaDistribution beta = BetaDistribution.of(posterior.alpha(), posterior.beta());
                double low = Math.floor(beta.inverseCumulativeProbability(0.05) * 100 + 1e-9) / 100;
                double high = Math.ceil(beta.inverseCumulativeProbability(0.95) * 100 - 1e-9) / 100;
                assertThat(Math.min(f.score(), low)).as("n %d x %d low", n, x).isEqualTo(f.low());
                assertThat(Math.max(f.score(), high))
                        .as("n %d x %d high", n, x)
                        .isEqualTo(f.high());
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(300);
    }

    /**
     * What is not published does not matter: two groups whose exact counts differ but which publish
     * the same figures get the same rank intervals, and m counts only to its published decimal.
     */
    @Test
    void dependsOnlyOnWhatIsPublished() {
        double theta0 = 0.7;
        double m = Shrinkage.priorWeight(theta0, 0, PARAMS);
        PublishedPrecision precision = new PublishedPrecision(theta0, 0, m, PARAMS);
        PublishedFigures target = precision.publish(23, 17, 0);
        List<long[]> pairs = precision.pairs(target);
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(PublishedPrecision.MIN_CANDIDATES);

        List<Map<String, RankInterval>> answers = new ArrayList<>();
        for (long[] pair : pairs) {
            Map<String, PublishedFigures> group = new LinkedHashMap<>(twelve());
            group.put("TARGET", precision.publish(pair[0], pair[1], 0));
            answers.add(DisclosurePolicy.rankIntervals(group, 20.0, PERIOD, PARAMS));
        }
        assertThat(answers).allSatisfy(a -> assertThat(a).isEqualTo(answers.get(0)));
        assertThat(DisclosurePolicy.rankIntervals(twelve(), 20.04, PERIOD, PARAMS))
                .isEqualTo(DisclosurePolicy.rankIntervals(twelve(), 20.0, PERIOD, PARAMS));
    }

    // the property over random published groups

    /** A group's exact counts, its tau2, and the group as published. */
    record Group(List<long[]> counts, double tau2) {

        double theta0() {
            long n = counts.stream().mapToLong(c -> c[0]).sum();
            long x = counts.stream().mapToLong(c -> c[1]).sum();
            return (double) x / n;
        }

        double m() {
            return Shrinkage.priorWeight(theta0(), tau2, PARAMS);
        }

        Map<String, PublishedFigures> published() {
            PublishedPrecision precision = new PublishedPrecision(theta0(), tau2, m(), PARAMS);
            Map<String, PublishedFigures> group = new LinkedHashMap<>();
            for (int i = 0; i < counts.size(); i++) {
                group.put(
                        String.format("P%02d", i),
                        precision.publish(counts.get(i)[0], counts.get(i)[1], 0));
            }
            return group;
        }
    }

    /** 2-40 providers past the gate (11-400 ratings), shares anywhere, many near 70 %. */
    @Provide
    Arbitrary<Group> groups() {
        Arbitrary<Integer> ratings =
                Arbitraries.integers().between(11, 400).withDistribution(UNIFORM);
        Arbitrary<Double> shares =
                Arbitraries.oneOf(
                        Arbitraries.doubles().between(0, 1).ofScale(3),
                        Arbitraries.doubles().between(0.6, 0.8).ofScale(3),
                        Arbitraries.of(0.0, 1.0));
        Arbitrary<long[]> counts =
                Combinators.combine(ratings, shares)
                        .as((n, share) -> new long[] {n, Math.round(share * n)});
        Arbitrary<Double> tau2 =
                Arbitraries.oneOf(
                        Arbitraries.just(0.0),
                        Arbitraries.doubles().between(0.0005, 0.02).ofScale(5));
        return Combinators.combine(
                        counts.list().ofMinSize(2).ofMaxSize(40).withSizeDistribution(UNIFORM),
                        tau2)
                .as(Group::new);
    }

    /**
     * Every interval contains the provider's rank by published score wherever that rank is
     * determined by the figures, and keeps every clear order. Exactly: with A providers clearly
     * above i (their 0.01 % quantile above i's 99.99 % quantile, of the distributions drawn) and B
     * clearly below, both ends lie in [1 + A, N - B], and so does the rank by score, ties spanning
     * their places; where no provider is close to i (A + B = N - 1) the interval is that one rank,
     * the rank by score. An unconditional "contains the rank by score" is false for any 5-95 %
     * interval, Monte-Carlo or exact: RankIntervalsTest shows a crowd of near ties and a vague
     * crowd below a precise provider, where the honest interval leaves the point rank out.
     */
    @Property(tries = 60)
    void intervalsContainTheRankByScoreWhereverTheFiguresFixIt(@ForAll("groups") Group group) {
        Map<String, PublishedFigures> published = group.published();
        double publishedM = DisclosurePolicy.priorWeight(group.m());
        List<String> codes = new ArrayList<>(published.keySet());
        int size = codes.size();
        double[] lowTail = new double[size];
        double[] highTail = new double[size];
        double[] score = new double[size];
        for (int i = 0; i < size; i++) {
            PublishedFigures f = published.get(codes.get(i));
            BetaPosterior posterior = PublishedRanks.posterior(f, publishedM, PARAMS);
            score[i] = f.score();
            if (posterior.isPointMass()) {
                lowTail[i] = score[i];
                highTail[i] = score[i];
            } else {
                BetaDistribution beta = BetaDistribution.of(posterior.alpha(), posterior.beta());
                lowTail[i] = beta.inverseCumulativeProbability(TAIL);
                highTail[i] = beta.inverseCumulativeProbability(1 - TAIL);
            }
        }

        Map<String, RankInterval> intervals =
                DisclosurePolicy.rankIntervals(published, group.m(), PERIOD, PARAMS);

        assertThat(intervals).hasSize(size);
        for (int i = 0; i < size; i++) {
            int clearlyAbove = 0;
            int clearlyBelow = 0;
            int scoreAbove = 0;
            int scoreTied = 0;
            for (int j = 0; j < size; j++) {
                clearlyAbove += lowTail[j] > highTail[i] ? 1 : 0;
                clearlyBelow += highTail[j] < lowTail[i] ? 1 : 0;
                scoreAbove += score[j] > score[i] ? 1 : 0;
                scoreTied += j != i && score[j] == score[i] ? 1 : 0;
            }
            RankInterval interval = intervals.get(codes.get(i));
            int best = 1 + clearlyAbove;
            int worst = size - clearlyBelow;
            assertThat(interval.of()).isEqualTo(size);
            assertThat(interval.low()).isBetween(best, worst);
            assertThat(interval.high()).isBetween(interval.low(), worst);
            assertThat(1 + scoreAbove).isBetween(best, worst);
            assertThat(1 + scoreAbove + scoreTied).isBetween(best, worst);
            if (best == worst) {
                assertThat(interval).isEqualTo(new RankInterval(best, best, size));
                assertThat(interval.contains(1 + scoreAbove)).isTrue();
            }
        }
    }
}
