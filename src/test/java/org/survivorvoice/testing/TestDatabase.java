package org.survivorvoice.testing;

import io.quarkus.test.common.QuarkusTestResource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Registers the embedded database for every {@code @QuarkusTest} of the run, and opens the one
 * privileged connection tests may use.
 */
@QuarkusTestResource(EmbeddedMariaDbTestResource.class)
public final class TestDatabase {

    private TestDatabase() {}

    /**
     * A connection with the migration account (Flyway's), for the few tests that must do what the
     * service's own account may not, such as proving what that account cannot do to the audit log.
     * Everything else uses the application's datasource.
     */
    public static Connection migrationConnection() throws SQLException {
        Config config = ConfigProvider.getConfig();
        return DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.flyway.username", String.class),
                config.getValue("quarkus.flyway.password", String.class));
    }
}
