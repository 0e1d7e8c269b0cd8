package org.survivorvoice.outreach.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.survivorvoice.survivor.SafeWindow;
import org.survivorvoice.testing.FakeTwilio;
import org.survivorvoice.testing.FakeTwilio.Received;
import org.survivorvoice.testing.FakeTwilioServer;
import org.survivorvoice.testing.PackagedApp;
import org.survivorvoice.testing.PackagedAppDatabase;
import org.survivorvoice.testing.Staff;

/**
 * Two instances of the packaged application, as two replicas would run, against one embedded
 * MariaDB: staff work spread over both, the outbox dispatched by the clustered Quartz job of
 * whichever instance wins each firing, and every invitation reaches the (loopback) fake Twilio
 * exactly once; then the instance that sent most stops and the other one sends what follows. Run
 * alone with {@code ./mvnw verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=TwoInstancesIT} ({@code -DskipITs} skips it); each instance's output is kept in {@code
 * target/two-instances-it/}.
 */
class TwoInstancesIT {

    private static final Path WORK = Path.of("target", "two-instances-it");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final int SURVIVORS = 20;
    private static final int AFTER_FAILOVER = 4;
    private static final Pattern LINK_TOKEN = Pattern.compile("/r/([A-Za-z0-9_-]{16,})");
    private static final Pattern OUTBOX_RUN = Pattern.compile("Outbox run: (\\d+) sent");

    private static PackagedAppDatabase db;
    private static FakeTwilioServer twilio;
    private static final List<PackagedApp> nodes = new ArrayList<>();

    @BeforeAll
    static void startTwoInstances() throws Exception {
        assertThat(PackagedApp.JAR).as("the packaged application (mvn package)").exists();
        db = PackagedAppDatabase.start(WORK);
        twilio = new FakeTwilioServer();

        Map<String, String> env = db.environment();
        env.put("SURVIVOR_VOICE_TWILIO_ACCOUNT_SID", FakeTwilioServer.ACCOUNT_SID);
        env.put("SURVIVOR_VOICE_TWILIO_AUTH_TOKEN", FakeTwilioServer.AUTH_TOKEN);
        for (String name : List.of("node-a", "node-b")) {
            Map<String, String> properties = new LinkedHashMap<>();
            properties.put("survivor-voice.time-zone", KOLKATA.getId());
            properties.put("survivor-voice.outreach.sender", "twilio");
            properties.put("survivor-voice.outreach.twilio.api-base-url", twilio.baseUrl());
            properties.put("survivor-voice.outreach.sms.from", "+15005550006");
            properties.put("survivor-voice.outreach.dispatch-every", "2s");
            // clustered Quartz tells members apart by instance id; fixed ones can be checked
            properties.put("quarkus.quartz.instance-id", "it-" + name);
            // one after the other, as a rolling start does: two instances booting at the same
            // moment on a fresh database can race to store the same Quartz job, and one then
            // fails to start (README "Known limits")
            PackagedApp node = PackagedApp.start(name, WORK.resolve(name), env, properties);
            nodes.add(node);
            node.awaitReady(Duration.ofSeconds(120));
        }
    }

    @AfterAll
    static void stopEverything() throws Exception {
        try {
            for (PackagedApp node : nodes) {
                node.stop();
            }
        } finally {
            if (twilio != null) {
                twilio.stop();
            }
            if (db != null) {
                db.stop();
            }
        }
    }

