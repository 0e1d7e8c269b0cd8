package org.survivorvoice.scoring;

import java.util.Arrays;

/**
 * Response times of one request scenario of {@link ScoringBenchmark}, in nanoseconds, with
 * nearest-rank percentiles: p95 of 200 requests is the 190th fastest, a request that really
 * happened, never an interpolation between two.
 */
record ScoringBenchmarkLatencies(String scenario, long[] nanos) {

    ScoringBenchmarkLatencies {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("no requests were timed");
        }
        nanos = nanos.clone();
        Arrays.sort(nanos);
    }

    /** The nearest-rank percentile in milliseconds, for a fraction such as 0.95. */
    double percentileMillis(double fraction) {
        int rank = (int) Math.ceil(fraction * nanos.length);
        return nanos[Math.max(rank, 1) - 1] / 1e6;
    }

    /** One line with the request count, p50, p95, p99 and the slowest request. */
    String line() {
        return String.format(
                "%-48s %4d requests  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %6.1f ms",
                scenario,
                nanos.length,
                percentileMillis(0.50),
                percentileMillis(0.95),
                percentileMillis(0.99),
                nanos[nanos.length - 1] / 1e6);
    }
}
