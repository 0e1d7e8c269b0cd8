package org.survivorvoice.response;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One recorded response as the MIS figures need it: its dates and no text, so that nothing a funder
 * may not read (action, owner role, drop reason) ever reaches the figures.
 *
 * @param responseId the response
 * @param districtId the provider's district when the response was recorded
 * @param dueDate when the action is due
 * @param recordedAt when it was recorded (the programme clock)
 * @param doneAt when it was marked DONE; null while not done
 * @param droppedAt when it was DROPPED; null while not dropped
 */
public record ResponseState(
        long responseId,
        long districtId,
        LocalDate dueDate,
        Instant recordedAt,
        Instant doneAt,
        Instant droppedAt) {

    /**
     * Where the response stood at the instant, so a regenerated workbook says the same: not yet
     * recorded (empty) when created after it, DONE or DROPPED only when marked so by then, else
     * PLANNED.
     */
    public Optional<ResponseStatus> statusAsOf(Instant asOf) {
        if (recordedAt.isAfter(asOf)) {
            return Optional.empty();
        }
        if (doneAt != null && !doneAt.isAfter(asOf)) {
            return Optional.of(ResponseStatus.DONE);
        }
        if (droppedAt != null && !droppedAt.isAfter(asOf)) {
            return Optional.of(ResponseStatus.DROPPED);
        }
        return Optional.of(ResponseStatus.PLANNED);
    }
}
