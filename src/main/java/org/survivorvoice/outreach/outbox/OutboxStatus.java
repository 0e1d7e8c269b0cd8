package org.survivorvoice.outreach.outbox;

import java.util.Locale;
import java.util.Set;

/**
 * Where an outbound message stands. States only move forward (QUEUED, SENT, then DELIVERED or
 * FAILED), so delivery callbacks can be applied in any order and the last word is the furthest.
 */
public enum OutboxStatus {
    /** Waiting for its next attempt. */
    QUEUED,
    /** The gateway accepted it. */
    SENT,
    /** The handset received it (or the call was answered and completed). */
    DELIVERED,
    /** Refused, undeliverable, or every attempt failed. */
    FAILED,
    /** Stopped before sending: consent withdrawn, do-not-contact, expiry. */
    CANCELLED;

    /** The states a message may be in for a move to this state to be forward. */
    Set<OutboxStatus> reachableFrom() {
        return switch (this) {
            case QUEUED -> Set.of();
            case SENT -> Set.of(QUEUED);
            case DELIVERED, FAILED -> Set.of(QUEUED, SENT);
            case CANCELLED -> Set.of(QUEUED);
        };
    }

    /**
     * The state a Twilio message or call status means, or null for statuses that say nothing new
     * (queued, accepted, scheduled). Unknown statuses also give null, so they change nothing.
     */
    public static OutboxStatus fromTwilio(String status) {
        if (status == null) {
            return null;
        }
        return switch (status.strip().toLowerCase(Locale.ROOT)) {
            case "sending", "sent", "initiated", "ringing", "in-progress" -> SENT;
            case "delivered", "read", "completed" -> DELIVERED;
            case "undelivered", "failed", "busy", "no-answer", "canceled" -> FAILED;
            default -> null;
        };
    }
}
