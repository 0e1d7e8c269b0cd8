package org.survivorvoice.common.persistence;

import io.quarkus.logging.Log;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Grants the application account its rights table by table after every migration, with the
 * migration account's connection, so a table a later migration adds is usable at once and nothing
 * else changes: read and write on tables, read on views, only read and insert on the append-only
 * audit log, and nothing on Flyway's history. MySQL cannot take one table out of a schema-wide
 * grant, hence a grant per table; no right to alter, drop, truncate or add triggers anywhere.
 */
final class ApplicationAccountGrants implements Callback {

    /** Tables whose rows the application may add and read but never change (SAFETY A2). */
    static final Set<String> APPEND_ONLY = Set.of("audit_log");

    private final String grantee;

    /** {@code user} and {@code host} as the account was created. */
    ApplicationAccountGrants(String user, String host) {
        this.grantee = "'" + quoted(user) + "'@'" + quoted(host) + "'";
    }

    /**
     * The rights of the application account on one table or view of the schema; empty for the
     * migration history, which only Flyway touches.
     */
    static Optional<String> rightsOn(String table, boolean view, String historyTable) {
        if (table.equalsIgnoreCase(historyTable)) {
            return Optional.empty();
        }
        if (view) {
            return Optional.of("SELECT");
        }
        if (APPEND_ONLY.contains(table.toLowerCase(Locale.ROOT))) {
            return Optional.of("SELECT, INSERT");
        }
        return Optional.of("SELECT, INSERT, UPDATE, DELETE");
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        String history = context.getConfiguration().getTable();
        try (Statement s = context.getConnection().createStatement()) {
            Map<String, String> grants = grants(context.getConnection(), history);
            for (Map.Entry<String, String> grant : grants.entrySet()) {
                s.execute(
                        "GRANT " + grant.getValue() + " ON `" + grant.getKey() + "` TO " + grantee);
            }
            Log.infof("Granted the application account its rights on %d tables", grants.size());
        } catch (SQLException e) {
            // the SQL error names the account and table only, never a row value
            throw new FlywayException("The application account could not be granted its rights", e);
        }
    }

    @Override
    public String getCallbackName() {
        return "applicationAccountGrants";
    }

    private static Map<String, String> grants(Connection c, String history) throws SQLException {
        Map<String, String> grants = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery(
                                "SELECT table_name, table_type FROM information_schema.tables"
                                        + " WHERE table_schema = DATABASE() ORDER BY table_name")) {
            while (rs.next()) {
                String table = rs.getString(1);
                rightsOn(table, "VIEW".equals(rs.getString(2)), history)
                        .ifPresent(rights -> grants.put(table, rights));
            }
        }
        return grants;
    }

    private static String quoted(String name) {
        if (!name.matches("[A-Za-z0-9_.%-]+")) {
            throw new IllegalArgumentException("Not an account name: " + name);
        }
        return name;
    }
}
