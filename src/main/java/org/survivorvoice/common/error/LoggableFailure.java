package org.survivorvoice.common.error;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * An unexpected exception as a log line may show it: each class of its cause chain with its stack,
 * never a message. Messages quote values: a driver's "Duplicate entry '98xxxxxxxx' for key ..." or
 * "Data too long for column 'comment'" carries the phone number or the text that failed (SAFETY
 * D2). SQL errors keep their SQLState and vendor code, which say what failed without quoting.
 */
public final class LoggableFailure {

    /** Frames per exception: where it was thrown and enough callers to find the code path. */
    private static final int FRAMES = 30;

    private LoggableFailure() {}

    /**
     * One exception as a log line may name it: its class and, for an SQL error, its SQLState and
     * vendor code; never its message.
     */
    public static String head(Throwable t) {
        if (t instanceof RedactedFailure redacted) {
            return redacted.toString();
        }
        if (t instanceof SQLException sql) {
            return t.getClass().getName()
                    + " (SQLState "
                    + sql.getSQLState()
                    + ", error "
                    + sql.getErrorCode()
                    + ')';
        }
        return t.getClass().getName();
    }

    /** The cause chain of {@code failure}, classes and frames only. */
    public static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            text.append(t == failure ? "" : "\nCaused by: ").append(head(t));
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(frames.length, FRAMES); i++) {
                text.append("\n\tat ").append(frames[i]);
            }
            if (frames.length > FRAMES) {
                text.append("\n\t... ").append(frames.length - FRAMES).append(" more");
            }
        }
        return text.toString();
    }
}
