package org.survivorvoice.outreach.results;

import java.util.EnumSet;
import java.util.Set;

/** Where a quarter's results message to one survivor stands. */
public enum ResultsContactStatus {
    /** Outside her safe hours: queued in the outbox for the next opening of her window. */
    WAITING,
    /** Queued in the outbox to go out now. */
    QUEUED,
    /** The gateway accepted the message. */
    SENT,
    /** Never queued: the share was withheld, or a gate said no when the quarter's run came. */
    SKIPPED,
    /** Stopped before it went out: consent withdrawn, do-not-contact, she left the programme. */
    CANCELLED,
    /** Her safe hours did not open before the message's validity ran out. */
    EXPIRED,
    /** The gateway refused it, or every attempt failed. */
    FAILED;

    /** The states in which the message may still go out. */
    public static final Set<ResultsContactStatus> PENDING = EnumSet.of(WAITING, QUEUED);
}
