package org.survivorvoice.scoring.method;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.ContinuousDistribution;

/**
 * Two computations of design/SCORING.md's rank intervals that share no code with {@link
 * RankIntervals}, each with the posterior written out again from the document, {@code Beta(x + m
 * theta0, n - x + m (1 - theta0))}, and the levels typed in for 10,000 draws.
 *
 * <ul>
 *   <li>{@link #sortedRanks}: the same draws, taken from {@code java.util.SplittableRandom}, but
 *       the ranks counted the plain way (who beats whom, D N^2) and every rank kept and sorted.
 *       Agreement to the rank checks the ranking, the tie rule, the quantile definition and that
 *       RankIntervals' own SplitMix64 is the JDK's generator.
 *   <li>{@link #rankDistribution}: no sampling at all. The exact distribution of every rank by
 *       numerical integration, with the Beta functions of {@link ReferenceDistributions} rather
 *       than Commons Statistics. It checks that the draws follow the right distributions.
 * </ul>
 */
final class ReferenceRanks {

    /** One provider of a group. */
    record Counts(String code, long n, long x) {}

    /** Draws of SCORING.md. */
    static final int DRAWS = 10_000;

    /** The 5 % end: the 500th of 10,000 ranks sorted from best. */
    static final int LOW_RANK_INDEX = 500;

    /** The 95 % end: the 9,500th of 10,000 ranks sorted from best. */
    static final int HIGH_RANK_INDEX = 9_500;

    private ReferenceRanks() {}

    /**
     * Every provider's ranks in 10,000 draws, sorted from best, each rank being 1 + the number of
     * providers with a strictly higher draw. The interval is {@code [ranks[LOW_RANK_INDEX - 1],
     * ranks[HIGH_RANK_INDEX - 1]]}.
     *
     * @return the sorted ranks by provider code
     */
    static Map<String, int[]> sortedRanks(List<Counts> group, double theta0, double m, long seed) {
        List<Counts> byCode = new ArrayList<>(group);
        byCode.sort(Comparator.comparing(Counts::code));
        int size = byCode.size();
        SplittableRandom random = new SplittableRandom(seed);
        UniformRandomProvider stream = random::nextLong;
        ContinuousDistribution.Sampler[] samplers = new ContinuousDistribution.Sampler[size];
        for (int i = 0; i < size; i++) {
            Counts c = byCode.get(i);
            samplers[i] =
                    BetaDistribution.of(c.x() + m * theta0, c.n() - c.x() + m * (1 - theta0))
                            .createSampler(stream);
        }
        int[][] ranks = new int[size][DRAWS];
        double[] draw = new double[size];
        for (int d = 0; d < DRAWS; d++) {
            for (int i = 0; i < size; i++) {
                draw[i] = samplers[i].sample();
            }
            for (int i = 0; i < size; i++) {
                int beaten = 0;
                for (int j = 0; j < size; j++) {
                    if (draw[j] > draw[i]) {
                        beaten++;
                    }
                }
                ranks[i][d] = 1 + beaten;
            }
        }
        Map<String, int[]> sorted = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            Arrays.sort(ranks[i]);
            sorted.put(byCode.get(i).code(), ranks[i]);
        }
        return sorted;
    }

    /**
     * The exact distribution of every provider's rank. Given provider i's value t, the number of
     * providers above it is a sum of independent Bernoulli variables with probabilities {@code
     * P(theta_j > t) = 1 - F_j(t)} (Poisson binomial, built up one provider at a time), so {@code
     * P(rank_i = r) = integral of P(r - 1 above | t) dF_i(t)}. The integral is a sum over {@code
     * cells} equal cells of [0, 1], each weighted by its exact mass under provider i and evaluated
     * at its middle.
     *
     * @return {@code [i][r - 1]}: P(provider i has rank r), providers in the order given
     */
    static double[][] rankDistribution(List<Counts> group, double theta0, double m, int cells) {
        int size = group.size();
        double[][] cdfAtEdges = new double[size][cells + 1];
        double[][] aboveAtMiddles = new double[size][cells];
        for (int j = 0; j < size; j++) {
            Counts c = group.get(j);
            double a = c.x() + m * theta0;
            double b = c.n() - c.x() + m * (1 - theta0);
            for (int k = 0; k <= cells; k++) {
                cdfAtEdges[j][k] = ReferenceDistributions.betaCdf((double) k / cells, a, b);
            }
            for (int k = 0; k < cells; k++) {
                aboveAtMiddles[j][k] = 1 - ReferenceDistributions.betaCdf((k + 0.5) / cells, a, b);
            }
        }
        double[][] distribution = new double[size][size];
        double[] above = new double[size];
        for (int i = 0; i < size; i++) {
            for (int k = 0; k < cells; k++) {
                double mass = cdfAtEdges[i][k + 1] - cdfAtEdges[i][k];
                if (mass < 1e-16) {
                    continue;
                }
                Arrays.fill(above, 0);
                above[0] = 1;
                int others = 0;
                for (int j = 0; j < size; j++) {
                    if (j == i) {
                        continue;
                    }
                    double p = aboveAtMiddles[j][k];
                    others++;
                    for (int count = others; count >= 1; count--) {
                        above[count] = above[count] * (1 - p) + above[count - 1] * p;
                    }
                    above[0] *= 1 - p;
                }
                for (int count = 0; count < size; count++) {
                    distribution[i][count] += mass * above[count];
                }
            }
        }
        return distribution;
    }
}
