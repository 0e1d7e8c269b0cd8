package org.survivorvoice.safetydesk;

/**
 * A change to a case: a new status (CONTACTED, or CLOSED with an outcome), a note, or both; any
 * part may be null, not all.
 */
public record CaseUpdate(CaseStatus status, CaseOutcome outcome, String note) {}