    @Test
    void eachInvitationReachesTwilioOnceFromTwoInstances() throws Exception {
        PackagedApp a = nodes.get(0);
        PackagedApp b = nodes.get(1);
        db.insertUser("it-admin", "admin");
        db.insertUser("it-fieldworker", "fieldworker");
        long state = area(a, "IT State", "STATE", null);
        long district = area(b, "IT District", "DISTRICT", state);
        long block = area(a, "IT Block", "BLOCK", district);
        String provider = provider(b, block);
        LocalTime[] window = openAllDayButAnHourAgo();

        // both serving: enrolments and encounters alternate between the instances
        Map<String, Long> survivorOfPhone = new LinkedHashMap<>();
        invite(List.of(a, b), SURVIVORS, block, provider, window, survivorOfPhone);
        awaitAccepted(survivorOfPhone.keySet());
        assertThat(a.alive() && a.ready()).as("node-a still serving").isTrue();
        assertThat(b.alive() && b.ready()).as("node-b still serving").isTrue();
        assertThat(clusterMembers()).contains("it-node-a", "it-node-b");
        assertEachSentOnce(survivorOfPhone);

        // Quartz fires each trigger on one member, often the same one: stop the busier instance,
        // and the other one's scheduler must take the job over and send what comes next
        PackagedApp busier = sentBy(a) >= sentBy(b) ? a : b;
        PackagedApp other = busier == a ? b : a;
        busier.stop();
        invite(List.of(other), AFTER_FAILOVER, block, provider, window, survivorOfPhone);
        awaitAccepted(survivorOfPhone.keySet());
        assertThat(other.alive() && other.ready()).as(other.name() + " still serving").isTrue();
        List<String> tokens = assertEachSentOnce(survivorOfPhone);

        other.stop();
        Map<String, Integer> sent = new LinkedHashMap<>();
        for (PackagedApp node : nodes) {
            sent.put(node.name(), sentBy(node));
            String log = node.logText();
            for (String phone : survivorOfPhone.keySet()) {
                assertThat(log).as(node.name() + " log").doesNotContain(phone.substring(3));
            }
            for (String token : tokens) {
                assertThat(log).as(node.name() + " log").doesNotContain(token);
            }
        }
        System.out.println("TwoInstancesIT: messages sent per instance " + sent);
        assertThat(sent.values().stream().mapToInt(Integer::intValue).sum())
                .as("sends the instances logged")
                .isEqualTo(survivorOfPhone.size());
        assertThat(sent.get(other.name()))
                .as("sends after the fail-over")
                .isGreaterThanOrEqualTo(AFTER_FAILOVER);
    }

    /**
     * Enrols {@code count} survivors (every consent: the invitation goes as an SMS link) and logs
     * an encounter of each, taking the instances in turn, and the other one for the encounter when
     * there are two.
     */
    private static void invite(
            List<PackagedApp> via,
            int count,
            long block,
            String provider,
            LocalTime[] window,
            Map<String, Long> survivorOfPhone) {
        for (int i = 0; i < count; i++) {
            String phone = "9" + (100_000_000 + ThreadLocalRandom.current().nextInt(899_999_999));
            long survivor =
                    Staff.enrol(
                            via.get(i % via.size()).as("it-fieldworker"),
                            block,
                            phone,
                            window[0],
                            window[1]);
            survivorOfPhone.put("+91" + phone, survivor);
            Staff.encounter(via.get((i + 1) % via.size()).as("it-fieldworker"), survivor, provider);
        }
    }

