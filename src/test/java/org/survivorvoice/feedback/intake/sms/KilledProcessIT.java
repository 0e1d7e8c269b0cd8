package org.survivorvoice.feedback.intake.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
import org.survivorvoice.testing.PackagedAppDatabase.InboundRow;
import org.survivorvoice.testing.Staff;

/**
 * SAFETY F3, a killed process loses nothing it acknowledged: the packaged application takes signed
 * Twilio SMS ratings from several clients at once and is killed with SIGKILL in the middle of them;
 * once a new instance has started on the same database, every message that was answered with a
 * TwiML reply is stored, PROCESSED, with its rating. The unanswered ones are then sent again, as
 * Twilio retries them, and every message ends with exactly one rating, however far the first copy
 * got. Run alone with {@code ./mvnw verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=KilledProcessIT} ({@code -DskipITs} skips it); each instance's output is kept in {@code
 * target/killed-process-it/}.
 */
class KilledProcessIT {

    private static final Path WORK = Path.of("target", "killed-process-it");
    private static final String PATH = "/twilio/sms";
    private static final int CLIENTS = 8;

    /** Answers to wait for before the kill, so that it falls in the middle of the load. */
    private static final int ACKNOWLEDGED_BEFORE_KILL = 40;

    private static final HttpClient HTTP =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(2))
                    .build();

    private static PackagedAppDatabase db;
    private static Map<String, String> env;
    private static final List<PackagedApp> instances = new ArrayList<>();

    /** One SMS as Twilio would send it, and what the instance answered (null: no answer). */
    private record Sent(String sid, String phone, String body, String answer) {

        boolean acknowledged() {
            return answer != null && answer.contains("<Message>");
        }
    }

    @BeforeAll
    static void startDatabaseAndInstance() throws Exception {
        assertThat(PackagedApp.JAR).as("the packaged application (mvn package)").exists();
        db = PackagedAppDatabase.start(WORK);
        env = db.environment();
        // the token TwilioRequests signs with
        env.put("SURVIVOR_VOICE_TWILIO_AUTH_TOKEN", TwilioRequests.TOKEN);
        start("before-kill");
    }

    @AfterAll
    static void stopEverything() throws Exception {
        try {
            for (PackagedApp instance : instances) {
                instance.stop();
            }
        } finally {
            if (db != null) {
                db.stop();
            }
        }
    }

    @Test
    void everyAcknowledgedRatingOutlivesSigkill() throws Exception {
        PackagedApp first = instances.get(0);
        db.insertUser("it-admin", "admin");
        String code = provider(first);

        List<Sent> sent = loadUntilKilled(first, code);
        List<Sent> acknowledged = sent.stream().filter(Sent::acknowledged).toList();
        List<Sent> unanswered = sent.stream().filter(s -> !s.acknowledged()).toList();
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);

        PackagedApp second = start("after-kill");
        Map<String, InboundRow> stored = inbound();
        for (Sent s : acknowledged) {
            assertThat(stored.get(s.sid()))
                    .as("acknowledged message %s after the kill", s.sid())
                    .isNotNull()
                    .satisfies(
                            row -> {
                                assertThat(row.status()).isEqualTo("PROCESSED");
                                assertThat(row.ratingId()).isNotNull();
                            });
        }
        long storedUnanswered =
                unanswered.stream().filter(s -> stored.containsKey(s.sid())).count();
        long leftReceived =
                unanswered.stream()
                        .map(s -> stored.get(s.sid()))
                        .filter(row -> row != null && row.status().equals("RECEIVED"))
                        .count();

        // Twilio sends again what got no answer; what was answered, it does not, but a copy of it
        // must still find the first answer and add nothing
        for (Sent s : unanswered) {
            assertThat(post(second, s).acknowledged())
                    .as("unanswered message sent again after the restart")
                    .isTrue();
        }
        for (Sent s : acknowledged.subList(0, 5)) {
            assertThat(post(second, s).answer()).isEqualTo(s.answer());
        }

        db.assertEachRatedOnce(sent.stream().map(Sent::sid).toList(), code, 4);

        second.stop();
        for (PackagedApp instance : instances) {
            String log = instance.logText();
            assertThat(log).as(instance.name() + " log").doesNotContain("R " + code);
            for (Sent s : sent) {
                assertThat(log).as(instance.name() + " log").doesNotContain(s.phone().substring(3));
            }
        }
        System.out.printf(
                "KilledProcessIT: %d messages sent, %d acknowledged before SIGKILL, %d unanswered"
                        + " (%d of them stored, %d left RECEIVED), all %d rated once after the"
                        + " restart%n",
                sent.size(),
                acknowledged.size(),
                unanswered.size(),
                storedUnanswered,
                leftReceived,
                sent.size());
    }

    /**
     * Ratings from {@link #CLIENTS} clients, each from a phone of its own, until enough have been
     * answered; then SIGKILL while requests are in flight. Returns every message sent, each with
     * its answer or none; the clients stop at their first request after the kill.
     */
    private static List<Sent> loadUntilKilled(PackagedApp instance, String code) throws Exception {
        Set<Sent> all = ConcurrentHashMap.newKeySet();
        AtomicInteger answered = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        int firstPhone = 10_000_000 + ThreadLocalRandom.current().nextInt(80_000_000);
        AtomicInteger phones = new AtomicInteger(firstPhone);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            clients.submit(
                    () -> {
                        while (!killed.get()) {
                            Sent s =
                                    post(
                                            instance,
                                            new Sent(
                                                    SmsRecords.messageSid(),
                                                    "+9198" + phones.getAndIncrement(),
                                                    "R " + code + " 4 N",
                                                    null));
                            all.add(s);
                            if (s.acknowledged()) {
                                answered.incrementAndGet();
                            }
                        }
                        return null;
                    });
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (answered.get() < ACKNOWLEDGED_BEFORE_KILL && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        // a little later still, at a moment of its own in each run
        Thread.sleep(ThreadLocalRandom.current().nextInt(200, 1_000));
        instance.kill();
        killed.set(true);
        clients.shutdown();
        assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        return List.copyOf(all);
    }

    /** One signed SMS to the instance; the answer is kept only when it is a 200. */
    private static Sent post(PackagedApp instance, Sent sms) {
        Map<String, String> params = TwilioRequests.sms(sms.sid(), sms.phone(), sms.body());
        HttpRequest request =
                TwilioRequests.signedRequest(
                        instance.baseUrl(), PATH, params, Duration.ofSeconds(20));
        try {
            HttpResponse<String> response =
                    HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Sent(
                    sms.sid(),
                    sms.phone(),
                    sms.body(),
                    response.statusCode() == 200 ? response.body() : null);
        } catch (IOException e) {
            // refused, reset or cut off by the kill: Twilio would count it as not delivered
            return new Sent(sms.sid(), sms.phone(), sms.body(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Sent(sms.sid(), sms.phone(), sms.body(), null);
        }
    }

    private static PackagedApp start(String name) throws InterruptedException {
        // the signature is checked against the public URL TwilioRequests signs for
        PackagedApp instance =
                PackagedApp.start(
                        name,
                        WORK.resolve(name),
                        env,
                        Map.of("survivor-voice.public-base-url", TwilioRequests.BASE_URL));
        instances.add(instance);
        instance.awaitReady(Duration.ofSeconds(120));
        return instance;
    }

    private static String provider(PackagedApp instance) {
        long state = Staff.area(instance.as("it-admin"), "IT State", "STATE", null);
        long district = Staff.area(instance.as("it-admin"), "IT District", "DISTRICT", state);
        return Staff.provider(instance.as("it-admin"), "IT Police Station", "POLICE", district);
    }

    // --- the database, straight through JDBC ---

    private static Map<String, InboundRow> inbound() throws SQLException {
        return db.twilioInbound();
    }
}
