package org.survivorvoice.outreach.outbox;

import java.time.Duration;
import java.time.Instant;

/**
 * Stops hammering a gateway that keeps failing: after {@code threshold} consecutive failed attempts
 * it opens and refuses every send for {@code openFor}; then it lets one trial through (half-open),
 * closing on its success and opening again on its failure. One per instance: each replica protects
 * its own connection.
 *
 * <p>Hand-written rather than MicroProfile's {@code @CircuitBreaker}, though not for the counting:
 * with {@code requestVolumeThreshold = 5} and {@code failureRatio = 1.0} its rolling window opens
 * after five consecutive failures too. The reasons are the clock and the shape of a send. It times
 * the open period with the system clock, where this one is handed the dispatcher's instant, so the
 * outbox tests run days of sending without waiting. And it guards a method call, counting what it
 * throws, whereas the sender returns its outcome (a message refused for its own reason is an
 * answer, not a gateway failure), and the dispatcher asks before claiming a batch ({@link
 * #refuses}) and gives the permit back when a claimed message turns out to need no send ({@link
 * #release}).
 */
public final class CircuitBreaker {

    /** The breaker's states. */
    public enum State {
        /** Sends go through. */
        CLOSED,
        /** Sends are refused until the open period ends. */
        OPEN,
        /** One trial send is allowed. */
        HALF_OPEN
    }

    private final int threshold;
    private final Duration openFor;
    private State state = State.CLOSED;
    private int consecutiveFailures;
    private Instant openedAt;
    private boolean trialInFlight;

    public CircuitBreaker(int threshold, Duration openFor) {
        this.threshold = threshold;
        this.openFor = openFor;
    }

    /** Whether a send may go now; a true in the half-open state reserves the one trial. */
    public synchronized boolean allowsRequest(Instant now) {
        switch (state) {
            case CLOSED:
                return true;
            case OPEN:
                if (now.isBefore(openedAt.plus(openFor))) {
                    return false;
                }
                state = State.HALF_OPEN;
                trialInFlight = true;
                return true;
            default:
                if (trialInFlight) {
                    return false;
                }
                trialInFlight = true;
                return true;
        }
    }

    /** Whether sends are refused now, without reserving anything. */
    public synchronized boolean refuses(Instant now) {
        return (state == State.OPEN && now.isBefore(openedAt.plus(openFor)))
                || (state == State.HALF_OPEN && trialInFlight);
    }

    /** The gateway answered (accepted, or refused for a reason of the message's own). */
    public synchronized void recordSuccess() {
        state = State.CLOSED;
        consecutiveFailures = 0;
        trialInFlight = false;
    }

    /** The gateway failed (429, 5xx, timeout, connection). */
    public synchronized void recordFailure(Instant now) {
        trialInFlight = false;
        if (state == State.HALF_OPEN) {
            open(now);
            return;
        }
        consecutiveFailures++;
        if (consecutiveFailures >= threshold) {
            open(now);
        }
    }

    /** A permitted send did not happen after all (nothing to send): frees the trial. */
    public synchronized void release() {
        trialInFlight = false;
    }

    /** The current state. */
    public synchronized State state() {
        return state;
    }

    private void open(Instant now) {
        state = State.OPEN;
        openedAt = now;
        consecutiveFailures = 0;
    }
}
