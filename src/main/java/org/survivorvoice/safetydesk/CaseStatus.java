package org.survivorvoice.safetydesk;

/**
 * Where a safety case stands: OPEN until a field worker reaches her, then CONTACTED, then CLOSED.
 */
public enum CaseStatus {
    /** Nobody has reached her yet; the deadline runs. */
    OPEN,
    /** A field worker reached her (the first contact is dated); the deadline is met or missed. */
    CONTACTED,
    /** Finished, with an outcome. */
    CLOSED
}
