package org.survivorvoice.safetydesk;

/** How a closed safety case ended. */
public enum CaseOutcome {
    /** What she needed was done. */
    RESOLVED,
    /** Handed to legal aid. */
    REFERRED_LEGAL_AID,
    /** Handed to the police (with her agreement). */
    REFERRED_POLICE,
    /** Every safe attempt to reach her failed. */
    COULD_NOT_REACH,
    /** She did not want the desk's help. */
    DECLINED
}
