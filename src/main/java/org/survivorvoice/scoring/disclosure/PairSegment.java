package org.survivorvoice.scoring.disclosure;

import org.survivorvoice.scoring.method.Band;

/** The pairs of one n in one exact band: x from {@code from} to {@code to}. */
final class PairSegment {
    final long n;
    final long from;
    final long to;
    final Band exact;
    Band published;
    int[] ranks;
    ScoreRuns runs;

    PairSegment(long n, long from, long to, Band exact) {
        this.n = n;
        this.from = from;
        this.to = to;
        this.exact = exact;
    }

    double score(long x) {
        return runs.scoreOfRank(ranks[(int) (x - from)]);
    }
}
