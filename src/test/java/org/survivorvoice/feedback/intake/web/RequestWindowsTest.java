package org.survivorvoice.feedback.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RequestWindowsTest {

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private Instant now = Instant.parse("2026-07-01T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @Test
    void allowsTheMaximumPerWindowAndEachKeyOnItsOwn() {
        HandClock clock = new HandClock();
        RequestWindows windows = new RequestWindows(clock, Duration.ofMinutes(10));
        for (int i = 0; i < 3; i++) {
            assertThat(windows.allow("10.0.0.1", 3)).isTrue();
        }
        assertThat(windows.allow("10.0.0.1", 3)).isFalse();
        assertThat(windows.allow("10.0.0.1", 3)).isFalse();
        assertThat(windows.allow("10.0.0.2", 3)).isTrue();
        clock.advance(Duration.ofMinutes(4));
        assertThat(windows.secondsLeft("10.0.0.1")).isEqualTo(360);
        assertThat(windows.allow("10.0.0.1", 3)).isFalse();
    }

    @Test
    void aNewWindowStartsAfreshWhenTheOldOneEnds() {
        HandClock clock = new HandClock();
        RequestWindows windows = new RequestWindows(clock, Duration.ofMinutes(10));
        for (int i = 0; i < 5; i++) {
            windows.allow("k", 2);
        }
        clock.advance(Duration.ofMinutes(10));
        assertThat(windows.allow("k", 2)).isTrue();
        assertThat(windows.allow("k", 2)).isTrue();
        assertThat(windows.allow("k", 2)).isFalse();
    }

    @Test
    void sweepsEndedWindowsBeforeTheyExhaustMemory() {
        HandClock clock = new HandClock();
        RequestWindows windows = new RequestWindows(clock, Duration.ofSeconds(1));
        for (int i = 0; i < RequestWindows.SWEEP_AT; i++) {
            windows.allow("ip-" + i, 1);
        }
        clock.advance(Duration.ofSeconds(2));
        windows.allow("late", 1);
        assertThat(windows.size()).isEqualTo(1);
    }

    @Test
    void refusesAWindowThatIsNotPositive() {
        assertThatThrownBy(() -> new RequestWindows(Clock.systemUTC(), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
