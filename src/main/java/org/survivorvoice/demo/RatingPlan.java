package org.survivorvoice.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.survivorvoice.common.time.Quarter;

/**
 * How many ratings each provider gets in each quarter. The numbers are skewed, as where a few
 * providers serve most survivors: about 7 % of providers get under 11 ratings (suppressed), about
 * 10 % get 11 to 19 (insufficient data), the rest 20 or more with a long tail; clearly better or
 * worse providers get more than the usual share (see {@link #weight}). Ratings grow quarter on
 * quarter as the programme scales up.
 */
final class RatingPlan {

    /** Complete quarters before today that carry ratings. */
    static final int COMPLETE_QUARTERS = 6;

    /** Quarters of the scoring window (4) ending with the latest complete one. */
    private static final int WINDOW = 4;

    private static final double SPARSE = 0.07;
    private static final double THIN = 0.10;
    private static final int CLASSIFIED = 20;

    private final List<Quarter> quarters;
    private final LocalDate today;
    private final int[][] counts;

    private RatingPlan(List<Quarter> quarters, LocalDate today, int[][] counts) {
        this.quarters = quarters;
        this.today = today;
        this.counts = counts;
    }

    static RatingPlan plan(
            List<DemoProvider> providers, int ratings, LocalDate today, SplittableRandom random) {
        List<Quarter> quarters = new ArrayList<>();
        Quarter current = Quarter.of(today);
        Quarter q = current;
        for (int i = 0; i < COMPLETE_QUARTERS; i++) {
            q = q.previous();
            quarters.add(0, q);
        }
        long elapsed = today.toEpochDay() - current.start().toEpochDay();
        double[] weights = new double[COMPLETE_QUARTERS + 1];
        for (int i = 0; i < COMPLETE_QUARTERS; i++) {
            weights[i] = 1.0 + 0.1 * i;
        }
        if (elapsed > 0) {
            quarters.add(current);
            long length = current.end().toEpochDay() - current.start().toEpochDay() + 1;
            weights[COMPLETE_QUARTERS] = weights[COMPLETE_QUARTERS - 1] * elapsed / length;
        }
        int[] totals = totals(providers, ratings, random);
        int[][] counts = new int[providers.size()][quarters.size()];
        for (int p = 0; p < providers.size(); p++) {
            // a provider with few ratings has them all inside the scoring window, so the gates
            // see the same n as the list of providers shows
            int from = totals[p] < CLASSIFIED ? COMPLETE_QUARTERS - WINDOW : 0;
            int to = totals[p] < CLASSIFIED ? COMPLETE_QUARTERS : quarters.size();
            double sum = 0;
            for (int i = from; i < to; i++) {
                sum += weights[i];
            }
            for (int k = 0; k < totals[p]; k++) {
                double pick = random.nextDouble() * sum;
                int i = from;
                while (i < to - 1 && pick >= weights[i]) {
                    pick -= weights[i];
                    i++;
                }
                counts[p][i]++;
            }
        }
        return new RatingPlan(List.copyOf(quarters), today, counts);
    }

    private static int[] totals(
            List<DemoProvider> providers, int ratings, SplittableRandom random) {
        int n = providers.size();
        int[] totals = new int[n];
        List<Integer> typical = new ArrayList<>();
        for (DemoProvider p : providers) {
            if (p.tier() == QualityTier.TYPICAL) {
                typical.add(p.index());
            }
        }
        // choose sparse and thin providers among typical ones: outliers must be classifiable
        for (int i = typical.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            typical.set(j, typical.set(i, typical.get(j)));
        }
        int sparse = Math.min(typical.size(), (int) Math.round(n * SPARSE));
        int thin = Math.min(typical.size() - sparse, (int) Math.round(n * THIN));
        boolean[] small = new boolean[n];
        int used = 0;
        for (int k = 0; k < sparse + thin; k++) {
            int p = typical.get(k);
            totals[p] = k < sparse ? 3 + random.nextInt(8) : 11 + random.nextInt(9);
            small[p] = true;
            used += totals[p];
        }
        int main = n - sparse - thin;
        double[] w = new double[n];
        for (int p = 0; p < n; p++) {
            w[p] = weight(providers.get(p).tier(), Math.exp(0.8 * random.nextGaussian()));
        }
        if (ratings < used + CLASSIFIED * main) {
            // too few ratings for the intended shape: share them by weight alone
            Arrays.fill(small, false);
            Arrays.fill(totals, 0);
            return share(totals, small, w, ratings, 0);
        }
        return share(totals, small, w, ratings - used - CLASSIFIED * main, CLASSIFIED);
    }

    /**
     * A provider's share of the ratings, from its size: a typical provider's spreads widely (a
     * lognormal around 1), a clearly better or worse one gets twice that so the funnel can tell it
     * apart. An exemplary or failing one gets a fixed five times the typical median, about 100
     * ratings a window: as busy as the district hospital or police station a programme names, so
     * that two windows running leave no doubt, but never so busy that its own ratings set its
     * category's target and spread, which would hide it in the funnel.
     */
    private static double weight(QualityTier tier, double size) {
        return switch (tier) {
            case TYPICAL -> size;
            case BETTER, WORSE, DETERIORATING -> 2 * size;
            case EXEMPLARY, FAILING -> 5;
        };
    }

    /** Adds {@code floor} plus a weighted share of {@code pool} to every provider not small. */
    private static int[] share(int[] totals, boolean[] small, double[] w, int pool, int floor) {
        double sum = 0;
        for (int p = 0; p < w.length; p++) {
            sum += small[p] ? 0 : w[p];
        }
        int given = 0;
        for (int p = 0; p < w.length; p++) {
            if (!small[p]) {
                int extra = (int) Math.floor(pool * w[p] / sum);
                totals[p] = floor + extra;
                given += extra;
            }
        }
        // floor() leaves fewer than one per provider over: hand them out in order
        for (int p = 0; given < pool; p = (p + 1) % w.length) {
            if (!small[p]) {
                totals[p]++;
                given++;
            }
        }
        return totals;
    }

    /** The rated quarters, oldest first: six complete ones and the current one if begun. */
    List<Quarter> quarters() {
        return quarters;
    }

    /** Ratings the provider gets in the quarter at this position. */
    int count(int provider, int quarter) {
        return counts[provider][quarter];
    }

    /** Whether the quarter at this position is the latest complete one or the current one. */
    boolean isLatest(int quarter) {
        return quarter >= COMPLETE_QUARTERS - 1;
    }

    /** First day ratings may carry in the quarter at this position. */
    LocalDate firstDay(int quarter) {
        return quarters.get(quarter).start();
    }

    /** Last day ratings may carry in the quarter at this position: never today or later. */
    LocalDate lastDay(int quarter) {
        LocalDate end = quarters.get(quarter).end();
        return end.isBefore(today) ? end : today.minusDays(1);
    }
}
