package org.survivorvoice.scoring.method;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.ContinuousDistribution;

/**
 * The rank intervals of design/SCORING.md ("rank 3-11 of 40"), shown wherever a ranking is shown,
 * instead of a point rank. A pure function like {@link ScoreCalculator}: no CDI, no database, no
 * clock.
 *
 * <p>The method, exactly, for a group of N providers and D draws:
 *
 * <ol>
 *   <li>The group is the providers past the suppression gate of one category and comparison area,
 *       each with its {@link BetaPosterior}. They are taken in the order of their keys ({@link
 *       String#compareTo}), so the order in which they are passed in does not matter.
 *   <li>One pseudo-random stream: SplitMix64 seeded with {@code seed}, the generator of {@code
 *       java.util.SplittableRandom(seed)}, written out here so that no JDK release can change it.
 *       Draw d takes one value from every provider's posterior, in key order, by Cheng's algorithms
 *       ({@link BetaDistribution#createSampler}, commons-rng-sampling's {@code ChengBetaSampler});
 *       a point mass gives its point and takes nothing from the stream.
 *   <li>A provider's rank in a draw is 1 plus the number of providers whose value is strictly
 *       higher, so tied values share the best rank of the tie (1, 2, 2, 4). Ties happen only where
 *       values coincide exactly (point masses; draws that round to 0 or 1). The rule does not look
 *       at keys, so no provider gains a place from its code.
 *   <li>With a provider's D ranks sorted from best, {@code low} is the ceil(q D)-th of them for the
 *       lower level q and {@code high} the ceil(q D)-th for the upper level, counting from 1: the
 *       inverse of the empirical distribution function (Hyndman and Fan's type 1), the best rank r
 *       with at least q D of the draws at r or better. The levels are {@link
 *       ScoringParameters#intervalLower()} and {@link ScoringParameters#intervalUpper()}, 0.05 and
 *       0.95 as for the score interval; with D = 10,000 the 500th and the 9,500th rank. ceil(q D)
 *       is computed in decimal from the level as written, so that the binary rounding of 0.05
 *       cannot move it by one.
 * </ol>
 *
 * The answer is a function of the posteriors, D and the seed alone; a release of commons-rng-
 * sampling (1.6, through commons-statistics-distribution 1.1) that changed Cheng's sampler would
 * change it, which RankIntervalsTest's pinned example would show.
 *
 * <p>Cost: D N samples, D sorts of N doubles and an N x N table of rank counts; no value is kept
 * across draws. Figures for N = 40 and 300 are in the README (RankIntervalsBenchmark).
 */
public final class RankIntervals {

    /** Joint draws of design/SCORING.md. */
    public static final int DEFAULT_DRAWS = 10_000;

    private RankIntervals() {}

    /**
     * The rank intervals of one scored category and comparison area, with {@link #DEFAULT_DRAWS}:
     * its units are exactly the providers past the suppression gate, and each one's posterior comes
     * from its counts with the category's theta0 and m ({@link Shrinkage#posterior}).
     *
     * @param seed {@link #seed(int, int)} of the period scored
     * @return the interval of every unit by provider code, in code order
     */
    public static Map<String, RankInterval> of(
            CategoryScores scores, long seed, ScoringParameters params) {
        Map<String, BetaPosterior> group = new LinkedHashMap<>();
        for (UnitScore unit : scores.units()) {
            group.put(
                    unit.providerCode(),
                    Shrinkage.posterior(unit.x(), unit.n(), scores.theta0(), scores.m()));
        }
        return calculate(group, DEFAULT_DRAWS, seed, params);
    }

