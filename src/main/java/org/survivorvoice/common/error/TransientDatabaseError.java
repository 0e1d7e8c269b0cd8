package org.survivorvoice.common.error;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;

/**
 * Tells a failure that says nothing about the message (the database away, the pool empty, a lock
 * conflict) from one that would happen again with the same message (a body that no longer opens, a
 * bug). Only the first kind may leave a message RECEIVED for a retry or the sweep; the second kind
 * marks it FAILED so that it is not tried forever (SAFETY F2). Any other request that meets the
 * first kind is answered 503 with Retry-After rather than 500 ({@code ProblemMappers}).
 */
public final class TransientDatabaseError {

    /** MySQL and MariaDB: lock wait timeout, deadlock, server shutdown in progress. */
    private static final int LOCK_WAIT_TIMEOUT = 1205;

    private static final int DEADLOCK = 1213;
    private static final int SERVER_SHUTDOWN = 1053;

    private TransientDatabaseError() {}

    /** Whether anything in the cause chain is a transient database failure. */
    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JDBCConnectionException
                    || t instanceof LockAcquisitionException
                    || t instanceof PessimisticLockException
                    || t instanceof LockTimeoutException
                    || t instanceof QueryTimeoutException
                    || t instanceof SQLTransientException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && isTransient(sql)) {
                return true;
            }
            // a failed commit carries the flush's failure as a suppressed exception
            for (Throwable suppressed : t.getSuppressed()) {
                if (isTransient(suppressed)) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static boolean isTransient(SQLException e) {
        String state = e.getSQLState();
        if (state == null) {
            // the pool's own refusals ("acquisition timeout") carry no SQLState; every error the
            // server or the driver reports does
            return e.getErrorCode() == 0;
        }
        // class 08: connection exception; class 40: transaction rollback (deadlock, serialization)
        return state.startsWith("08")
                || state.startsWith("40")
                || e.getErrorCode() == LOCK_WAIT_TIMEOUT
                || e.getErrorCode() == DEADLOCK
                || e.getErrorCode() == SERVER_SHUTDOWN;
    }
}
