package org.survivorvoice.outreach.followup;

import java.util.Set;

/** Where a follow-up of a response stands. */
public enum FollowUpStatus {
    /** Queued for the next opening of her safe hours. */
    WAITING,
    /** Queued to go out now. */
    QUEUED,
    /** The question went out (an SMS, or a call Twilio placed). */
    SENT,
    /** She answered 1, 2 or 3. */
    ANSWERED,
    /** Its validity ran out unanswered, or her window never opened in time. */
    EXPIRED,
    /** Never sent: no consent to any channel, do-not-contact... (the reason says which). */
    SKIPPED,
    /** Stopped after it was queued: consent withdrawn, do-not-contact, delivery failed. */
    CANCELLED;

    /** Not sent yet, so it can still be stopped. */
    public static final Set<FollowUpStatus> PENDING = Set.of(WAITING, QUEUED);
}
