package org.survivorvoice.training.effect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.survivorvoice.training.effect.GateVerdict.CellName;
import org.survivorvoice.training.effect.GateVerdict.Shortfall;

/**
 * The training effect as a difference in differences of pooled shares satisfied, with a cluster
 * bootstrap interval over providers. Pure: records in, a record out, no CDI, no database.
 *
 * <p>Effect: {@code (p_TA - p_TB) - (p_UA - p_UB)}, each share {@code x / n} pooled over the cell's
 * ratings. Gate: each cell has at least {@code minRatings} ratings from {@code minDistinctRaters}
 * distinct raters (counted over the cell's providers together), and at least {@code
 * minTrainedProviders} trained providers each have as many ratings from as many raters over the
 * four quarters. Interval (only when the gate passes): {@code replicates} times, draw as many
 * trained providers as there are, with replacement, from the trained ones, and likewise the
 * untrained ones (providers with no valid rating in the four quarters take no part), recompute the
 * pooled effect; a replicate in which a cell drew no rating is dropped. The interval's ends are the
 * {@code (1 - level) / 2} and {@code (1 + level) / 2} percentiles of the replicates, interpolated
 * linearly between order statistics (R's type 7, as the scoring's percentiles). The draws come from
 * a {@link SplittableRandom} seeded by {@link #seedOf} the event id, so an event's interval is the
 * same every time it is computed from the same ratings.
 */
public final class TrainingEffectCalculator {

    /** Added to the event id to seed its bootstrap: issue 18's number, then room for ids. */
    public static final long SEED_BASE = 18_000_000_000L;

    private TrainingEffectCalculator() {}

    /** The bootstrap seed of an event: {@value #SEED_BASE} plus its id. */
    public static long seedOf(long eventId) {
        return SEED_BASE + eventId;
    }

    /** The effect of the comparison's providers, its gate and (past the gate) its interval. */
    public static EffectEstimate estimate(
            List<ProviderRatings> providers, EffectParameters parameters, long seed) {
        List<ProviderRatings> sorted =
                providers.stream()
                        .sorted(Comparator.comparingLong(ProviderRatings::providerId))
                        .toList();
        EffectCell tb = cell(sorted, true, Phase.BEFORE);
        EffectCell ta = cell(sorted, true, Phase.AFTER);
        EffectCell ub = cell(sorted, false, Phase.BEFORE);
        EffectCell ua = cell(sorted, false, Phase.AFTER);
        GateVerdict gate = gate(sorted, List.of(tb, ta, ub, ua), parameters);
        double effect = effect(tb, ta, ub, ua);
        Optional<EffectEstimate.Interval> interval =
                gate.passed() ? Optional.of(bootstrap(sorted, parameters, seed)) : Optional.empty();
        return new EffectEstimate(tb, ta, ub, ua, effect, interval, gate);
    }

    private static EffectCell cell(List<ProviderRatings> providers, boolean trained, Phase phase) {
        long n = 0;
        long x = 0;
        Set<String> raters = new HashSet<>();
        for (ProviderRatings p : providers) {
            if (p.trained() == trained) {
                PhaseRatings r = p.phase(phase);
                n += r.n();
                x += r.satisfied();
                raters.addAll(r.raters());
            }
        }
        return new EffectCell(n, x, raters.size());
    }

    static double effect(EffectCell tb, EffectCell ta, EffectCell ub, EffectCell ua) {
        return (ta.share() - tb.share()) - (ua.share() - ub.share());
    }

    private static GateVerdict gate(
            List<ProviderRatings> providers, List<EffectCell> cells, EffectParameters params) {
        List<Shortfall> shortfalls = new ArrayList<>();
        CellName[] names = CellName.values();
        for (int i = 0; i < names.length; i++) {
            EffectCell c = cells.get(i);
            long ratings = Math.max(0, params.minRatings() - c.n());
            long raters = Math.max(0, params.minDistinctRaters() - c.raters());
            if (ratings > 0 || raters > 0) {
                shortfalls.add(new Shortfall(names[i], ratings, raters));
            }
        }
        int qualifying = 0;
        for (ProviderRatings p : providers) {
            if (p.trained()
                    && p.n() >= params.minRatings()
                    && p.raters() >= params.minDistinctRaters()) {
                qualifying++;
            }
        }
        int missing = Math.max(0, params.minTrainedProviders() - qualifying);
        return new GateVerdict(
                shortfalls.isEmpty() && missing == 0, shortfalls, qualifying, missing);
    }

    private static EffectEstimate.Interval bootstrap(
            List<ProviderRatings> providers, EffectParameters params, long seed) {
        long[][] trained = counts(providers, true);
        long[][] untrained = counts(providers, false);
        SplittableRandom random = new SplittableRandom(seed);
        double[] replicates = new double[params.replicates()];
        int kept = 0;
        long[] t = new long[4];
        long[] u = new long[4];
        for (int b = 0; b < params.replicates(); b++) {
            draw(trained, random, t);
            draw(untrained, random, u);
            if (t[0] == 0 || t[2] == 0 || u[0] == 0 || u[2] == 0) {
                continue;
            }
            replicates[kept++] =
                    ((double) t[3] / t[2] - (double) t[1] / t[0])
                            - ((double) u[3] / u[2] - (double) u[1] / u[0]);
        }
        double[] values = Arrays.copyOf(replicates, kept);
        Arrays.sort(values);
        double tail = (1 - params.level()) / 2;
        return new EffectEstimate.Interval(percentile(values, tail), percentile(values, 1 - tail));
    }

    /** Per provider with ratings: n before, x before, n after, x after. */
    private static long[][] counts(List<ProviderRatings> providers, boolean trained) {
        return providers.stream()
                .filter(p -> p.trained() == trained && p.n() > 0)
                .map(
                        p ->
                                new long[] {
                                    p.before().n(),
                                    p.before().satisfied(),
                                    p.after().n(),
                                    p.after().satisfied()
                                })
                .toArray(long[][]::new);
    }

    private static void draw(long[][] providers, SplittableRandom random, long[] sums) {
        Arrays.fill(sums, 0);
        for (int i = 0; i < providers.length; i++) {
            long[] p = providers[random.nextInt(providers.length)];
            for (int j = 0; j < 4; j++) {
                sums[j] += p[j];
            }
        }
    }

    /** The p-quantile of sorted values, R's type 7; NaN for none. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * p;
        int lower = (int) Math.floor(h);
        int upper = Math.min(lower + 1, sorted.length - 1);
        return sorted[lower] + (h - lower) * (sorted[upper] - sorted[lower]);
    }
}
