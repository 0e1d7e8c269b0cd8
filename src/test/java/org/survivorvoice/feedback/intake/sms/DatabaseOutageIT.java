package org.survivorvoice.feedback.intake.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.survivorvoice.feedback.intake.twilio.TwilioRequests;
import org.survivorvoice.testing.PackagedApp;
import org.survivorvoice.testing.PackagedAppDatabase;
import org.survivorvoice.testing.Staff;

/**
 * SAFETY F2, the database goes away under load: the packaged application takes signed Twilio SMS
 * ratings from several clients while its database server is stopped and, some seconds later,
 * started again. Every message answered with a TwiML reply ends PROCESSED with its rating; every
 * other answer is a 503 (never a 500, never a hung request), which Twilio retries when the webhook
 * URL carries the README's overrides; messages stored before the failure are handled by the sweep
 * without any retry; and when the 503 ones are sent again, every message ends with exactly one
 * rating. An {@code *IT} against a database of its own, because stopping the shared test database
 * would break every other test class of the run. Run alone with {@code ./mvnw verify -Dtest=NONE
 * -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=DatabaseOutageIT}; the instance's output is
 * kept in {@code target/database-outage-it/}.
 */
class DatabaseOutageIT {

    private static final Path WORK = Path.of("target", "database-outage-it");
    private static final String PATH = "/twilio/sms";
    private static final int CLIENTS = 6;
    private static final int ACKNOWLEDGED_BEFORE_OUTAGE = 30;
    private static final Duration OUTAGE = Duration.ofSeconds(8);

