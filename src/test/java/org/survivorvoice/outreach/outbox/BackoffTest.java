package org.survivorvoice.outreach.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofMinutes(2), 0.2);

    @Test
    void doublesFromTwoMinutesSoSixAttemptsSpanAboutAnHour() {
        Duration total = Duration.ZERO;
        for (int failed = 1; failed <= 5; failed++) {
            total = total.plus(backoff.after(failed, 0.5));
        }

        assertThat(backoff.after(1, 0.5)).isEqualTo(Duration.ofMinutes(2));
        assertThat(backoff.after(5, 0.5)).isEqualTo(Duration.ofMinutes(32));
        assertThat(total).isEqualTo(Duration.ofMinutes(62));
    }

    @Test
    void jitterSpreadsEachWaitByTwentyPercent() {
        assertThat(backoff.after(3, 0.0)).isEqualTo(Duration.ofSeconds((long) (480 * 0.8)));
        assertThat(backoff.after(3, 0.999_999))
                .isBetween(Duration.ofSeconds(575), Duration.ofSeconds(576));
    }
}
