package org.survivorvoice.safetydesk;

import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A case as lists show it to field workers and admins: never its text, never a phone number.
 *
 * @param district the district's name, or null when unknown
 * @param provider the provider's name, or null when the signal named none
 * @param overdue OPEN after its deadline ({@link CaseDeadline})
 * @param escalated reported overdue to the admins
 */
public record CaseListItem(
        long id,
        Set<CaseSignal> signals,
        CaseChannel channel,
        String language,
        @Schema(nullable = true) String district,
        @Schema(nullable = true) String provider,
        CaseStatus status,
        @Schema(nullable = true) CaseOutcome outcome,
        Instant openedAt,
        Instant deadlineAt,
        @Schema(nullable = true) Instant contactedAt,
        boolean overdue,
        boolean escalated) {

    /** The item of a case at {@code now}. */
    static CaseListItem of(SafetyCase c, Instant now) {
        return new CaseListItem(
                c.id,
                c.signalSet(),
                c.channel,
                c.language,
                c.district == null ? null : c.district.name,
                c.provider == null ? null : c.provider.name,
                c.status,
                c.outcome,
                c.openedAt,
                c.deadlineAt,
                c.contactedAt,
                CaseDeadline.overdue(c.status, c.deadlineAt, now),
                c.escalatedAt != null);
    }
}