    private static final HttpClient HTTP =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(2))
                    .build();

    private static PackagedAppDatabase db;
    private static PackagedApp app;

    /** One SMS as Twilio would send it, its HTTP status (0: no answer), its reply and latency. */
    private record Sent(String sid, String phone, String body, int status, String answer, long ms) {

        boolean acknowledged() {
            return status == 200 && answer != null && answer.contains("<Message>");
        }
    }

    @BeforeAll
    static void startDatabaseAndInstance() throws Exception {
        assertThat(PackagedApp.JAR).as("the packaged application (mvn package)").exists();
        db = PackagedAppDatabase.start(WORK);
        Map<String, String> env = db.environment();
        env.put("SURVIVOR_VOICE_TWILIO_AUTH_TOKEN", TwilioRequests.TOKEN);
        // the sweep runs often and takes messages a few seconds old, so the test need not wait
        env.put("SURVIVOR_VOICE_SMS_SWEEP_EVERY", "2s");
        env.put("SURVIVOR_VOICE_SMS_SWEEP_AFTER", "5S");
        app =
                PackagedApp.start(
                        "outage",
                        WORK.resolve("outage"),
                        env,
                        Map.of("survivor-voice.public-base-url", TwilioRequests.BASE_URL));
        app.awaitReady(Duration.ofSeconds(120));
    }

    @AfterAll
    static void stopEverything() throws Exception {
        try {
            if (app != null) {
                app.stop();
            }
        } finally {
            if (db != null) {
                db.stop();
            }
        }
    }

    @Test
    void nothingAcknowledgedIsLostAndEveryRetriedMessageIsRatedOnce() throws Exception {
        db.insertUser("it-admin", "admin");
        String code = provider();

        List<Sent> sent = loadThroughOutage(code);
        List<Sent> acknowledged = sent.stream().filter(Sent::acknowledged).toList();
        List<Sent> refused = sent.stream().filter(s -> !s.acknowledged()).toList();
        assertThat(refused).as("answers other than a reply").allMatch(s -> s.status() == 503);
        assertThat(refused).as("messages refused while the database was away").isNotEmpty();

        // the sweep handles what was stored but not handled, without any retry
        Map<String, Inbound> stored = awaitNoneReceived();
        for (Sent s : acknowledged) {
            assertThat(stored.get(s.sid()))
                    .as("acknowledged message %s", s.sid())
                    .isNotNull()
                    .satisfies(
                            row -> {
                                assertThat(row.status()).isEqualTo("PROCESSED");
                                assertThat(row.ratingId()).isNotNull();
                            });
        }
        long swept = refused.stream().filter(s -> stored.containsKey(s.sid())).count();

        // Twilio sends the refused ones again (#rp=all); each is rated once, whoever came first
        for (Sent s : refused) {
            Sent retry = post(s);
            for (int i = 0; i < 5 && !retry.acknowledged(); i++) {
                Thread.sleep(1_000);
                retry = post(s);
            }
            assertThat(retry.acknowledged()).as("message %s sent again", s.sid()).isTrue();
        }
        for (Sent s : acknowledged.subList(0, 5)) {
            assertThat(post(s).answer()).isEqualTo(s.answer());
        }

        Map<String, Inbound> after = inbound();
        assertThat(after.keySet())
                .containsExactlyInAnyOrderElementsOf(sent.stream().map(Sent::sid).toList());
        assertThat(after.values())
                .allSatisfy(
                        row -> {
                            assertThat(row.status()).isEqualTo("PROCESSED");
                            assertThat(row.ratingId()).isNotNull();
                        });
        Set<Long> ratingIds = new HashSet<>();
        after.values().forEach(row -> ratingIds.add(row.ratingId()));
        assertThat(ratingIds).as("one rating of its own per message").hasSize(sent.size());
        assertThat(smsRatings(code))
                .as("ratings of the provider, none twice")
                .isEqualTo(sent.size());

        app.stop();
        String log = app.logText();
        assertThat(log).doesNotContain("R " + code);
        for (Sent s : sent) {
            assertThat(log).doesNotContain(s.phone().substring(3));
        }
        System.out.printf(
                "DatabaseOutageIT: %d messages, %d acknowledged, %d answered 503 (slowest %d ms;"
                        + " %d of them stored and swept), all rated once after retries%n",
                sent.size(),
                acknowledged.size(),
                refused.size(),
                refused.stream().mapToLong(Sent::ms).max().orElse(0),
                swept);
    }

    /**
     * Ratings from {@link #CLIENTS} clients, each from a phone of its own: the database stops once
     * enough are answered, starts again after {@link #OUTAGE}, and the load goes on until as many
     * more are answered.
     */
    private static List<Sent> loadThroughOutage(String code) throws Exception {
        ConcurrentLinkedQueue<Sent> all = new ConcurrentLinkedQueue<>();
        AtomicInteger answered = new AtomicInteger();
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger phones =
                new AtomicInteger(10_000_000 + ThreadLocalRandom.current().nextInt(80_000_000));
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            clients.submit(
                    () -> {
                        while (!done.get()) {
                            Sent s =
                                    post(
                                            new Sent(
                                                    SmsRecords.messageSid(),
                                                    "+9196" + phones.getAndIncrement(),
                                                    "R " + code + " 4 N",
                                                    0,
                                                    null,
                                                    0));
                            all.add(s);
                            if (s.acknowledged()) {
                                answered.incrementAndGet();
                            }
                            Thread.sleep(20);
                        }
                        return null;
                    });
        }
        awaitAnswered(answered, ACKNOWLEDGED_BEFORE_OUTAGE);
        db.pause();
        Thread.sleep(OUTAGE.toMillis());
        db.resume();
        awaitAnswered(answered, answered.get() + ACKNOWLEDGED_BEFORE_OUTAGE);
        done.set(true);
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        return List.copyOf(all);
    }

    private static void awaitAnswered(AtomicInteger answered, int count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (answered.get() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(answered.get()).as("answered messages").isGreaterThanOrEqualTo(count);
    }

    /** Waits for the sweep to leave no message RECEIVED; the rows by MessageSid. */
    private static Map<String, Inbound> awaitNoneReceived() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        Map<String, Inbound> rows = inbound();
        while (rows.values().stream().anyMatch(r -> r.status().equals("RECEIVED"))
                && System.nanoTime() < deadline) {
            Thread.sleep(500);
            rows = inbound();
        }
        assertThat(rows.values()).noneMatch(r -> r.status().equals("RECEIVED"));
        return rows;
    }

    /** One signed SMS; the answer kept with its status and how long it took. */
    private static Sent post(Sent sms) {
        Map<String, String> params = TwilioRequests.sms(sms.sid(), sms.phone(), sms.body());
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(app.baseUrl() + PATH))
                        .timeout(Duration.ofSeconds(20))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header(
                                "X-Twilio-Signature",
                                TwilioRequests.signature(
                                        TwilioRequests.TOKEN,
                                        TwilioRequests.BASE_URL + PATH,
                                        params))
                        .POST(HttpRequest.BodyPublishers.ofString(TwilioRequests.form(params)))
                        .build();
        long started = System.nanoTime();
        try {
            HttpResponse<String> response =
                    HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Sent(
                    sms.sid(),
                    sms.phone(),
                    sms.body(),
                    response.statusCode(),
                    response.body(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            // no answer (a hung request): Twilio would count it as not delivered
            return new Sent(sms.sid(), sms.phone(), sms.body(), 0, null, 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Sent(sms.sid(), sms.phone(), sms.body(), 0, null, 0);
        }
    }

    private static String provider() {
        long state = Staff.area(app.as("it-admin"), "Outage State", "STATE", null);
        long district = Staff.area(app.as("it-admin"), "Outage District", "DISTRICT", state);
        return Staff.provider(app.as("it-admin"), "Outage Police Station", "POLICE", district);
    }

    // --- the database, straight through JDBC ---

    private record Inbound(String status, Long ratingId) {}

    private static Map<String, Inbound> inbound() throws SQLException {
        Map<String, Inbound> rows = new HashMap<>();
        try (Connection c = db.connect();
                PreparedStatement s =
                        c.prepareStatement(
                                "SELECT external_id, status, rating_id FROM inbound_message"
                                        + " WHERE gateway = 'twilio'");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long rating = rs.getLong(3);
                rows.put(
                        rs.getString(1),
                        new Inbound(rs.getString(2), rs.wasNull() ? null : rating));
            }
        }
        return rows;
    }

    private static int smsRatings(String code) throws SQLException {
        List<Integer> overall = new ArrayList<>();
        try (Connection c = db.connect();
                PreparedStatement s =
                        c.prepareStatement(
                                "SELECT r.overall FROM rating r JOIN provider p ON p.id ="
                                    + " r.provider_id WHERE p.code = ? AND r.channel = 'SMS'")) {
            s.setString(1, code);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    overall.add(rs.getInt(1));
                }
            }
        }
        assertThat(overall).allMatch(o -> o == 4);
        return overall.size();
    }
}
