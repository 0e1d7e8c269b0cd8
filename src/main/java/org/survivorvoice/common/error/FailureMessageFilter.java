package org.survivorvoice.common.error;

import io.quarkus.logging.LoggingFilter;
import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * The last guard of SAFETY D2 on every log handler (configured as {@code
 * quarkus.log.console.filter}): an exception attached to any log record, the service's own or a
 * library's (Quarkus's HTTP error handler, the scheduler, Vert.x, the JDBC driver), is replaced by
 * its {@link RedactedFailure}, so a driver's "Duplicate entry '98xxxxxxxx'" never reaches a log.
 * The record itself stays; only the exception's messages go.
 */
@LoggingFilter(name = FailureMessageFilter.NAME)
public final class FailureMessageFilter implements Filter {

    /** The name handlers refer to in {@code quarkus.log.*.filter}. */
    public static final String NAME = "survivor-voice-failures";

    @Override
    public boolean isLoggable(LogRecord record) {
        Throwable thrown = record.getThrown();
        if (thrown != null && !(thrown instanceof RedactedFailure)) {
            record.setThrown(RedactedFailure.of(thrown));
        }
        return true;
    }
}
