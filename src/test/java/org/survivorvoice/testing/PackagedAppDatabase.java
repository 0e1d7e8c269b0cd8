package org.survivorvoice.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
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

    /** A stored Twilio message: its status and the rating it became, if any. */
    public record InboundRow(String status, Long ratingId) {}

    /** The stored Twilio messages by MessageSid. */
    public Map<String, InboundRow> twilioInbound() throws SQLException {
        Map<String, InboundRow> rows = new HashMap<>();
        try (Connection c = connect();
                PreparedStatement s =
                        c.prepareStatement(
                                "SELECT external_id, status, rating_id FROM inbound_message"
                                        + " WHERE gateway = 'twilio'");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long rating = rs.getLong(3);
                rows.put(
                        rs.getString(1),
                        new InboundRow(rs.getString(2), rs.wasNull() ? null : rating));
            }
        }
        return rows;
    }

    /** The overall answers of the provider's SMS ratings, one per rating. */
    public List<Integer> smsOverallAnswers(String providerCode) throws SQLException {
        List<Integer> overall = new ArrayList<>();
        try (Connection c = connect();
                PreparedStatement s =
                        c.prepareStatement(
                                "SELECT r.overall FROM rating r JOIN provider p ON p.id ="
                                    + " r.provider_id WHERE p.code = ? AND r.channel = 'SMS'")) {
            s.setString(1, providerCode);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    overall.add(rs.getInt(1));
                }
            }
        }
        return overall;
    }

    /**
     * Exactly the given Twilio messages are stored, each PROCESSED into a rating of its own, and
     * the provider has exactly those SMS ratings, each with the overall answer the messages gave:
     * nothing acknowledged lost, nothing rated twice.
     */
    public void assertEachRatedOnce(List<String> messageSids, String providerCode, int overall)
            throws SQLException {
        Map<String, InboundRow> stored = twilioInbound();
        assertThat(stored.keySet()).containsExactlyInAnyOrderElementsOf(messageSids);
        assertThat(stored.values())
                .allSatisfy(
                        row -> {
                            assertThat(row.status()).isEqualTo("PROCESSED");
                            assertThat(row.ratingId()).isNotNull();
                        });
        assertThat(stored.values().stream().map(InboundRow::ratingId).distinct())
                .as("one rating of its own per message")
                .hasSize(messageSids.size());
        assertThat(smsOverallAnswers(providerCode))
                .as("ratings of the provider, none twice")
                .hasSize(messageSids.size())
                .allMatch(o -> o == overall);
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
