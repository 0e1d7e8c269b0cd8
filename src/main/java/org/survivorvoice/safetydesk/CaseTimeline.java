package org.survivorvoice.safetydesk;

import java.time.Instant;

/**
 * What the MIS reads of one case: its district and the dates it moved on, never its text, phone,
 * survivor or provider. A timeline, so a figure can be taken as of any instant: a contact or a
 * closing dated later did not happen yet.
 *
 * @param districtId the case's district; null when unknown
 * @param openedAt when it opened
 * @param deadlineAt when a field worker must have reached her
 * @param contactedAt the first contact; null while nobody reached her
 * @param closedAt when it was closed; null while open
 * @param outcome how it ended; null while open
 */
public record CaseTimeline(
        Long districtId,
        Instant openedAt,
        Instant deadlineAt,
        Instant contactedAt,
        Instant closedAt,
        CaseOutcome outcome) {

    /** The first contact if it came by the instant, else null. */
    public Instant contactedAsOf(Instant asOf) {
        return contactedAt == null || contactedAt.isAfter(asOf) ? null : contactedAt;
    }

    /** How it ended if it was closed by the instant; null while it was still open then. */
    public CaseOutcome outcomeAsOf(Instant asOf) {
        return closedAt == null || closedAt.isAfter(asOf) ? null : outcome;
    }

    /**
     * Whether, at the instant, it is settled if she was reached within the deadline: she was
     * contacted by then, or the deadline had passed without a contact. A case still inside its
     * deadline and not contacted is not settled: it may yet be reached in time.
     */
    public boolean deadlineSettledAsOf(Instant asOf) {
        return contactedAsOf(asOf) != null || asOf.isAfter(deadlineAt);
    }
}
