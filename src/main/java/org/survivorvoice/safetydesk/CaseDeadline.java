package org.survivorvoice.safetydesk;

import java.time.Instant;

/**
 * The one rule of a case's deadline: a field worker must first reach her by {@code deadline_at}. A
 * case is overdue while it is OPEN after its deadline; a contact counts as within the deadline when
 * it came no later than the deadline. Pages, the API, the escalation and the MIS all ask here.
 */
public final class CaseDeadline {

    private CaseDeadline() {}

    /** Whether a case in this state is overdue at {@code now}. */
    public static boolean overdue(CaseStatus status, Instant deadlineAt, Instant now) {
        return status == CaseStatus.OPEN && now.isAfter(deadlineAt);
    }

    /**
     * Whether the case was first contacted within its deadline (false while nobody reached her).
     */
    public static boolean contactedInTime(Instant contactedAt, Instant deadlineAt) {
        return contactedAt != null && !contactedAt.isAfter(deadlineAt);
    }
}
