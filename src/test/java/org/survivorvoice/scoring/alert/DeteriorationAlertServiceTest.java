package org.survivorvoice.scoring.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.survivorvoice.testing.Fixtures.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.security.Roles;
import org.survivorvoice.testing.Fixtures;

/** The update service against the embedded database: two updates at once. */
@QuarkusTest
class DeteriorationAlertServiceTest {

    @Inject Fixtures fixtures;
    @Inject DeteriorationAlertService alerts;

    private static int[] overall(String pattern) {
        return pattern.chars().map(c -> c == 'D' ? 2 : 5).toArray();
    }

    @Test
    void secondUpdateWaitsForTheFirstToCommitAndStoresNoAlertTwice() throws Exception {
        Area district = fixtures.district();
        String worse = fixtures.provider(district.id, "SOCIAL_WORKER", "Block social worker");
        fixtures.ratingSequence(worse, null, "2015-Q1", overall("S".repeat(30)));
        // from here on the states table holds rows to lock (on an empty table two first updates
        // would both get past the lock, and the unique keys would fail the second)
        alerts.update();
        fixtures.ratingSequence(worse, null, "2015-Q1", overall("D".repeat(10)));
        CountDownLatch updated = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);

        CompletableFuture<DeteriorationRun> first =
                CompletableFuture.supplyAsync(
                        () ->
                                QuarkusTransaction.requiringNew()
                                        .call(
                                                () -> {
                                                    DeteriorationRun run = alerts.update();
                                                    updated.countDown();
                                                    commit.await(30, TimeUnit.SECONDS);
                                                    return run;
                                                }));
        assertThat(updated.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<DeteriorationRun> second = CompletableFuture.supplyAsync(alerts::update);
        Thread.sleep(500);

        assertThat(second).isNotDone();
        commit.countDown();
        assertThat(first.get(30, TimeUnit.SECONDS).newAlerts()).isGreaterThanOrEqualTo(1);
        assertThat(second.get(30, TimeUnit.SECONDS).processedRatings()).isZero();
        as(fixtures.user(Roles.ADMIN, null))
                .get("/api/v1/alerts?district=" + district.id)
                .then()
                .statusCode(200)
                .body("total", equalTo(1));
    }
}
