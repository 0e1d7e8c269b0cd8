package org.survivorvoice.safetydesk;

/**
 * The channel a case came through, by the same names as the ratings' channels (the desk does not
 * depend on the feedback feature, which tells it about ratings and messages through {@link
 * SafetyCheck}).
 */
public enum CaseChannel {
    /** The survivor web form. */
    WEB,
    /** SMS. */
    SMS,
    /** A phone call with the IVR. */
    IVR,
    /** Entered by a field worker with her. */
    ASSISTED,
    /** Copied from a paper form. */
    PAPER
}
