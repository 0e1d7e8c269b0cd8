package org.survivorvoice.security;

import java.time.Duration;
import java.time.Instant;

/**
 * One signed-in browser of the staff pages: who, when she signed in, and when she was last seen.
 * Only ever travels sealed ({@link StaffSessions}).
 */
public record StaffSession(String username, Instant issuedAt, Instant lastSeen) {

    /** Whether the session is still open at {@code now}: neither idle nor too old. */
    public boolean openAt(Instant now, Duration idle, Duration max) {
        return now.isBefore(lastSeen.plus(idle))
                && now.isBefore(issuedAt.plus(max))
                && !issuedAt.isAfter(now.plusSeconds(60));
    }

    /** The same session seen again at {@code now}. */
    public StaffSession seenAt(Instant now) {
        return new StaffSession(username, issuedAt, now);
    }
}
