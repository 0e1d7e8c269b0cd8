package org.survivorvoice.bench;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The storage ceiling: raw JDBC, with the application's account and JDBC URL on the same database,
 * doing what one request of a path writes, in as many transactions, from as many connections as the
 * load has, as fast as the database lets it. No HTTP, no framework, no parsing, no reads but the
 * row lock the write protocol takes. What one request of the real path did is counted from the
 * server's counters ({@link StatementCounts}) and printed next to what a replay does, so that a
 * change of the path that the replay does not follow shows.
 *
 * <p>Signed SMS webhook (InboundSmsService): transaction 1 stores the raw message ({@code INSERT
 * ... ON DUPLICATE KEY UPDATE}, committed on its own); transaction 2 locks its row ({@code SELECT
 * ... FOR UPDATE}), inserts the rating and updates the message once with its status, rating and
 * reply. Survivor form (WebRatings): the per-address request window ({@code INSERT ... ON DUPLICATE
 * KEY UPDATE} of one row, auto-committed), then the rating in a transaction.
 */
final class StorageCeiling {

    /** What one replay loop measured. */
    record Run(long requests, double seconds, double p50Ms, double p99Ms, long errors) {

        double perSecond() {
            return requests / seconds;
        }
    }

    /** The fixed values a replay needs, read from what the real path stored. */
    record Shape(
            long providerId,
            String period,
            String windowPurpose,
            byte[] windowKeyHash,
            long windowStart,
            long windowExpires) {}

    /** The replay's messages are stored under a gateway of their own, apart from Twilio's. */
    static final String GATEWAY = "bench-ceiling";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String url;
    private final String user;
    private final String password;
    private final Shape shape;

