package org.survivorvoice.common.error;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * A stand-in for an exception on its way to a log handler: the same classes (named in its text),
 * cause chain and stack frames, without a single message, since messages quote values (SAFETY D2).
 * {@link FailureMessageFilter} puts it in place of whatever exception a log record carries,
 * including the records of Quarkus, Vert.x, Quartz and the drivers that this code never sees.
 */
public final class RedactedFailure extends Throwable {

    private static final long serialVersionUID = 1L;

    private final String head;

    private RedactedFailure(String head, StackTraceElement[] frames, RedactedFailure cause) {
        super(head, cause, true, true);
        this.head = head;
        setStackTrace(frames);
    }

    /** The message-free copy of {@code failure} and its causes and suppressed exceptions. */
    public static RedactedFailure of(Throwable failure) {
        if (failure instanceof RedactedFailure redacted) {
            return redacted;
        }
        return copy(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static RedactedFailure copy(Throwable t, Set<Throwable> seen) {
        seen.add(t);
        Throwable cause = t.getCause();
        RedactedFailure copiedCause =
                cause == null || seen.contains(cause) ? null : copy(cause, seen);
        RedactedFailure copy =
                new RedactedFailure(LoggableFailure.head(t), t.getStackTrace(), copiedCause);
        for (Throwable suppressed : t.getSuppressed()) {
            if (!seen.contains(suppressed)) {
                copy.addSuppressed(copy(suppressed, seen));
            }
        }
        return copy;
    }

    /** The original's class (and SQL codes), as stack-trace printers put it first on each line. */
    @Override
    public String toString() {
        return head;
    }
}
