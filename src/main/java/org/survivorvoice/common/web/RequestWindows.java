package org.survivorvoice.common.web;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts requests per purpose and key (a client address, a user name, an invitation link) in fixed
 * windows kept in the database, so every replica counts against the same allowance (SAFETY A3, V4):
 * with counts in each instance's memory, N replicas allowed N times the attempts. Windows start at
 * multiples of their length since the epoch, so every replica agrees on them.
 *
 * <p>One statement per request: an atomic {@code INSERT ... ON DUPLICATE KEY UPDATE} that also
 * hands back the new count (through {@code LAST_INSERT_ID(expr)}, which MySQL 8 and MariaDB both
 * return in the statement's reply), outside any transaction. A key is stored only as an HMAC-SHA256
 * under a key derived from the blind-index key every replica shares, so the table holds no address,
 * user name or token, and a 2^32 address space cannot be hashed through to undo it.
 */
@ApplicationScoped
public class RequestWindows {

    /** A window of one key: when it started and how many requests it counted. */
    public record Window(Instant start, int hits) {}

    private static final String HIT =
            "INSERT INTO request_window (purpose, key_hash, window_start, expires_at, hits)"
                    + " VALUES (?, ?, ?, ?, LAST_INSERT_ID(1))"
                    + " ON DUPLICATE KEY UPDATE hits = LAST_INSERT_ID(LEAST(hits + 1, 1000000000))";

    private final DataSource database;
    private final Clock clock;
    private final SecretKeySpec key;

    public RequestWindows(
            DataSource database,
            Clock clock,
            @ConfigProperty(name = "survivor-voice.vault.index-key") String sharedSecret) {
        this.database = database;
        this.clock = clock;
        // a key of its own, derived from a secret every replica has, so the hashes here cannot be
        // matched with the phone numbers' blind index
        this.key =
                new SecretKeySpec(
                        hmac(
                                new SecretKeySpec(
                                        sharedSecret.getBytes(StandardCharsets.UTF_8),
                                        "HmacSHA256"),
                                "survivor-voice request windows"),
                        "HmacSHA256");
    }

    /**
     * Counts one request of the key; true while the key has made at most {@code max} requests in
     * the current window of the given length.
     */
    public boolean allow(String purpose, String key, int max, Duration length) {
        return hit(purpose, key, length, length) <= max;
    }

    /**
     * Counts one request of the key in the current window of the given length and returns the
     * window's count so far; the row is kept for {@code keep} from the window's start.
     */
    public int hit(String purpose, String key, Duration length, Duration keep) {
        Instant start = windowStart(clock.instant(), length);
        for (int attempt = 1; ; attempt++) {
            try {
                return hit(purpose, key, start, keep);
            } catch (SQLException e) {
                // two first requests of one key can deadlock on InnoDB's insert locks; one retry
                // then finds the row
                if (attempt >= 3 || !"40001".equals(e.getSQLState())) {
                    throw new IllegalStateException("request windows unavailable", e);
                }
            }
        }
    }

    private int hit(String purpose, String key, Instant start, Duration keep) throws SQLException {
        try (Connection c = database.getConnection();
                PreparedStatement insert =
                        c.prepareStatement(HIT, Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, purpose);
            insert.setBytes(2, hash(purpose, key));
            insert.setLong(3, start.getEpochSecond());
            insert.setLong(4, start.plus(keep).getEpochSecond());
            insert.executeUpdate();
            try (ResultSet count = insert.getGeneratedKeys()) {
                if (!count.next()) {
                    throw new IllegalStateException("the request count was not returned");
                }
                return count.getInt(1);
            }
        }
    }

    /** The key's windows that started after {@code since}, oldest first. */
    public List<Window> since(String purpose, String key, Instant since) {
        try (Connection c = database.getConnection();
                PreparedStatement select =
                        c.prepareStatement(
                                "SELECT window_start, hits FROM request_window"
                                        + " WHERE purpose = ? AND key_hash = ? AND window_start > ?"
                                        + " ORDER BY window_start")) {
            select.setString(1, purpose);
            select.setBytes(2, hash(purpose, key));
            select.setLong(3, since.getEpochSecond());
            List<Window> windows = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    windows.add(new Window(Instant.ofEpochSecond(rows.getLong(1)), rows.getInt(2)));
                }
            }
            return windows;
        } catch (SQLException e) {
            throw new IllegalStateException("request windows unavailable", e);
        }
    }

    /** Forgets every window of the key. */
    public void forget(String purpose, String key) {
        update(
                "DELETE FROM request_window WHERE purpose = ? AND key_hash = ?",
                purpose,
                hash(purpose, key));
    }

    /** Seconds until the current window of the given length ends (at least 1): a Retry-After. */
    public long secondsLeft(Duration length) {
        Instant now = clock.instant();
        long left = Duration.between(now, windowStart(now, length).plus(length)).toSeconds();
        return Math.max(1, left);
    }

    /** Deletes the windows whose time has passed, every ten minutes on one replica. */
    @Scheduled(
            identity = "request-windows-sweep",
            every = "10m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweepExpired() {
        sweep();
    }

    /** Deletes the windows whose time has passed; returns how many. */
    public int sweep() {
        return update(
                "DELETE FROM request_window WHERE expires_at < ?",
                clock.instant().getEpochSecond());
    }

    /** The start of the window of the given length that holds the instant. */
    public static Instant windowStart(Instant now, Duration length) {
        long seconds = Math.max(1, length.toSeconds());
        return Instant.ofEpochSecond(Math.floorDiv(now.getEpochSecond(), seconds) * seconds);
    }

    private int update(String sql, Object... parameters) {
        try (Connection c = database.getConnection();
                PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("request windows unavailable", e);
        }
    }

    private byte[] hash(String purpose, String value) {
        return hmac(key, purpose + '\0' + value);
    }

    private static byte[] hmac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC unavailable", e);
        }
    }
}
