package org.survivorvoice.common.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.survivorvoice.testing.CapturedLog;

/**
 * A database error the service did not expect is logged without the driver's message, which quotes
 * the value that failed (SAFETY D2): here a duplicate key holding a planted phone number.
 */
@QuarkusTest
class UnexpectedFailureLogTest {

    /** A phone number used nowhere else, as the duplicated key. */
    private static final String CANARY = "9830012345";

    @Inject EntityManager entityManager;

    @Test
    void duplicateEntryIsLoggedWithoutTheDuplicatedValue() {
        try (CapturedLog log = CapturedLog.install()) {
            insertUser();
            try {
                Throwable duplicate = catchThrowable(this::insertUser);
                assertThat(duplicate).isNotNull();
                assertThat(duplicate).as("the driver's message").hasStackTraceContaining(CANARY);

                Response response =
                        new ProblemMappers().unexpected((Exception) duplicate, "/api/v1/areas");

                assertThat(response.getStatus()).isEqualTo(500);
                assertThat(response.getEntity().toString()).doesNotContain(CANARY);
                assertThat(log.text())
                        .contains("Unexpected failure")
                        .contains(
                                "SQLIntegrityConstraintViolationException (SQLState 23000, error"
                                        + " 1062)")
                        .doesNotContain(CANARY)
                        .doesNotContain("Duplicate entry");
            } finally {
                QuarkusTransaction.requiringNew()
                        .run(
                                () ->
                                        entityManager
                                                .createNativeQuery(
                                                        "delete from app_user where username = ?1")
                                                .setParameter(1, CANARY)
                                                .executeUpdate());
            }
        }
    }

    @Test
    void describesTheCauseChainWithoutMessages() {
        Exception failure =
                new IllegalStateException(
                        "comment " + CANARY, new java.sql.SQLException("Data too long", "22001"));

        String text = LoggableFailure.describe(failure);

        assertThat(text)
                .startsWith("java.lang.IllegalStateException")
                .contains("Caused by: java.sql.SQLException (SQLState 22001, error 0)")
                .contains("\tat org.survivorvoice.common.error.UnexpectedFailureLogTest")
                .doesNotContain(CANARY)
                .doesNotContain("Data too long");
    }

    private void insertUser() {
        QuarkusTransaction.requiringNew()
                .run(
                        () ->
                                entityManager
                                        .createNativeQuery(
                                                "insert into app_user (username, password_hash,"
                                                        + " role, active, created_at, updated_at)"
                                                        + " values (?1, 'x', 'ADMIN', true,"
                                                        + " utc_timestamp(6), utc_timestamp(6))")
                                        .setParameter(1, CANARY)
                                        .executeUpdate());
    }
}
