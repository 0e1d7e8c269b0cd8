package org.survivorvoice.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.TestDatabase;

@QuarkusTest
class AuditServiceTest {

    @Inject Fixtures fixtures;

    /**
     * The triggers hold even for the migration account; the service's own account may not even try
     * (DatabaseAccountsTest).
     */
    @Test
    void auditRowsCannotBeUpdatedOrDeleted() throws SQLException {
        fixtures.user(Roles.ADMIN, null);
        try (Connection c = TestDatabase.migrationConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate(
                    "insert into audit_log (occurred_at, actor, action, object_type)"
                            + " values (now(6), 'tester', 'READ', 'survivor')");
            assertThatThrownBy(() -> s.executeUpdate("update audit_log set actor = 'someone'"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("delete from audit_log"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
            try (var rs = s.executeQuery("select count(*) from audit_log where actor = 'tester'")) {
                rs.next();
                assertThat(rs.getInt(1)).isPositive();
            }
        }
    }
}
