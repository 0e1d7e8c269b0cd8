package org.survivorvoice.feedback.intake.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Counts requests per key (an IP address, a token's hash) in fixed windows and says when a key has
 * used up its allowance (SAFETY V4). Counts live in this process's memory: each replica limits on
 * its own, which bounds probing per replica without a database write per page view. Pure apart from
 * the clock it is given.
 *
 * <p>Fixed windows on purpose, unlike {@code security.LoginThrottle}'s sliding count: one counter
 * per key rather than a time per request (300 per address), at the price of up to twice the
 * allowance in a burst across a window's end, which does not matter for page views and does for
 * password guesses.
 */
public final class RequestWindows {

    /** Keys kept before stale windows are swept, so a flood of addresses cannot exhaust memory. */
    static final int SWEEP_AT = 100_000;

    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration length;

    /** Counts over windows of the given length. */
    public RequestWindows(Clock clock, Duration length) {
        if (length.isZero() || length.isNegative()) {
            throw new IllegalArgumentException("window length must be positive");
        }
        this.clock = clock;
        this.length = length;
    }

    private record Window(Instant start, int count) {}

    /**
     * Counts one request of the key; true while the key has made at most {@code max} requests in
     * the current window.
     */
    public boolean allow(String key, int max) {
        Instant now = clock.instant();
        if (windows.size() >= SWEEP_AT) {
            windows.values().removeIf(w -> !now.isBefore(w.start().plus(length)));
        }
        Window after =
                windows.compute(
                        key,
                        (k, w) ->
                                w == null || !now.isBefore(w.start().plus(length))
                                        ? new Window(now, 1)
                                        : new Window(w.start(), Math.min(w.count(), max) + 1));
        return after.count() <= max;
    }

    /** Seconds until the key's current window ends (at least 1): the {@code Retry-After}. */
    public long secondsLeft(String key) {
        Window w = windows.get(key);
        if (w == null) {
            return 1;
        }
        long left = Duration.between(clock.instant(), w.start().plus(length)).toSeconds();
        return Math.max(1, left);
    }

    /** How many keys are counted now. */
    int size() {
        return windows.size();
    }
}
