package org.survivorvoice.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.survivorvoice.testing.MovableClock;
import org.survivorvoice.testing.RequestWindowRows;
import org.survivorvoice.testing.SecondReplica;

/**
 * The shared counter under the login throttle and the survivor pages' limits: atomic counts per
 * fixed window in the database, keys stored only as keyed hashes, old windows swept. Times are set
 * in 1940, which no other test uses.
 */
@QuarkusTest
class RequestWindowsTest {

    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    private final MovableClock clock = new MovableClock(Instant.parse("1940-03-01T10:02:00Z"));
    private final RequestWindows windows = SecondReplica.requestWindows(clock);

    @Test
    void countsEachRequestOfAWindowAndStartsAgainInTheNext() {
        String key = "198.51.100." + UUID.randomUUID();
        assertThat(windows.hit("test", key, TEN_MINUTES, TEN_MINUTES)).isEqualTo(1);
        assertThat(windows.hit("test", key, TEN_MINUTES, TEN_MINUTES)).isEqualTo(2);
        assertThat(windows.allow("test", key, 3, TEN_MINUTES)).isTrue();
        assertThat(windows.allow("test", key, 3, TEN_MINUTES)).isFalse();
        assertThat(windows.hit("other", key, TEN_MINUTES, TEN_MINUTES)).isEqualTo(1);
        // windows start at multiples of their length, so every replica agrees on them
        assertThat(windows.secondsLeft(TEN_MINUTES)).isEqualTo(480);

        clock.advance(Duration.ofMinutes(8));

        assertThat(windows.hit("test", key, TEN_MINUTES, TEN_MINUTES)).isEqualTo(1);
        assertThat(windows.since("test", key, Instant.parse("1940-03-01T09:59:59Z")))
                .extracting(RequestWindows.Window::hits)
                .containsExactly(4, 1);
    }

    @Test
    void concurrentRequestsAreEachCountedOnce() throws Exception {
        String key = "203.0.113." + UUID.randomUUID();
        Thread[] threads = new Thread[8];
        for (int t = 0; t < threads.length; t++) {
            threads[t] =
                    new Thread(
                            () -> {
                                for (int i = 0; i < 25; i++) {
                                    windows.hit("test", key, TEN_MINUTES, TEN_MINUTES);
                                }
                            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(windows.hit("test", key, TEN_MINUTES, TEN_MINUTES)).isEqualTo(201);
    }

    @Test
    void keysAreStoredOnlyAsKeyedHashes() throws Exception {
        String address = "192.0.2." + (int) (Math.random() * 250);
        String purpose = "hash-" + UUID.randomUUID().toString().substring(0, 8);
        windows.hit(purpose, address, TEN_MINUTES, TEN_MINUTES);
        byte[] plain =
                MessageDigest.getInstance("SHA-256")
                        .digest((purpose + '\0' + address).getBytes(StandardCharsets.UTF_8));
        assertThat(RequestWindowRows.keysOf(purpose))
                .singleElement()
                .satisfies(
                        key -> {
                            assertThat(key).hasSize(32).isNotEqualTo(plain);
                            assertThat(new String(key, StandardCharsets.ISO_8859_1))
                                    .doesNotContain(address);
                        });
    }

    @Test
    void sweepDeletesTheWindowsWhoseTimeHasPassed() {
        MovableClock early = new MovableClock(Instant.parse("1940-01-01T00:00:00Z"));
        RequestWindows earlier = SecondReplica.requestWindows(early);
        String key = UUID.randomUUID().toString();
        earlier.hit("sweep", key, TEN_MINUTES, TEN_MINUTES);
        early.advance(TEN_MINUTES);
        earlier.hit("sweep", key, TEN_MINUTES, Duration.ofHours(1));
        int before = RequestWindowRows.count();

        early.advance(Duration.ofMinutes(5));
        // the first window (kept ten minutes) has passed; the one kept an hour has not
        assertThat(earlier.sweep()).isEqualTo(1);
        assertThat(RequestWindowRows.count()).isEqualTo(before - 1);
        assertThat(earlier.since("sweep", key, Instant.parse("1939-12-31T00:00:00Z")))
                .containsExactly(
                        new RequestWindows.Window(Instant.parse("1940-01-01T00:10:00Z"), 1));
    }
}