    /**
     * Waits until Twilio accepted a message for every phone, then two dispatch periods more. After
     * a stop the remaining instance takes the job over only once Quartz declares the stopped member
     * failed (its 15 s check-in interval plus 7.5 s), hence the long limit.
     */
    private static void awaitAccepted(Set<String> phones) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            Set<String> accepted =
                    FakeTwilio.received(twilio.baseUrl()).stream()
                            .filter(Received::accepted)
                            .map(r -> r.form().get("To"))
                            .collect(Collectors.toSet());
            if (accepted.containsAll(phones)) {
                break;
            }
            Thread.sleep(250);
        }
        // a second send of any of them would show up now
        Thread.sleep(5_000);
    }

    /**
     * Twilio got exactly one request per phone, all accepted, each with its own link; the outbox
     * holds one message per survivor, sent at the first attempt. Returns the links' tokens.
     */
    private static List<String> assertEachSentOnce(Map<String, Long> survivorOfPhone)
            throws SQLException {
        List<Received> received = FakeTwilio.received(twilio.baseUrl());
        assertThat(received).as("requests Twilio received").hasSize(survivorOfPhone.size());
        assertThat(received)
                .allMatch(Received::accepted)
                .allMatch(r -> r.resource().equals("Messages"));
        Map<String, Long> perPhone =
                received.stream()
                        .collect(
                                Collectors.groupingBy(
                                        r -> r.form().get("To"), Collectors.counting()));
        assertThat(perPhone.keySet()).isEqualTo(survivorOfPhone.keySet());
        assertThat(perPhone.values()).allMatch(n -> n == 1);
        List<String> tokens = new ArrayList<>();
        for (Received r : received) {
            Matcher link = LINK_TOKEN.matcher(r.form().get("Body"));
            assertThat(link.find()).as("the invitation carries its link").isTrue();
            tokens.add(link.group(1));
        }
        assertThat(new HashSet<>(tokens))
                .as("one distinct link per message")
                .hasSize(survivorOfPhone.size());
        assertOutboxSentOnce(survivorOfPhone.values());
        return tokens;
    }

    /** Messages the instance logged as sent in its outbox runs. */
    private static int sentBy(PackagedApp node) {
        Matcher run = OUTBOX_RUN.matcher(node.logText());
        int sent = 0;
        while (run.find()) {
            sent += Integer.parseInt(run.group(1));
        }
        return sent;
    }

    /**
     * A safe window open at every moment of this test: from one minute after to one hour before now
     * in Kolkata, crossing midnight (a window whose ends are equal is empty, never "always").
     */
    private static LocalTime[] openAllDayButAnHourAgo() {
        LocalTime to = LocalTime.now(KOLKATA).minusHours(1).truncatedTo(ChronoUnit.MINUTES);
        LocalTime from = to.plusMinutes(1);
        SafeWindow window = new SafeWindow(from, to, KOLKATA);
        Instant now = Instant.now();
        assertThat(window.contains(now) && window.contains(now.plus(Duration.ofMinutes(30))))
                .isTrue();
        return new LocalTime[] {from, to};
    }

    private static void assertOutboxSentOnce(Collection<Long> survivors) throws SQLException {
        List<Map<String, Object>> rows =
                query(
                        "SELECT m.survivor_id, m.status, m.attempts, m.sender,"
                                + " m.idempotency_key, m.provider_message_id, i.status AS"
                                + " invitation_status, i.channel FROM outbox_message m JOIN"
                                + " invitation i ON i.id = m.invitation_id");
        assertThat(rows).hasSize(survivors.size());
        assertThat(rows.stream().map(r -> ((Number) r.get("survivor_id")).longValue()).toList())
                .containsExactlyInAnyOrderElementsOf(survivors);
        assertThat(rows)
                .allSatisfy(
                        r -> {
                            assertThat(r.get("status")).isEqualTo("SENT");
                            assertThat(((Number) r.get("attempts")).intValue()).isOne();
                            assertThat(r.get("sender")).isEqualTo("twilio");
                            assertThat(r.get("provider_message_id")).isNotNull();
                            assertThat(r.get("invitation_status")).isEqualTo("SENT");
                            assertThat(r.get("channel")).isEqualTo("SMS_LINK");
                        });
        assertThat(distinct(rows, r -> r.get("idempotency_key"))).hasSize(survivors.size());
        assertThat(distinct(rows, r -> r.get("provider_message_id"))).hasSize(survivors.size());
    }

    private static Set<Object> distinct(
            List<Map<String, Object>> rows, Function<Map<String, Object>, Object> column) {
        return rows.stream().map(column).collect(Collectors.toSet());
    }

    private static List<String> clusterMembers() throws SQLException {
        return query(
                        "SELECT INSTANCE_NAME FROM QRTZ_SCHEDULER_STATE WHERE SCHED_NAME ="
                                + " 'survivor-voice'")
                .stream()
                .map(r -> (String) r.get("INSTANCE_NAME"))
                .toList();
    }

    // --- staff work through the API of either instance ---

    private static long area(PackagedApp node, String name, String level, Long parent) {
        return Staff.area(node.as("it-admin"), name, level, parent);
    }

    private static String provider(PackagedApp node, long area) {
        return Staff.provider(node.as("it-admin"), "IT Gram Panchayat", "PANCHAYAT", area);
    }

    // --- the shared database, straight through JDBC ---

    private static List<Map<String, Object>> query(String sql) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Map<String, Object> row = new HashMap<>();
                for (int i = 1; i <= columns; i++) {
                    row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
