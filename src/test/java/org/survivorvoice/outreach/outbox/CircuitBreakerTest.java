package org.survivorvoice.outreach.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    private static final Instant T0 = Instant.parse("2026-03-10T06:00:00Z");

    @Test
    void opensAfterFiveConsecutiveFailuresOnly() {
        CircuitBreaker breaker = new CircuitBreaker(5, Duration.ofMinutes(5));
        for (int i = 0; i < 4; i++) {
            breaker.recordFailure(T0);
        }
        breaker.recordSuccess();
        for (int i = 0; i < 4; i++) {
            breaker.recordFailure(T0);
        }
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);

        breaker.recordFailure(T0);

        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(breaker.allowsRequest(T0.plus(Duration.ofMinutes(4)))).isFalse();
    }

    @Test
    void letsOneTrialThroughAfterTheOpenPeriodAndClosesOnSuccess() {
        CircuitBreaker breaker = open();
        Instant later = T0.plus(Duration.ofMinutes(5));

        assertThat(breaker.allowsRequest(later)).isTrue();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
        assertThat(breaker.allowsRequest(later)).isFalse();
        breaker.recordSuccess();

        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker.allowsRequest(later)).isTrue();
    }

    @Test
    void aFailedTrialOpensItAgain() {
        CircuitBreaker breaker = open();
        Instant later = T0.plus(Duration.ofMinutes(6));
        assertThat(breaker.allowsRequest(later)).isTrue();

        breaker.recordFailure(later);

        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(breaker.allowsRequest(later.plus(Duration.ofMinutes(4)))).isFalse();
        assertThat(breaker.allowsRequest(later.plus(Duration.ofMinutes(5)))).isTrue();
    }

    @Test
    void anUnusedTrialIsReleased() {
        CircuitBreaker breaker = open();
        Instant later = T0.plus(Duration.ofMinutes(5));
        assertThat(breaker.allowsRequest(later)).isTrue();

        breaker.release();

        assertThat(breaker.allowsRequest(later)).isTrue();
    }

    private static CircuitBreaker open() {
        CircuitBreaker breaker = new CircuitBreaker(5, Duration.ofMinutes(5));
        for (int i = 0; i < 5; i++) {
            breaker.recordFailure(T0);
        }
        return breaker;
    }
}
