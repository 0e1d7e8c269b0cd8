package org.survivorvoice.staff.cases;

import java.time.Duration;
import java.time.Instant;
import org.survivorvoice.safetydesk.CaseDeadline;
import org.survivorvoice.safetydesk.CaseListItem;
import org.survivorvoice.safetydesk.CaseStatus;

/**
 * How a case's deadline reads on the field worker's page, as a message key and its number: "due in
 * 5 h" while it runs, "overdue by 2 days" once {@link CaseDeadline} says it is overdue, and for a
 * case somebody reached, whether she was reached in time. Minutes under an hour, hours under two
 * days, then days to the nearest whole: a field worker plans her calls by the hour, not by the
 * minute.
 *
 * @param key the message key of the sentence
 * @param amount the number in it ({@code {n}}), or 0 when the sentence has none
 */
public record DeadlineText(String key, long amount) {

    /** The sentence of the item at {@code now}. */
    public static DeadlineText of(CaseListItem item, Instant now) {
        if (item.status() != CaseStatus.OPEN) {
            if (item.contactedAt() == null) {
                return new DeadlineText("cases.deadline.not-reached", 0);
            }
            return new DeadlineText(
                    CaseDeadline.contactedInTime(item.contactedAt(), item.deadlineAt())
                            ? "cases.deadline.in-time"
                            : "cases.deadline.late",
                    0);
        }
        boolean overdue = item.overdue();
        Duration left =
                overdue
                        ? Duration.between(item.deadlineAt(), now)
                        : Duration.between(now, item.deadlineAt());
        String prefix = overdue ? "cases.deadline.overdue-" : "cases.deadline.due-";
        if (left.toMinutes() < 60) {
            return new DeadlineText(prefix + "minutes", Math.max(1, left.toMinutes()));
        }
        if (left.toHours() < 48) {
            return new DeadlineText(prefix + "hours", left.toHours());
        }
        // whole days to the nearest: 71 hours left read "3 days", not "2"
        return new DeadlineText(prefix + "days", (left.toHours() + 12) / 24);
    }
}
