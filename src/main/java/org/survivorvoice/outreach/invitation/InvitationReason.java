package org.survivorvoice.outreach.invitation;

/**
 * Why an invitation (or a message of an outbox purpose, decided by the same {@link ContactGate})
 * waits, was skipped or was stopped.
 */
public enum InvitationReason {
    /** She has not consented to any channel, or not to her ratings being used. */
    NO_CONSENT,
    /** She withdrew consent for the invitation's channel after it was created. */
    CONSENT_WITHDRAWN,
    /** Her phone is on the do-not-contact registry. */
    DO_NOT_CONTACT,
    /** The send time falls outside her safe hours: it waits for the next safe window. */
    OUTSIDE_SAFE_HOURS,
    /** Her safe window is empty or would open only after the invitation expires. */
    NO_SAFE_WINDOW,
    /** Consent or do-not-contact could not be read: nothing was sent (fail closed). */
    CONTACT_DATA_UNREADABLE,
    /** She is no longer enrolled. */
    NOT_ENROLLED,
    /** The encounter is already rated. */
    ALREADY_RATED,
    /** The invitation's validity ran out. */
    EXPIRED,
    /** The gateway refused the message or every attempt failed. */
    DELIVERY_FAILED
}
