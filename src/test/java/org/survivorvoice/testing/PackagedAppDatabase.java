package org.survivorvoice.testing;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.survivorvoice.common.persistence.EmbeddedMariaDb;

/**
 * The embedded MariaDB that integration tests ({@code *IT}) run {@link PackagedApp} instances
 * against, in a work folder of their own that is emptied first: the environment an instance needs
 * to use it, and JDBC access for what no API does (the first users) and for checking what was
 * stored.
 */
public final class PackagedAppDatabase {

    private final Path work;
    private final EmbeddedMariaDb db;

    private PackagedAppDatabase(Path work, EmbeddedMariaDb db) {
        this.work = work;
        this.db = db;
    }

    /** Empties {@code work} and starts a database server with its files under {@code work/db}. */
    public static PackagedAppDatabase start(Path work) {
        deleteTree(work);
        return new PackagedAppDatabase(
                work, EmbeddedMariaDb.start(work.resolve("db/base"), work.resolve("db/data")));
    }

    /**
     * The environment of an instance using this database, with vault keys of this run only: secrets
     * go through the environment, as in production. Modifiable, for more of them.
     */
    public Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", db.jdbcUrl());
        EmbeddedMariaDb.accountProperties()
                .forEach((key, value) -> env.put(key.toUpperCase().replace('.', '_'), value));
        env.put("SURVIVOR_VOICE_VAULT_ENCRYPTION_KEY", randomKey());
        env.put("SURVIVOR_VOICE_VAULT_INDEX_KEY", randomKey());
        return env;
    }

    /**
     * A staff user with password {@link Fixtures#PASSWORD} (bcrypt, cost 4): no profile but dev
     * creates users, so tests write their own.
     */
    public void insertUser(String username, String role) throws SQLException {
        try (Connection c = connect();
                PreparedStatement s =
                        c.prepareStatement(
                                "INSERT INTO app_user (username, password_hash, role, active,"
                                        + " created_at, updated_at) VALUES (?, ?, ?, TRUE,"
                                        + " UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))")) {
            s.setString(1, username);
            s.setString(2, BcryptUtil.bcryptHash(Fixtures.PASSWORD, 4));
            s.setString(3, role);
            s.executeUpdate();
        }
    }

    /** A connection with the migration account, which may write and read every table. */
    public Connection connect() throws SQLException {
        return db.migrationConnection();
    }

    /** Stops the server and keeps its files: a database outage, ended by {@link #resume()}. */
    public void pause() {
        db.stop();
    }

    /** Starts the paused server again, on the same port with the same data. */
    public void resume() {
        db.startAgain();
    }

    /** Stops the server and deletes its files, which are large; the rest of the folder stays. */
    public void stop() {
        db.stop();
        deleteTree(work.resolve("db"));
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
