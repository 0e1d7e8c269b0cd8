package org.survivorvoice.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.survivorvoice.testing.TestDatabase;

/**
 * The service's database account may add and read audit rows and nothing more; only the migration
 * account may change the schema (SAFETY A2). Each refused statement would change or destroy the
 * audit log if it ran, so the account, not the audit log's triggers, must refuse it.
 */
@QuarkusTest
class DatabaseAccountsTest {

    /** MySQL's and MariaDB's "command denied to user ... for table": a missing right. */
    private static final int TABLE_ACCESS_DENIED = 1142;

    private static final String GRANTEE =
            "concat('''', substring_index(current_user(), '@', 1), '''@''',"
                    + " substring_index(current_user(), '@', -1), '''')";

    @Inject AgroalDataSource dataSource;

    @Test
    void applicationAccountAddsAndReadsAuditRows() throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate(
                    "insert into audit_log (occurred_at, actor, action, object_type)"
                            + " values (now(6), 'accounts-test', 'READ', 'survivor')");
            try (ResultSet rs =
                    s.executeQuery(
                            "select count(*) from audit_log where actor = 'accounts-test'")) {
                rs.next();
                assertThat(rs.getInt(1)).isPositive();
            }
        }
    }

    @Test
    void applicationAccountCannotChangeOrRemoveAuditRowsOrTheirTriggers() throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            assertDenied(s, "update audit_log set actor = 'someone else'");
            assertDenied(s, "delete from audit_log");
            assertDenied(s, "truncate table audit_log");
            assertDenied(s, "alter table audit_log add column note varchar(10)");
            assertDenied(s, "alter table audit_log comment = 'writable'");
            assertDenied(s, "drop trigger trg_audit_log_no_update");
            assertDenied(s, "drop trigger trg_audit_log_no_delete");
            assertDenied(
                    s,
                    "create trigger trg_audit_log_probe before insert on audit_log"
                            + " for each row set new.actor = 'nobody'");
            assertDenied(s, "rename table audit_log to audit_log_old");
            assertDenied(s, "drop table audit_log");
        }
        try (Connection c = TestDatabase.migrationConnection();
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery(
                                "select count(*) from information_schema.triggers"
                                        + " where trigger_schema = database()"
                                        + " and event_object_table = 'audit_log'")) {
            rs.next();
            assertThat(rs.getInt(1)).as("the audit log's triggers").isEqualTo(2);
        }
    }

    @Test
    void applicationAccountHoldsOnlyRowRightsTableByTable() throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            assertThat(rights(s, "user_privileges", "privilege_type"))
                    .as("rights on every schema")
                    .containsOnly("USAGE");
            assertThat(rights(s, "schema_privileges", "privilege_type"))
                    .as("rights on the whole schema")
                    .isEmpty();
            assertThat(rights(s, "table_privileges", "privilege_type"))
                    .as("rights on tables")
                    .isNotEmpty()
                    .containsOnly("SELECT", "INSERT", "UPDATE", "DELETE");
            assertThat(rights(s, "table_privileges", "concat(table_name, ' ', privilege_type)"))
                    .contains("audit_log SELECT", "audit_log INSERT", "rating UPDATE")
                    .doesNotContain("audit_log UPDATE", "audit_log DELETE")
                    .noneMatch(right -> right.startsWith("flyway_schema_history "));
        }
    }

    private static List<String> rights(Statement s, String view, String column)
            throws SQLException {
        List<String> rights = new ArrayList<>();
        try (ResultSet rs =
                s.executeQuery(
                        "select "
                                + column
                                + " from information_schema."
                                + view
                                + " where grantee = "
                                + GRANTEE)) {
            while (rs.next()) {
                rights.add(rs.getString(1));
            }
        }
        return rights;
    }

    private static void assertDenied(Statement s, String sql) {
        SQLException refused = catchThrowableOfType(SQLException.class, () -> s.execute(sql));
        assertThat((Object) refused).as(sql + " is refused").isNotNull();
        assertThat(refused.getErrorCode()).as(sql).isEqualTo(TABLE_ACCESS_DENIED);
    }
}
