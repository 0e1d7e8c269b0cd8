package org.survivorvoice.outreach.outbox;

import java.time.Duration;
import java.time.Instant;

/**
 * Stops hammering a gateway that keeps failing: after {@code threshold} consecutive failed attempts
 * it opens and refuses every send for {@code openFor}; then it lets one trial through (half-open),
 * closing on its success and opening again on its failure. Time comes in as an argument, so it is
 * tested without waiting. Hand-written rather than MicroProfile's {@code @CircuitBreaker}, whose
 * rolling window counts failures, not consecutive ones, and whose clock tests cannot control. One
 * per instance: each replica protects its own connection.
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
