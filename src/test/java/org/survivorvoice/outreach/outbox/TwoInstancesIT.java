package org.survivorvoice.outreach.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.survivorvoice.common.i18n.SurvivorLanguage;
import org.survivorvoice.common.i18n.SurvivorMessages;
import org.survivorvoice.feedback.intake.twilio.TwilioRequests;
import org.survivorvoice.feedback.intake.twilio.TwimlXml;
import org.survivorvoice.survivor.SafeWindow;
import org.survivorvoice.testing.FakeTwilio;
import org.survivorvoice.testing.FakeTwilio.Received;
import org.survivorvoice.testing.FakeTwilioServer;
import org.survivorvoice.testing.PackagedApp;
import org.survivorvoice.testing.PackagedAppDatabase;
import org.survivorvoice.testing.Staff;

/**
 * Two instances of the packaged application, as two replicas would run, against one embedded
 * MariaDB: an invitation's SMS conversation whose replies reach the instances in turn, a cron job
 * of the clustered Quartz store that runs once per firing across both, then staff work spread over
 * both, the outbox dispatched by the clustered Quartz job of whichever instance wins each firing,
 * and every invitation reaches the (loopback) fake Twilio exactly once; then the instance that sent
 * most stops and the other one sends what follows (the tests run in this order). Run alone with
 * {@code ./mvnw verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=TwoInstancesIT} ({@code -DskipITs} skips it); each instance's output is kept in {@code
 * target/two-instances-it/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

    private static final Path WORK = Path.of("target", "two-instances-it");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final int SURVIVORS = 20;
    private static final int AFTER_FAILOVER = 4;
    private static final Pattern LINK_TOKEN = Pattern.compile("/r/([A-Za-z0-9_-]{16,})");
    private static final Pattern OUTBOX_RUN = Pattern.compile("Outbox run: (\\d+) sent");

    /** The retention purge logs one line per run; both instances fire it every 10 s here. */
    private static final String PURGE_CRON = "0/10 * * * * ?";

    private static final Pattern PURGE_RUN =
            Pattern.compile(
                    "^(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3}) INFO .*Retention purge: ",
                    Pattern.MULTILINE);
    private static final DateTimeFormatter LOG_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS");
    private static final HttpClient HTTP =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();

    private static PackagedAppDatabase db;
    private static FakeTwilioServer twilio;
    private static final List<PackagedApp> nodes = new ArrayList<>();

    /** Invitations the outbox sent besides those of the staff-work test. */
    private static int otherInvitations;

    private static long block;
    private static String provider;

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
            // both sign-check webhooks against one public URL, as replicas behind one host do
            properties.put("survivor-voice.public-base-url", TwilioRequests.BASE_URL);
            properties.put("survivor-voice.retention.purge-cron", PURGE_CRON);
            // one after the other, as a rolling start does: two instances booting at the same
            // moment on a fresh database can race to store the same Quartz job, and one then
            // fails to start (README "Known limits")
            PackagedApp node = PackagedApp.start(name, WORK.resolve(name), env, properties);
            nodes.add(node);
            node.awaitReady(Duration.ofSeconds(120));
        }
        // the programme every test works in, set up through both instances
        db.insertUser("it-admin", "admin");
        db.insertUser("it-fieldworker", "fieldworker");
        long state = area(nodes.get(0), "IT State", "STATE", null);
        long district = area(nodes.get(1), "IT District", "DISTRICT", state);
        block = area(nodes.get(0), "IT Block", "BLOCK", district);
        provider = provider(nodes.get(1), block);
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
    @Order(1)
    void anSmsConversationContinuesWhenItsRepliesReachTheOtherInstance() throws Exception {
        PackagedApp a = nodes.get(0);
        PackagedApp b = nodes.get(1);
        LocalTime[] window = openAllDayButAnHourAgo();

        // SMS consent only: the invitation is a conversation, asked in Bengali
        String phone = "9" + (100_000_000 + ThreadLocalRandom.current().nextInt(899_999_999));
        long survivor = enrolForSmsOnly(a, phone, window);
        long encounter = Staff.encounter(b.as("it-fieldworker"), survivor, provider);
        otherInvitations++;
        awaitAccepted(Set.of("+91" + phone));
        List<Received> question =
                FakeTwilio.received(twilio.baseUrl()).stream()
                        .filter(r -> r.form().get("To").equals("+91" + phone))
                        .toList();
        assertThat(question).as("one invitation, sent once").hasSize(1);
        assertThat(question.get(0).form().get("Body"))
                .as("a question, not a link")
                .doesNotContain("/r/");
        SurvivorMessages messages = new SurvivorMessages();

        // each answer to another instance than the one before: the conversation lives in the
        // database
        List<String> sids = new ArrayList<>();
        assertThat(reply(a, "+91" + phone, "4", sids))
                .isEqualTo(messages.text(SurvivorLanguage.BN, "sms.conversation.dignity"));
        assertThat(reply(b, "+91" + phone, "5", sids))
                .isEqualTo(messages.text(SurvivorLanguage.BN, "sms.conversation.money"));
        assertThat(reply(a, "+91" + phone, "N", sids))
                .isEqualTo(messages.text(SurvivorLanguage.BN, "sms.thanks"));

        List<Map<String, Object>> ratings =
                query(
                        "SELECT channel, verified, language, overall, dignity, money_asked FROM"
                                + " rating WHERE survivor_id = ?",
                        survivor);
        assertThat(ratings).as("one rating of the conversation").hasSize(1);
        Map<String, Object> rating = ratings.get(0);
        assertThat(rating.get("channel")).isEqualTo("SMS");
        assertThat(rating.get("verified")).as("the invitation's encounter").isIn(true, 1, (byte) 1);
        assertThat(rating.get("language")).isEqualTo("bn");
        assertThat(((Number) rating.get("overall")).intValue()).isEqualTo(4);
        assertThat(((Number) rating.get("dignity")).intValue()).isEqualTo(5);
        assertThat(rating.get("money_asked")).isIn(false, 0, (byte) 0);
        assertThat(query("SELECT id FROM rating WHERE encounter_id = ?", encounter)).hasSize(1);
        Map<String, PackagedAppDatabase.InboundRow> inbound = db.twilioInbound();
        assertThat(sids)
                .allSatisfy(sid -> assertThat(inbound.get(sid).status()).isEqualTo("PROCESSED"));
        for (PackagedApp node : nodes) {
            assertThat(node.logText()).as(node.name() + " log").doesNotContain(phone);
        }
    }

    @Test
    @Order(2)
    void aCronJobRunsOncePerFiringAcrossBothInstances() throws Exception {
        // wait for three more firings while both instances are members of the cluster
        int before = purgeRuns().size();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (purgeRuns().size() < before + 3 && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        assertThat(clusterMembers()).contains("it-node-a", "it-node-b");
        List<LocalDateTime> runs = purgeRuns();
        assertThat(runs.size()).as("purge runs logged").isGreaterThanOrEqualTo(before + 3);

        // each firing (every 10 s) ran on one instance: two runs of one firing would start
        // together, so no two runs may lie closer than half the period
        List<LocalDateTime> sorted = runs.stream().sorted().toList();
        for (int i = 1; i < sorted.size(); i++) {
            assertThat(Duration.between(sorted.get(i - 1), sorted.get(i)))
                    .as("runs at %s and %s", sorted.get(i - 1), sorted.get(i))
                    .isGreaterThanOrEqualTo(Duration.ofSeconds(5));
        }
        Map<String, Integer> perNode = new LinkedHashMap<>();
        for (PackagedApp node : nodes) {
            perNode.put(node.name(), purgeRunsOf(node).size());
        }
        System.out.println("TwoInstancesIT: retention purge runs per instance " + perNode);
    }

    @Test
    @Order(3)
    void eachInvitationReachesTwilioOnceFromTwoInstances() throws Exception {
        PackagedApp a = nodes.get(0);
        PackagedApp b = nodes.get(1);
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
                .isEqualTo(survivorOfPhone.size() + otherInvitations);
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
        List<Received> received =
                FakeTwilio.received(twilio.baseUrl()).stream()
                        .filter(r -> survivorOfPhone.containsKey(r.form().get("To")))
                        .toList();
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

    /**
     * Sends her SMS to the instance as Twilio would (signed for the shared public URL, a fresh
     * MessageSid) and returns the reply the TwiML carries.
     */
    private static String reply(PackagedApp node, String from, String body, List<String> sids)
            throws Exception {
        String sid = "SM" + java.util.UUID.randomUUID().toString().replace("-", "");
        sids.add(sid);
        HttpResponse<String> response =
                HTTP.send(
                        TwilioRequests.signedRequest(
                                node.baseUrl(),
                                "/twilio/sms",
                                TwilioRequests.sms(sid, from, body),
                                Duration.ofSeconds(30)),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(node.name() + " answered").isEqualTo(200);
        return TwimlXml.parse(response.body()).message();
    }

    /** When each retention purge of either instance ran, from their logs. */
    private static List<LocalDateTime> purgeRuns() {
        List<LocalDateTime> runs = new ArrayList<>();
        for (PackagedApp node : nodes) {
            runs.addAll(purgeRunsOf(node));
        }
        return runs;
    }

    private static List<LocalDateTime> purgeRunsOf(PackagedApp node) {
        List<LocalDateTime> runs = new ArrayList<>();
        Matcher line = PURGE_RUN.matcher(node.logText());
        while (line.find()) {
            runs.add(LocalDateTime.parse(line.group(1), LOG_TIME));
        }
        return runs;
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
                                        + " invitation_status, i.channel FROM outbox_message m"
                                        + " JOIN invitation i ON i.id = m.invitation_id")
                        .stream()
                        .filter(
                                r ->
                                        survivors.contains(
                                                ((Number) r.get("survivor_id")).longValue()))
                        .toList();
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

    /** Enrols a Bengali-speaking survivor who consents to SMS only; returns her id. */
    private static long enrolForSmsOnly(PackagedApp node, String phone, LocalTime[] window) {
        Number id =
                node.as("it-fieldworker")
                        .body(
                                Map.of(
                                        "phone",
                                        phone,
                                        "language",
                                        "bn",
                                        "areaId",
                                        block,
                                        "consent",
                                        Map.of(
                                                "sms", true,
                                                "ivr", false,
                                                "webLink", false,
                                                "reporting", true),
                                        "safeHours",
                                        Map.of(
                                                "from", window[0].toString(),
                                                "to", window[1].toString())))
                        .post("/api/v1/survivors")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        return id.longValue();
    }

    private static long area(PackagedApp node, String name, String level, Long parent) {
        return Staff.area(node.as("it-admin"), name, level, parent);
    }

    private static String provider(PackagedApp node, long area) {
        return Staff.provider(node.as("it-admin"), "IT Gram Panchayat", "PANCHAYAT", area);
    }

    // --- the shared database, straight through JDBC ---

    private static List<Map<String, Object>> query(String sql, Object... parameters)
            throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Connection c = db.connect();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            collect(s.executeQuery(), rows);
        }
        return rows;
    }

    private static void collect(ResultSet result, List<Map<String, Object>> rows)
            throws SQLException {
        try (ResultSet rs = result) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Map<String, Object> row = new HashMap<>();
                for (int i = 1; i <= columns; i++) {
                    row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                }
                rows.add(row);
            }
        }
    }
}
