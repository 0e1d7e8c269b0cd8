package org.survivorvoice.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.survivorvoice.common.config.SurvivorVoiceConfig;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.RequestWindowRows;
import org.survivorvoice.testing.SecondReplica;

/**
 * SAFETY A3 across replicas: wrong passwords sent to two instances sharing one database lock the
 * user name at the same total as on one instance (five by default), not at twice it.
 */
@QuarkusTest
class LoginThrottleReplicasTest {

    @Inject Fixtures fixtures;
    @Inject SurvivorVoiceConfig config;
    @Inject Clock clock;

    @Test
    void failuresSplitOverTwoInstancesLockAtTheSameTotal() {
        LoginThrottle second =
                new LoginThrottle(SecondReplica.requestWindows(clock), config, clock);
        String user = fixtures.user(Roles.FIELDWORKER, null);
        int max = config.login().maxFailures();
        assertThat(max).isEqualTo(5);

        wrongPassword(user).then().statusCode(401);
        wrongPassword(user).then().statusCode(401);
        second.failed(user);
        second.failed(user);
        // four of five: both instances still let her try
        assertThat(second.lockedFor(user)).isEmpty();
        wrongPassword(user).then().statusCode(401);

        // the fifth failure was on this instance; the second refuses too
        assertThat(second.lockedFor(user))
                .hasValueSatisfying(wait -> assertThat(wait).isPositive());
        as(user).get("/api/v1/areas").then().statusCode(429);
    }

    @Test
    void aSuccessOnOneInstanceClearsTheCountOnBoth() {
        LoginThrottle second =
                new LoginThrottle(SecondReplica.requestWindows(clock), config, clock);
        String user = fixtures.user(Roles.FIELDWORKER, null);
        second.failed(user);
        second.failed(user);
        second.failed(user);
        second.failed(user);

        as(user).get("/api/v1/areas").then().statusCode(200);

        assertThat(second.standing(user).failures()).isZero();
        for (int i = 0; i < 4; i++) {
            wrongPassword(user).then().statusCode(401);
        }
        as(user).get("/api/v1/areas").then().statusCode(200);
    }

    @Test
    void theUserNameIsStoredOnlyAsAKeyedHash() {
        LoginThrottle second =
                new LoginThrottle(SecondReplica.requestWindows(clock), config, clock);
        String user = fixtures.user(Roles.FIELDWORKER, null);
        second.failed(user);
        assertThat(RequestWindowRows.keysOf(LoginThrottle.PURPOSE))
                .allSatisfy(
                        key ->
                                assertThat(new String(key, java.nio.charset.StandardCharsets.UTF_8))
                                        .doesNotContain(user))
                .allSatisfy(key -> assertThat(key).hasSize(32));
    }

    private static io.restassured.response.Response wrongPassword(String user) {
        return given().auth().preemptive().basic(user, "not-her-password").get("/api/v1/areas");
    }
}
