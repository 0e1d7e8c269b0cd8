package org.survivorvoice.survivor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class SafeWindowTest {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    @Test
    void daytimeWindowIncludesItsStartAndExcludesItsEnd() {
        SafeWindow w = new SafeWindow(LocalTime.of(10, 0), LocalTime.of(17, 30), KOLKATA);

        assertThat(w.contains(at(10, 0))).isTrue();
        assertThat(w.contains(at(17, 29))).isTrue();
        assertThat(w.contains(at(17, 30))).isFalse();
        assertThat(w.contains(at(9, 59))).isFalse();
        assertThat(w.nextOpening(at(18, 0))).contains(at(10, 0).plusSeconds(86_400));
        assertThat(w.nextOpening(at(6, 0))).contains(at(10, 0));
    }

    @Test
    void windowAcrossMidnight() {
        SafeWindow w = new SafeWindow(LocalTime.of(20, 0), LocalTime.of(6, 0), KOLKATA);

        assertThat(w.contains(at(23, 0))).isTrue();
        assertThat(w.contains(at(5, 59))).isTrue();
        assertThat(w.contains(at(12, 0))).isFalse();
        assertThat(w.nextOpening(at(12, 0))).contains(at(20, 0));
    }

    @Test
    void anEmptyWindowNeverOpens() {
        SafeWindow w = new SafeWindow(LocalTime.of(9, 0), LocalTime.of(9, 0), KOLKATA);

        assertThat(w.contains(at(9, 0))).isFalse();
        assertThat(w.nextOpening(at(8, 0))).isEmpty();
    }

    @Test
    void readsTheTimeInHerZoneNotUtc() {
        SafeWindow w = new SafeWindow(LocalTime.of(10, 0), LocalTime.of(11, 0), KOLKATA);

        // 04:45 UTC is 10:15 in Kolkata
        assertThat(w.contains(Instant.parse("2026-03-10T04:45:00Z"))).isTrue();
        assertThat(w.contains(Instant.parse("2026-03-10T10:15:00Z"))).isFalse();
    }

    private static Instant at(int hour, int minute) {
        return ZonedDateTime.of(2026, 3, 10, hour, minute, 0, 0, KOLKATA).toInstant();
    }
}
