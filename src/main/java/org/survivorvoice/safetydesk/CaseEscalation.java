package org.survivorvoice.safetydesk;

import java.time.Instant;
import java.util.List;

/**
 * What one run of the daily escalation did: the cases it reported overdue to the admins (ids only,
 * never a text or a number), so a run repeated at the same instant shows that it changed nothing.
 *
 * @param at the instant the run judged overdue by
 * @param escalated the ids of the cases it escalated, in id order
 */
public record CaseEscalation(Instant at, List<Long> escalated) {

    /** How many cases the run escalated. */
    public int count() {
        return escalated.size();
    }
}
