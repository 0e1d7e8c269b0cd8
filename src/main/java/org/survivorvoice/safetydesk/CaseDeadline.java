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
     * The same rule as {@link #overdue} as an HQL condition on the {@link SafetyCase} aliased
     * {@code alias}, with {@code :now} as its one parameter, for the queries that filter or
     * escalate overdue cases in the database.
     */
    public static String overdueCondition(String alias) {
        return "("
                + alias
                + ".status = org.survivorvoice.safetydesk.CaseStatus.OPEN and "
                + alias
                + ".deadlineAt < :now)";
    }

    /**
     * Whether the case was first contacted within its deadline (false while nobody reached her).
     */
    public static boolean contactedInTime(Instant contactedAt, Instant deadlineAt) {
        return contactedAt != null && !contactedAt.isAfter(deadlineAt);
    }
}