    /**
     * The rank intervals of a group; see the class comment for the method.
     *
     * @param group every compared provider's posterior by key (a provider code)
     * @param draws joint draws D, at least 1
     * @param seed seed of the stream, {@link #seed(int, int)} of the period in production
     * @return the interval of every key, in key order; empty for an empty group
     */
    public static Map<String, RankInterval> calculate(
            Map<String, BetaPosterior> group, int draws, long seed, ScoringParameters params) {
        if (draws < 1) {
            throw new IllegalArgumentException("draws must be at least 1");
        }
        List<String> keys = new ArrayList<>(group.keySet());
        Collections.sort(keys);
        int size = keys.size();
        UniformRandomProvider stream = new SplitMix64(seed);
        ContinuousDistribution.Sampler[] samplers = new ContinuousDistribution.Sampler[size];
        for (int i = 0; i < size; i++) {
            samplers[i] = sampler(Objects.requireNonNull(group.get(keys.get(i))), stream);
        }
        // ranksSeen[i * size + k]: draws in which provider i had k providers strictly above it
        int[] ranksSeen = new int[size * size];
        double[] values = new double[size];
        double[] sorted = new double[size];
        for (int d = 0; d < draws; d++) {
            for (int i = 0; i < size; i++) {
                values[i] = samplers[i].sample();
            }
            System.arraycopy(values, 0, sorted, 0, size);
            Arrays.sort(sorted);
            for (int i = 0; i < size; i++) {
                ranksSeen[i * size + size - firstAbove(sorted, values[i])]++;
            }
        }
        int lowCount = orderStatistic(params.intervalLower(), draws);
        int highCount = orderStatistic(params.intervalUpper(), draws);
        Map<String, RankInterval> intervals = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            intervals.put(
                    keys.get(i),
                    new RankInterval(
                            rankReaching(ranksSeen, i, size, lowCount),
                            rankReaching(ranksSeen, i, size, highCount),
                            size));
        }
        return Collections.unmodifiableMap(intervals);
    }

    /**
     * The seed of a period: {@code year * 10 + quarter}, so 2026-Q3 draws with seed 20263. It is
     * computed from the period's two numbers, never from a hash of its text, so every JVM, locale
     * and release derives the same seed, and anyone can re-run a published period. Neighbouring
     * seeds give unrelated draws, since SplitMix64 mixes its state into every output.
     *
     * @param year four-digit year of the period ({@code Quarter.year()})
     * @param quarter quarter 1-4 of the period ({@code Quarter.quarter()})
     */
    public static long seed(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1 to 4");
        }
        return year * 10L + quarter;
    }

    private static ContinuousDistribution.Sampler sampler(
            BetaPosterior posterior, UniformRandomProvider stream) {
        if (posterior.alpha() == 0) {
            return () -> 0;
        }
        if (posterior.beta() == 0) {
            return () -> 1;
        }
        return BetaDistribution.of(posterior.alpha(), posterior.beta()).createSampler(stream);
    }

    /** Index of the first value strictly above {@code value} in ascending {@code sorted}. */
    private static int firstAbove(double[] sorted, double value) {
        int from = 0;
        int to = sorted.length;
        while (from < to) {
            int middle = (from + to) >>> 1;
            if (sorted[middle] <= value) {
                from = middle + 1;
            } else {
                to = middle;
            }
        }
        return from;
    }

    /** ceil(level * draws), in decimal so that 0.05 * 10,000 is 500 and not 501. */
    static int orderStatistic(double level, int draws) {
        return BigDecimal.valueOf(level)
                .multiply(BigDecimal.valueOf(draws))
                .setScale(0, RoundingMode.CEILING)
                .intValueExact();
    }

    /** The best rank r at which provider i has been at r or better in at least count draws. */
    private static int rankReaching(int[] ranksSeen, int i, int size, int count) {
        int seen = 0;
        for (int above = 0; above < size; above++) {
            seen += ranksSeen[i * size + above];
            if (seen >= count) {
                return above + 1;
            }
        }
        throw new IllegalStateException("count beyond the draws");
    }

    /**
     * SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA
     * 2014), the algorithm of {@code java.util.SplittableRandom(seed).nextLong()}. Every other
     * method of the interface derives from {@code nextLong()} by commons-rng's fixed defaults.
     */
    private static final class SplitMix64 implements UniformRandomProvider {

        private long state;

        SplitMix64(long seed) {
            state = seed;
        }

        @Override
        public long nextLong() {
            state += 0x9E3779B97F4A7C15L;
            long z = state;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }
    }
}
