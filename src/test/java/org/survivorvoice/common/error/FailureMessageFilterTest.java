package org.survivorvoice.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.handlers.ConsoleHandler;
import org.junit.jupiter.api.Test;

/**
 * Every exception on a log record, whoever logs it, reaches the log handlers without its messages
 * (SAFETY D2): the filter's effect on a record, and its place on the console handler.
 */
@QuarkusTest
class FailureMessageFilterTest {

    /** A phone number used nowhere else, quoted by the planted messages. */
    private static final String CANARY = "9830077123";

    @Test
    void aRecordKeepsClassesCodesAndFramesButNoMessage() {
        IllegalStateException failure = plantedFailure();
        LogRecord record = new LogRecord(Level.SEVERE, "HTTP Request to /x failed");
        record.setThrown(failure);

        boolean loggable = new FailureMessageFilter().isLoggable(record);

        assertThat(loggable).isTrue();
        String printed = printed(record.getThrown());
        assertThat(printed)
                .startsWith("java.lang.IllegalStateException\n")
                .contains(
                        "Caused by: java.sql.SQLIntegrityConstraintViolationException"
                                + " (SQLState 23000, error 1062)")
                .contains("Suppressed: java.lang.IllegalArgumentException")
                .contains("\tat org.survivorvoice.common.error.FailureMessageFilterTest")
                .doesNotContain(CANARY)
                .doesNotContain("Duplicate entry");
        assertThat(printed(failure)).as("the planted messages").contains(CANARY);
    }

    @Test
    void aCauseCycleIsCopiedOnce() {
        RuntimeException outer = new RuntimeException("outer " + CANARY);
        RuntimeException inner = new RuntimeException("inner " + CANARY, outer);
        outer.initCause(inner);

        String printed = printed(RedactedFailure.of(outer));

        assertThat(printed)
                .doesNotContain(CANARY)
                .contains("Caused by: java.lang.RuntimeException");
    }

    @Test
    void theConsoleHandlerRedactsWhatItIsGiven() {
        List<Handler> handlers = new ArrayList<>();
        collect(Logger.getLogger("").getHandlers(), handlers);
        Handler console =
                handlers.stream()
                        .filter(h -> h instanceof ConsoleHandler)
                        .findFirst()
                        .orElseThrow();
        LogRecord record = new LogRecord(Level.SEVERE, "Error occurred while executing task");
        record.setThrown(plantedFailure());

        // the console handler's own filter chain, as it runs for every record it publishes
        console.getFilter().isLoggable(record);

        assertThat(record.getThrown()).isInstanceOf(RedactedFailure.class);
        assertThat(printed(record.getThrown())).doesNotContain(CANARY);
    }

    private static void collect(Handler[] handlers, List<Handler> into) {
        for (Handler handler : handlers) {
            into.add(handler);
            if (handler instanceof ExtHandler ext) {
                collect(ext.getHandlers(), into);
            }
        }
    }

    private static IllegalStateException plantedFailure() {
        SQLIntegrityConstraintViolationException sql =
                new SQLIntegrityConstraintViolationException(
                        "Duplicate entry '" + CANARY + "' for key 'uq_phone'", "23000", 1062);
        IllegalStateException failure = new IllegalStateException("saving " + CANARY, sql);
        failure.addSuppressed(new IllegalArgumentException("rolled back " + CANARY));
        return failure;
    }

    private static String printed(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