    StorageCeiling(String url, String user, String password, Shape shape) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.shape = shape;
    }

    /**
     * Reads the replay's fixed values from the database: the period of the benchmark provider's
     * newest rating, the id of a provider of the same category kept for the replay (so that the
     * path's ratings can be counted apart from the replay's), and the request window the form posts
     * counted in.
     */
    static Shape shapeOf(Connection c, String providerCode, String ceilingProviderCode)
            throws SQLException {
        String period;
        try (PreparedStatement s =
                c.prepareStatement(
                        "SELECT r.period FROM provider p JOIN rating r ON r.provider_id = p.id"
                                + " WHERE p.code = ? ORDER BY r.id DESC LIMIT 1")) {
            s.setString(1, providerCode);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no rating of the benchmark provider yet");
                }
                period = rs.getString(1);
            }
        }
        long provider;
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM provider WHERE code = ?")) {
            s.setString(1, ceilingProviderCode);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                provider = rs.getLong(1);
            }
        }
        try (Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery(
                                "SELECT purpose, key_hash, window_start, expires_at FROM"
                                        + " request_window ORDER BY hits DESC LIMIT 1")) {
            if (!rs.next()) {
                throw new IllegalStateException("no request window counted yet");
            }
            return new Shape(
                    provider,
                    period,
                    rs.getString(1),
                    rs.getBytes(2),
                    rs.getLong(3),
                    rs.getLong(4));
        }
    }

    /** A connection as the application opens one. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** Replays webhooks from {@code connections} connections for {@code seconds}. */
    Run webhooks(int connections, double seconds) throws Exception {
        return loop(connections, seconds, this::webhook);
    }

    /** Replays form submissions from {@code connections} connections for {@code seconds}. */
    Run forms(int connections, double seconds) throws Exception {
        return loop(connections, seconds, this::form);
    }

    /** Replays {@code n} webhooks one after the other (for counting what one does). */
    void webhooks(int n) throws SQLException {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            for (int i = 0; i < n; i++) {
                webhook(c);
            }
        }
    }

    /** Replays {@code n} form submissions one after the other. */
    void forms(int n) throws SQLException {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            for (int i = 0; i < n; i++) {
                form(c);
            }
        }
    }

    private void webhook(Connection c) throws SQLException {
        String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
        Timestamp now = Timestamp.from(Instant.now());
        byte[] phoneIndex = random(32);
        byte[] body = random(120);
        // transaction 1: the raw message, auto-committed before it is read, as the path does
        c.setAutoCommit(true);
        try (PreparedStatement s =
                c.prepareStatement(
                        "INSERT INTO inbound_message (gateway, external_id, phone_index,"
                                + " body_ciphertext, status, received_at, created_at,"
                                + " updated_at) VALUES (?, ?, ?, ?, 'RECEIVED', ?, ?, ?) ON"
                                + " DUPLICATE KEY UPDATE id = id")) {
            s.setString(1, GATEWAY);
            s.setString(2, sid);
            s.setBytes(3, phoneIndex);
            s.setBytes(4, body);
            s.setTimestamp(5, now);
            s.setTimestamp(6, now);
            s.setTimestamp(7, now);
            s.executeUpdate();
        }
        c.setAutoCommit(false);
        // transaction 2: under the row's lock, the rating and the message's outcome
        long id;
        try (PreparedStatement s =
                c.prepareStatement(
                        "SELECT id FROM inbound_message WHERE gateway = ? AND external_id = ?"
                                + " FOR UPDATE")) {
            s.setString(1, GATEWAY);
            s.setString(2, sid);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        long rating = insertRating(c, "SMS", "sms:" + UUID.randomUUID(), now);
        updateMessage(
                c,
                id,
                null,
                "RATE",
                rating,
                "Thank you. Your answers are saved.",
                "PROCESSED",
                phoneIndex,
                sid,
                now);
        c.commit();
    }

    private void updateMessage(
            Connection c,
            long id,
            byte[] body,
            String command,
            Long rating,
            String reply,
            String status,
            byte[] phoneIndex,
            String sid,
            Timestamp now)
            throws SQLException {
        // every column, as Hibernate's update of the entity writes them
        try (PreparedStatement s =
                c.prepareStatement(
                        "UPDATE inbound_message SET body_ciphertext = ?, command = ?, external_id"
                                + " = ?, gateway = ?, handled_at = ?, phone_index = ?, rating_id ="
                                + " ?, received_at = ?, reply_text = ?, status = ?, updated_at = ?"
                                + " WHERE id = ?")) {
            s.setBytes(1, body);
            s.setString(2, command);
            s.setString(3, sid);
            s.setString(4, GATEWAY);
            s.setTimestamp(5, now);
            s.setBytes(6, phoneIndex);
            if (rating == null) {
                s.setNull(7, java.sql.Types.BIGINT);
            } else {
                s.setLong(7, rating);
            }
            s.setTimestamp(8, now);
            s.setString(9, reply);
            s.setString(10, status);
            s.setTimestamp(11, now);
            s.setLong(12, id);
            s.executeUpdate();
        }
    }

    private long insertRating(Connection c, String channel, String raterKey, Timestamp now)
            throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement(
                        "INSERT INTO rating (overall, dignity, listened, timeliness, outcome,"
                                + " money_asked, channel, comment, created_at, encounter_id,"
                                + " language, period, provider_id, rated_at, rater_key,"
                                + " survivor_id, updated_at, verified) VALUES (4, 5, 4, 3, 5,"
                                + " FALSE, ?, NULL, ?, NULL, 'en', ?, ?, ?, ?, NULL, ?, FALSE)",
                        Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, channel);
            s.setTimestamp(2, now);
            s.setString(3, shape.period());
            s.setLong(4, shape.providerId());
            s.setTimestamp(5, now);
            s.setString(6, raterKey);
            s.setTimestamp(7, now);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private void form(Connection c) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        // the per-address window, one auto-committed statement, as RequestWindows counts it
        c.setAutoCommit(true);
        try (PreparedStatement s =
                c.prepareStatement(
                        "INSERT INTO request_window (purpose, key_hash, window_start, expires_at,"
                                + " hits) VALUES (?, ?, ?, ?, LAST_INSERT_ID(1)) ON DUPLICATE KEY"
                                + " UPDATE hits = LAST_INSERT_ID(LEAST(hits + 1, 1000000000))")) {
            s.setString(1, shape.windowPurpose());
            s.setBytes(2, shape.windowKeyHash());
            s.setLong(3, shape.windowStart());
            s.setLong(4, shape.windowExpires());
            s.executeUpdate();
        }
        c.setAutoCommit(false);
        insertRating(c, "WEB", "web:" + UUID.randomUUID(), now);
        c.commit();
    }

    private interface Replay {
        void once(Connection c) throws SQLException;
    }

    private Run loop(int connections, double seconds, Replay replay) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        List<Callable<long[]>> workers = new ArrayList<>();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        for (int i = 0; i < connections; i++) {
            workers.add(
                    () -> {
                        List<Long> micros = new ArrayList<>();
                        long errors = 0;
                        try (Connection c = connect()) {
                            c.setAutoCommit(false);
                            while (System.nanoTime() < end) {
                                long t = System.nanoTime();
                                try {
                                    replay.once(c);
                                    micros.add((System.nanoTime() - t) / 1_000);
                                } catch (SQLException e) {
                                    errors++;
                                    c.rollback();
                                }
                            }
                        }
                        long[] out = new long[micros.size() + 1];
                        out[0] = errors;
                        for (int j = 0; j < micros.size(); j++) {
                            out[j + 1] = micros.get(j);
                        }
                        return out;
                    });
        }
        List<Long> all = new ArrayList<>();
        long errors = 0;
        for (Future<long[]> f : pool.invokeAll(workers)) {
            long[] r = f.get();
            errors += r[0];
            for (int j = 1; j < r.length; j++) {
                all.add(r[j]);
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Collections.sort(all);
        return new Run(
                all.size(), elapsed, quantile(all, 0.50) / 1e3, quantile(all, 0.99) / 1e3, errors);
    }

    static double quantile(List<Long> sorted, double q) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(q * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }
}
