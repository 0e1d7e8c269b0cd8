package org.survivorvoice.feedback.intake.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.PackagedApp;
import org.survivorvoice.testing.PackagedAppDatabase;
import org.survivorvoice.testing.PackagedAppDatabase.InboundRow;
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

    private static Map<String, HttpResponse<String>> whileAway = Map.of();

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
        whileAway.forEach(
                (path, answer) -> {
                    System.out.printf(
                            "DatabaseOutageIT: GET %s while the database was away: %d%n",
                            path, answer.statusCode());
                    assertThat(answer.statusCode()).as(path).isEqualTo(503);
                    assertThat(answer.headers().firstValue("Retry-After")).as(path).isPresent();
                    assertThat(answer.headers().firstValue("Content-Type").orElse(""))
                            .as(path)
                            .startsWith(
                                    path.startsWith("/api/")
                                            ? "application/problem+json"
                                            : "text/html");
                });

        // the sweep handles what was stored but not handled, without any retry
        Map<String, InboundRow> stored = awaitNoneReceived();
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

        db.assertEachRatedOnce(sent.stream().map(Sent::sid).toList(), code, 4);

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
                            // about 60 messages a second in all: enough to meet the outage
                            // everywhere, few enough that the retries do not dominate the run
                            Thread.sleep(100);
                        }
                        return null;
                    });
        }
        awaitAnswered(answered, ACKNOWLEDGED_BEFORE_OUTAGE);
        db.pause();
        long outageStarted = System.nanoTime();
        whileAway = probesWhileAway();
        Thread.sleep(
                Math.max(0, OUTAGE.toMillis() - (System.nanoTime() - outageStarted) / 1_000_000));
        db.resume();
        awaitAnswered(answered, answered.get() + ACKNOWLEDGED_BEFORE_OUTAGE);
        done.set(true);
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        return List.copyOf(all);
    }

    /**
     * What a survivor page, a staff page and the API answer while the database is away: 503 with
     * Retry-After, a page on a page and a problem on the API, never a 500.
     */
    private static Map<String, HttpResponse<String>> probesWhileAway() throws Exception {
        Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
        for (String path : List.of("/rate", "/staff/district", "/api/v1/areas")) {
            HttpRequest request =
                    HttpRequest.newBuilder(URI.create(app.baseUrl() + path))
                            .timeout(Duration.ofSeconds(20))
                            .header(
                                    "Authorization",
                                    "Basic "
                                            + Base64.getEncoder()
                                                    .encodeToString(
                                                            ("it-admin:" + Fixtures.PASSWORD)
                                                                    .getBytes(
                                                                            StandardCharsets
                                                                                    .UTF_8)))
                            .GET()
                            .build();
            answers.put(path, HTTP.send(request, HttpResponse.BodyHandlers.ofString()));
        }
        return answers;
    }

    private static void awaitAnswered(AtomicInteger answered, int count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (answered.get() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(answered.get()).as("answered messages").isGreaterThanOrEqualTo(count);
    }

    /** Waits for the sweep to leave no message RECEIVED; the rows by MessageSid. */
    private static Map<String, InboundRow> awaitNoneReceived() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        Map<String, InboundRow> rows = inbound();
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
                TwilioRequests.signedRequest(app.baseUrl(), PATH, params, Duration.ofSeconds(20));
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

    private static Map<String, InboundRow> inbound() throws SQLException {
        return db.twilioInbound();
    }
}
