package org.survivorvoice.safetydesk;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A change to a case: a new status (CONTACTED, or CLOSED with an outcome), a note, or both; any
 * part may be null, not all.
 */
public record CaseUpdate(
        @Schema(nullable = true) CaseStatus status,
        @Schema(nullable = true) CaseOutcome outcome,
        @Schema(nullable = true) String note) {}
