package org.survivorvoice.scoring.disclosure;

import java.util.HashMap;
import java.util.Map;

/** One published band's pairs in score order, cut into runs of k. */
final class ScoreRuns {
    private final double[] sorted;
    private final int k;
    private final int count;
    private final Map<Double, Integer> sizes = new HashMap<>();

    ScoreRuns(double[] sorted, int k) {
        this.sorted = sorted;
        this.k = k;
        this.count = Math.max(1, sorted.length / k);
        // runs whose rounded scores coincide are one published value: count them together
        for (int i = 0; i < count; i++) {
            sizes.merge(score(i), end(i) - i * k + 1, Integer::sum);
        }
    }

    private int end(int run) {
        return run == count - 1 ? sorted.length - 1 : run * k + k - 1;
    }

    /** The published score of a run: the middle of its score range, a whole percent. */
    double score(int run) {
        return PublishedPrecision.percent((sorted[run * k] + sorted[end(run)]) / 2);
    }

    double scoreOfRank(int rank) {
        return score(Math.min(rank / k, count - 1));
    }

    int candidates(double score) {
        return sizes.get(score);
    }
}
