package org.survivorvoice.encounter;

/** What came of the service she sought. */
public enum EncounterOutcome {
    /** She got the service or entitlement. */
    RECEIVED,
    /** Still in progress. */
    PENDING,
    /** Refused. */
    DENIED
}
