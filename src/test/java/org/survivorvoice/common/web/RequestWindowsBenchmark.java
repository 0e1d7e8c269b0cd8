package org.survivorvoice.common.web;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.survivorvoice.security.LoginThrottle;

/**
 * What the shared counts cost a request: the one statement of a survivor page view (an atomic
 * upsert of its address's window) and the one read of an HTTP Basic request (the user name's
 * failures), through the application's connection pool against the embedded MariaDB. Runs only with
 * {@code ./mvnw verify -Pbenchmark -Dtest=RequestWindowsBenchmark}; prints figures, asserts none.
 */
@QuarkusTest
@Tag("benchmark")
class RequestWindowsBenchmark {

    private static final int WARM_UP = 2_000;
    private static final int TIMED = 20_000;

    @Inject RequestWindows windows;
    @Inject LoginThrottle throttle;

    @Test
    void timesTheStatementOfEachRequest() {
        Duration window = Duration.ofMinutes(10);
        String[] addresses = new String[1_000];
        for (int i = 0; i < addresses.length; i++) {
            addresses[i] = "198.51." + (i / 250) + "." + (i % 250) + "-" + UUID.randomUUID();
        }
        for (int i = 0; i < WARM_UP; i++) {
            windows.allow("bench", addresses[i % addresses.length], 1_000_000, window);
        }
        long[] upserts = new long[TIMED];
        for (int i = 0; i < TIMED; i++) {
            long start = System.nanoTime();
            windows.allow("bench", addresses[i % addresses.length], 1_000_000, window);
            upserts[i] = System.nanoTime() - start;
        }
        report("page view (upsert of the address's window)", upserts);

        long[] reads = new long[TIMED];
        for (int i = 0; i < TIMED; i++) {
            long start = System.nanoTime();
            throttle.standing("bench-user-" + (i % 1_000));
            reads[i] = System.nanoTime() - start;
        }
        report("HTTP Basic request (read of the user name's failures)", reads);
        System.out.printf(
                "BENCHMARK request windows: %d rows swept at %s%n", windows.sweep(), Instant.now());
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
        System.out.printf(
                "BENCHMARK %s: n=%d mean %.3f ms, p50 %.3f ms, p99 %.3f ms, max %.3f ms%n",
                what,
                nanos.length,
                mean,
                sorted[nanos.length / 2] / 1e6,
                sorted[(int) (nanos.length * 0.99)] / 1e6,
                sorted[nanos.length - 1] / 1e6);
    }
}
