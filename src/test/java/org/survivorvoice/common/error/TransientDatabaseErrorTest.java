package org.survivorvoice.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;

/**
 * SAFETY F2: which failures leave a message RECEIVED for a retry (the database away, the pool
 * empty, a lock conflict) and which mark it FAILED (the same message would fail again).
 */
class TransientDatabaseErrorTest {

    @Test
    void aLostConnectionIsTransient() {
        var refused = new SQLNonTransientConnectionException("Socket fail to connect", "08000");
        assertThat(TransientDatabaseError.isTransient(new GenericJDBCException("x", refused)))
                .isTrue();
    }

    @Test
    void thePoolsAcquisitionTimeoutIsTransient() {
        var timeout = new SQLException("Sorry, acquisition timeout!");
        assertThat(
                        TransientDatabaseError.isTransient(
                                new IllegalStateException(
                                        new GenericJDBCException("acquire", timeout))))
                .isTrue();
    }

    @Test
    void aDeadlockAndALockWaitTimeoutAreTransient() {
        assertThat(TransientDatabaseError.isTransient(new SQLException("deadlock", "40001", 1213)))
                .isTrue();
        assertThat(TransientDatabaseError.isTransient(new SQLException("wait", "HY000", 1205)))
                .isTrue();
    }

    @Test
    void aFailedCommitIsTransientWhenItsFlushLostTheConnection() {
        RollbackException commit = new RollbackException("could not commit");
        commit.addSuppressed(new SQLNonTransientConnectionException("gone", "08S01"));
        assertThat(TransientDatabaseError.isTransient(commit)).isTrue();
    }

    @Test
    void aBodyThatDoesNotOpenOrAConstraintViolationIsPermanent() {
        assertThat(
                        TransientDatabaseError.isTransient(
                                new IllegalStateException("Opening an inbound message failed")))
                .isFalse();
        var duplicate = new SQLIntegrityConstraintViolationException("dup", "23000", 1062);
        assertThat(
                        TransientDatabaseError.isTransient(
                                new ConstraintViolationException("dup", duplicate, "uk")))
                .isFalse();
        assertThat(TransientDatabaseError.isTransient(new SQLException("syntax", "42000", 1064)))
                .isFalse();
    }
}
