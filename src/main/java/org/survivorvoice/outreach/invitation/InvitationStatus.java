package org.survivorvoice.outreach.invitation;

import java.util.Set;

/** Where an invitation stands. */
public enum InvitationStatus {
    /** Queued for a later safe window; {@code reason} says why. */
    WAITING,
    /** Queued for the next dispatcher run. */
    QUEUED,
    /** Delivered to the gateway at least once. */
    SENT,
    /** She rated the encounter. */
    ANSWERED,
    /** Its validity ran out before she answered. */
    EXPIRED,
    /** Never sent; {@code reason} says why (no consent, do-not-contact...). */
    SKIPPED,
    /** Stopped before sending, e.g. consent withdrawn; {@code reason} says why. */
    CANCELLED,
    /** Replaced by the invitation of a later outcome of the same encounter. */
    SUPERSEDED;

    /** States in which the invitation may still send or be answered. */
    public static final Set<InvitationStatus> OPEN = Set.of(WAITING, QUEUED, SENT);
}
