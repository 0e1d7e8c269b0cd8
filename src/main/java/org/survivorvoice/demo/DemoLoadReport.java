package org.survivorvoice.demo;

import java.time.Duration;

/**
 * What a demo load wrote and how long it took.
 *
 * @param areas area rows written
 * @param providers provider rows written
 * @param survivors survivor rows written
 * @param encounters encounter rows written
 * @param ratings rating rows written
 * @param elapsed time from the first statement to the last commit
 */
public record DemoLoadReport(
        int areas, int providers, int survivors, long encounters, long ratings, Duration elapsed) {

    /** All rows written. */
    public long rows() {
        return areas + providers + survivors + encounters + ratings;
    }

    /** Rows written per second of {@link #elapsed()}. */
    public double rowsPerSecond() {
        return rows() * 1_000_000_000.0 / Math.max(1, elapsed.toNanos());
    }
}
