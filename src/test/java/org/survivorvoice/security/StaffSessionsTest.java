package org.survivorvoice.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The sealed session cookie: what it carries, when it ends, and that it cannot be forged. */
class StaffSessionsTest {

    private static final byte[] KEY =
            "test-only-staff-session-key-32by".getBytes(StandardCharsets.UTF_8);

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-03T05:00:00Z"));
    private final StaffSessions sessions =
            new StaffSessions(KEY, Duration.ofMinutes(30), Duration.ofHours(12), true, clock);

    @Test
    void aSessionOpensAsItsUserAndCarriesNothingReadable() {
        String cookie = sessions.open("official-1");
        assertThat(sessions.read(cookie))
                .get()
                .extracting(StaffSession::username)
                .isEqualTo("official-1");
        String decoded =
                new String(Base64.getUrlDecoder().decode(cookie), StandardCharsets.ISO_8859_1);
        assertThat(decoded).doesNotContain("official");
        assertThat(sessions.open("official-1")).as("a fresh IV every time").isNotEqualTo(cookie);
    }

    @Test
    void aChangedForgedOrForeignCookieIsRefused() {
        String cookie = sessions.open("admin");
        char[] chars = cookie.toCharArray();
        chars[chars.length / 2] = chars[chars.length / 2] == 'A' ? 'B' : 'A';
        assertThat(sessions.read(new String(chars))).isEmpty();
        assertThat(sessions.read("not a cookie")).isEmpty();
        assertThat(sessions.read("")).isEmpty();
        assertThat(sessions.read("A".repeat(10_000))).isEmpty();
        StaffSessions otherKey =
                new StaffSessions(
                        "another-key-of-thirty-two-bytes!".getBytes(StandardCharsets.UTF_8),
                        Duration.ofMinutes(30),
                        Duration.ofHours(12),
                        true,
                        clock);
        assertThat(otherKey.read(cookie)).isEmpty();
    }

    @Test
    void aSessionEndsAfterThirtyIdleMinutesUnlessRenewed() {
        String cookie = sessions.open("fieldworker");
        clock.advance(Duration.ofMinutes(29));
        assertThat(sessions.read(cookie)).isPresent();
        String renewed = sessions.renewed(sessions.read(cookie).orElseThrow()).orElseThrow();
        clock.advance(Duration.ofMinutes(2));
        assertThat(sessions.read(cookie)).as("the old cookie went idle").isEmpty();
        assertThat(sessions.read(renewed)).as("the renewed one was seen 2 minutes ago").isPresent();
    }

    @Test
    void renewalHappensAtMostOnceAMinute() {
        StaffSession session = sessions.read(sessions.open("funder")).orElseThrow();
        clock.advance(Duration.ofSeconds(30));
        assertThat(sessions.renewed(session)).isEmpty();
        clock.advance(Duration.ofSeconds(31));
        assertThat(sessions.renewed(session)).isPresent();
    }

    @Test
    void aBusySessionStillEndsTwelveHoursAfterSignIn() {
        String cookie = sessions.open("official-2");
        for (int quarter = 1; quarter < 12 * 4; quarter++) {
            clock.advance(Duration.ofMinutes(15));
            StaffSession seen = sessions.read(cookie).orElseThrow();
            cookie = sessions.renewed(seen).orElseThrow();
        }
        clock.advance(Duration.ofMinutes(15));
        assertThat(sessions.read(cookie)).isEmpty();
    }

    /** A clock the test moves. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
