package org.survivorvoice.outreach.outbox;

import java.time.Duration;

/**
 * Exponential back-off with jitter: the wait after the n-th failed attempt is {@code first x
 * 2^(n-1)}, spread by plus or minus {@code jitter} so that messages failed together do not retry
 * together. With the defaults (2 minutes, 6 attempts) the five waits are 2, 4, 8, 16 and 32
 * minutes: about an hour from first to last attempt.
 */
public record Backoff(Duration first, double jitter) {

    /**
     * The wait after {@code failedAttempts} failures (1 or more), given a uniform random number
     * {@code u} in [0, 1).
     */
    public Duration after(int failedAttempts, double u) {
        int doublings = Math.min(Math.max(failedAttempts, 1) - 1, 20);
        double base = first.toMillis() * (double) (1L << doublings);
        double factor = 1 + jitter * (2 * u - 1);
        return Duration.ofMillis(Math.round(base * factor));
    }
}
