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
 * @param invitations invitation rows written
 * @param firstProviderId database id of the programme's first provider; the others follow it in the
 *     programme's order
 * @param elapsed time from the first statement to the last commit
 */
public record DemoLoadReport(
        int areas,
        int providers,
        int survivors,
        long encounters,
        long ratings,
        long invitations,
        long firstProviderId,
        Duration elapsed) {

    /** All rows written. */
    public long rows() {
        return areas + providers + survivors + encounters + ratings + invitations;
    }

    /** Database id of the provider at this position of the programme's list. */
    public long providerId(int index) {
        if (index < 0 || index >= providers) {
            throw new IndexOutOfBoundsException(index);
        }
        return firstProviderId + index;
    }

    /** Rows written per second of {@link #elapsed()}. */
    public double rowsPerSecond() {
        return rows() * 1_000_000_000.0 / Math.max(1, elapsed.toNanos());
    }
}
