package org.survivorvoice.bench;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.survivorvoice.common.persistence.EmbeddedMariaDb;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.demo.DemoSize;
import org.survivorvoice.testing.Fixtures;
import org.survivorvoice.testing.PackagedAppDatabase;
import org.survivorvoice.testing.Staff;

/**
 * The benchmark command's run ({@code ./mvnw verify -Pbenchmark}, through {@link
 * BenchmarkCommand}): the packaged application in a process of its own on an embedded MariaDB
 * started here, loaded by wrk in another process, every figure with its target and its ratios to
 * the framework's and the storage's ceilings, written to {@code target/bench/results.{json,md}}.
 *
 * <p>Parts, chosen with {@code -Dbench.parts} (default {@code scale,http}): {@code scale} loads the
 * demo's million ratings and times scoring, the scores API, the funnel chart and the funder
 * workbook; {@code http} times signed SMS webhooks at 1, 8 and 32 connections, survivor form
 * submissions at 8, the liveness endpoint and the storage ceiling under the same loads. Start-up is
 * always timed. {@code -Dbench.seconds} (default 15) is each load's length; {@code -Dbench.heap}
 * (default 768m) the application's maximum heap; {@code -Dbench.transaction-timeout} (e.g. 300s)
 * overrides the application's default transaction timeout. A missed target is reported, not failed;
 * a broken step (an error or non-2xx answer, a rating not stored) fails the run.
 */
public final class Benchmarks {

    static final Path WORK = Path.of("target", "bench-run");
    static final Path RESULTS = Path.of("target", "bench");

    private static final ZoneId ZONE = ZoneId.of("Asia/Kolkata");
    private static final String PUBLIC_BASE_URL = "https://survivor-voice.bench.example.org";
    private static final String ADMIN = "bench-admin";
    private static final String FUNDER = "bench-funder";
    private static final int[] CONNECTIONS = {1, 8, 32};
    private static final int FORM_CONNECTIONS = 8;
    private static final int COUNTED_REQUESTS = 200;
    private static final int WARM_UP = 20;
    private static final int TIMED = 200;
    private static final Pattern JOB_DONE =
            Pattern.compile("Report job (\\d+) done: report \\d+, (\\d+) bytes in (\\d+) ms");
    private static final Pattern WORKBOOK_STEPS =
            Pattern.compile(
                    "Workbook FUNDER \\S+: scores checked in (\\d+) ms, data read in (\\d+) ms,"
                            + " charts drawn in (\\d+) ms, sheets written in (\\d+) ms");

    private static final HttpClient HTTP =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();

    private final Results results = new Results();
    private final List<String> failures = new ArrayList<>();
    private final Set<String> parts;
    private final int seconds;
    private final String heap;
    private final int maxRate;
    private final String twilioToken = randomKey();

    private PackagedAppDatabase db;
    private Map<String, String> env;
    private Map<String, String> properties;
    private BenchApp app;

    Benchmarks() {
        this.parts =
                Set.copyOf(
                        Arrays.asList(
                                System.getProperty("bench.parts", "scale,http")
                                        .toLowerCase(Locale.ROOT)
                                        .split("\\s*,\\s*")));
        this.seconds = Integer.getInteger("bench.seconds", 15);
        this.heap = System.getProperty("bench.heap", "768m");
        this.maxRate = Integer.getInteger("bench.max-rate", 3_000);
    }

    public static void main(String[] args) throws Exception {
        new Benchmarks().run();
    }

    /** Runs the chosen parts and writes the results; throws when a step breaks. */
    Results run() throws Exception {
        if (!Files.exists(BenchApp.JAR)) {
            throw new IllegalStateException(
                    BenchApp.JAR + " missing: the benchmark runs the packaged application");
        }
        if (parts.contains("http") && !Wrk.installed()) {
            throw new IllegalStateException(
                    "wrk not found: the benchmark's load generator (apt-get install wrk)");
        }
        long began = System.nanoTime();
        progress("parts %s, %d s per load, application heap %s", parts, seconds, heap);
        results.note("parts", parts);
        results.note("load length", seconds + " s per wrk run and per ceiling run");
        results.note("machine at start", Results.machine());
        try {
            long t = System.nanoTime();
            db = PackagedAppDatabase.start(WORK);
            results.step("embedded MariaDB start", since(t));
            env = db.environment();
            env.put("SURVIVOR_VOICE_TWILIO_AUTH_TOKEN", twilioToken);
            env.put("SURVIVOR_VOICE_LOGIN_SESSION_KEY", randomKey());
            env.put("SURVIVOR_VOICE_PUBLIC_BASE_URL", PUBLIC_BASE_URL);
            properties = new LinkedHashMap<>();
            properties.put("survivor-voice.time-zone", ZONE.getId());
            // one address sends every form post here; the limiter still counts each request
            properties.put("survivor-voice.web.max-requests-per-ip", "1000000000");
            String timeout = System.getProperty("bench.transaction-timeout", "");
            if (!timeout.isBlank()) {
                // production keeps the default (60 s); a shared, loaded machine may need longer
                // for the workbook's reading transaction to be measured rather than rolled back
                properties.put("quarkus.transaction-manager.default-transaction-timeout", timeout);
                results.note("transaction timeout", timeout + " (-Dbench.transaction-timeout)");
            }
            startApp("first-start", "fresh database: Flyway ran every migration");
            db.insertUser(ADMIN, "admin");
            db.insertUser(FUNDER, "funder");
            if (parts.contains("scale")) {
                scale();
            }
            if (parts.contains("http")) {
                http();
            }
        } catch (Exception | AssertionError e) {
            // the figures so far are still written, with what broke
            broken(e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            if (app != null) {
                long t = System.nanoTime();
                app.stop();
                results.step("application stop", since(t));
            }
            if (db != null) {
                db.stop();
            }
        }
        results.note("run took", String.format(Locale.ROOT, "%.1f min", since(began) / 60));
        results.note("broken steps", failures.isEmpty() ? "none" : String.join("; ", failures));
        results.write(RESULTS);
        progress(
                "written %s and %s",
                RESULTS.resolve("results.json"), RESULTS.resolve("results.md"));
        if (!failures.isEmpty()) {
            throw new IllegalStateException(
                    "the benchmark ran, but steps broke: " + String.join("; ", failures));
        }
        if (Boolean.getBoolean("bench.update-readme")) {
            ReadmeSection.replace(Path.of("README.md"), results.readmeSection());
            progress("README.md performance section replaced");
        }
        return results;
    }

    // --- start-up ---

    private void startApp(String name, String how) throws InterruptedException {
        if (app != null) {
            app.stop();
        }
        app = BenchApp.start(name, WORK.resolve(name), heap, env, properties);
        Duration ready = app.awaitReady(Duration.ofMinutes(3));
        results.add(
                "start-up to ready, " + how,
                ready.toMillis() / 1e3,
                "s",
                Results.Target.below(5, "s"),
                "process start to /q/health/ready 200 (polled every 20 ms), the database already"
                        + " running");
    }

    // --- scale: a million ratings ---

    private void scale() throws Exception {
        app.stop();
        progress("writing the demo programme at 10,000 providers / 1,000,000 ratings");
        Map<String, String> accounts = EmbeddedMariaDb.accountProperties();
        LocalDate today = LocalDate.now(ZONE);
        ScaleData.Loaded loaded =
                ScaleData.load(
                        env.get("QUARKUS_DATASOURCE_JDBC_URL"),
                        accounts.get("quarkus.flyway.username"),
                        accounts.get("quarkus.flyway.password"),
                        env.get("SURVIVOR_VOICE_VAULT_ENCRYPTION_KEY"),
                        env.get("SURVIVOR_VOICE_VAULT_INDEX_KEY"),
                        today,
                        ZONE,
                        DemoSize.BENCHMARK);
        if (loaded.report().ratings() != DemoSize.BENCHMARK.ratings()) {
            throw new IllegalStateException("demo wrote " + loaded.report().ratings() + " ratings");
        }
        results.step("demo programme generation and load", loaded.seconds());
        results.add(
                "demo generation, 10,000 providers / 1,000,000 ratings",
                loaded.seconds(),
                "s",
                null,
                String.format(
                        Locale.ROOT,
                        "DemoProgramme.generate + DemoProgrammeWriter (JDBC batches) from the"
                                + " harness: %,d rows, %,.0f rows/s",
                        loaded.report().rows(),
                        loaded.report().rows() / loaded.seconds()));
        long t = System.nanoTime();
        startApp("second-start", "1,000,000 ratings, no migration to run");
        results.step("application start-ups", since(t));

        List<Quarter> quarters = loaded.programme().quarters();
        Quarter current = quarters.get(quarters.size() - 1);
        Quarter complete = current.previous();
        t = System.nanoTime();
        scoring(quarters, current);
        results.step("scoring", since(t));
        t = System.nanoTime();
        String category = largestCategory(complete);
        timedGets(
                "scores API p95, admin, all districts, " + complete,
                "/api/v1/scores?period=" + complete,
                ADMIN,
                "application/json",
                50);
        timedGets(
                "scores API p95, funder, all districts, " + complete,
                "/api/v1/scores?period=" + complete,
                FUNDER,
                "application/json",
                50);
        timedGets(
                "funnel chart PNG p95, admin, all districts, category " + category,
                "/api/v1/charts/funnel.png?period=" + complete + "&category=" + category,
                ADMIN,
                "image/png",
                200);
        results.step("scores API and funnel chart", since(t));
        t = System.nanoTime();
        workbook(complete);
        results.step("funder workbook", since(t));
    }

    private void scoring(List<Quarter> quarters, Quarter current) throws Exception {
        progress("first computation of %d quarters, oldest first", quarters.size());
        double first = 0;
        for (Quarter q : quarters) {
            long t = System.nanoTime();
            String answer = post("/api/v1/scores/refresh?period=" + q, ADMIN, 200);
            first += since(t);
            progress("  %s: %.1f s %s", q, since(t), answer);
        }
        results.add(
                "scoring, first computation of all " + quarters.size() + " quarters",
                first,
                "s",
                null,
                "POST /api/v1/scores/refresh per quarter, oldest first: together they read every"
                        + " rating");
        List<Double> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            post("/api/v1/scores/refresh?period=" + current, ADMIN, 200);
            runs.add(since(t));
        }
        Collections.sort(runs);
        results.add(
                "scoring, recompute of the open quarter " + current + " (median of 3)",
                runs.get(1),
                "s",
                Results.Target.below(10, "s"),
                String.format(
                        Locale.ROOT,
                        "POST /api/v1/scores/refresh, the quarter whose window holds most ratings;"
                                + " runs %.1f, %.1f, %.1f s",
                        runs.get(0),
                        runs.get(1),
                        runs.get(2)));
    }

    private String largestCategory(Quarter period) throws SQLException {
        try (Connection c = db.connect();
                PreparedStatement s =
                        c.prepareStatement(
                                "SELECT c.code FROM score_snapshot s JOIN provider_category c"
                                        + " ON c.id = s.category_id WHERE s.period = ?"
                                        + " GROUP BY c.code ORDER BY COUNT(*) DESC, c.code"
                                        + " LIMIT 1")) {
            s.setString(1, period.toString());
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no scores of " + period);
                }
                return rs.getString(1);
            }
        }
    }

    /** {@value #WARM_UP} then {@value #TIMED} sequential GETs; the p95 as a figure. */
    private void timedGets(String what, String path, String user, String type, double targetMs)
            throws Exception {
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(app.baseUrl() + path))
                        .header("Authorization", basic(user))
                        .timeout(Duration.ofSeconds(30))
                        .GET()
                        .build();
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < WARM_UP + TIMED; i++) {
            long t = System.nanoTime();
            HttpResponse<byte[]> r = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long took = (System.nanoTime() - t) / 1_000;
            if (r.statusCode() != 200
                    || !r.headers().firstValue("Content-Type").orElse("").startsWith(type)) {
                throw new IllegalStateException("GET " + path + " answered " + r.statusCode());
            }
            if (i >= WARM_UP) {
                micros.add(took);
            }
        }
        Collections.sort(micros);
        results.add(
                what,
                StorageCeiling.quantile(micros, 0.95) / 1e3,
                "ms",
                Results.Target.below(targetMs, "ms"),
                String.format(
                        Locale.ROOT,
                        "%d sequential loopback GETs after %d warm-up, HTTP Basic (bcrypt cost 4);"
                                + " p50 %.1f ms",
                        TIMED,
                        WARM_UP,
                        StorageCeiling.quantile(micros, 0.50) / 1e3));
    }

    private void workbook(Quarter period) throws Exception {
        progress("funder workbook of %s", period);
        app.startRecording();
        Instant from = Instant.now();
        long t = System.nanoTime();
        var job =
                admin().post("/api/v1/reports?period=" + period + "&audience=FUNDER")
                        .then()
                        .statusCode(202)
                        .extract()
                        .jsonPath();
        long jobId = job.getLong("jobId");
        String status;
        Long reportId;
        while (true) {
            var view =
                    admin().get("/api/v1/reports/jobs/" + jobId)
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath();
            status = view.getString("status");
            reportId = view.getObject("reportId", Long.class);
            if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
                break;
            }
            if (since(t) > 600) {
                throw new IllegalStateException("workbook job " + jobId + " still " + status);
            }
            Thread.sleep(100);
        }
        double endToEnd = since(t);
        Instant to = Instant.now();
        Path recording = app.stopRecording("workbook");
        if (!status.equals("DONE") || reportId == null) {
            throw new IllegalStateException("workbook job " + jobId + " ended " + status);
        }
        Matcher done = JOB_DONE.matcher(app.logText());
        double written = endToEnd;
        long bytes = 0;
        while (done.find()) {
            if (Long.parseLong(done.group(1)) == jobId) {
                bytes = Long.parseLong(done.group(2));
                written = Long.parseLong(done.group(3)) / 1e3;
            }
        }
        Matcher steps = WORKBOOK_STEPS.matcher(app.logText());
        long[] stepMs = null;
        while (steps.find()) {
            stepMs =
                    new long[] {
                        Long.parseLong(steps.group(1)),
                        Long.parseLong(steps.group(2)),
                        Long.parseLong(steps.group(3)),
                        Long.parseLong(steps.group(4))
                    };
        }
        if (stepMs == null) {
            throw new IllegalStateException("the workbook's steps were not logged");
        }
        double sheetSeconds = stepMs[3] / 1e3;
        byte[] xlsx =
                admin().get("/api/v1/reports/" + reportId)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray();
        long cells = Workbooks.cells(xlsx);
        long bare = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            bare = Math.min(bare, Workbooks.bareWrite(cells));
        }
        double bareSeconds = bare / 1e9;
        // the job's sheets are the application's first workbook: compared with a bare write that
        // is a fresh JVM's first POI work too (Workbooks), best of 3 such JVMs
        long coldBare = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            coldBare = Math.min(coldBare, Workbooks.coldBareWrite(cells, heap));
        }
        double coldBareSeconds = coldBare / 1e9;
        results.add(
                "funder workbook at 1,000,000 ratings, " + period,
                written,
                "s",
                Results.Target.below(30, "s"),
                Map.of(),
                String.format(
                        Locale.ROOT,
                        "the report job's own time (data, charts, writing, archiving) from its log"
                                + " line; %.1f s from the request to DONE seen; steps: scores"
                                + " checked %.1f s, data read %.1f s, charts %.1f s, sheets written"
                                + " %.1f s; %,d cells, %,d KB; bare SXSSF write of %,d cells in the"
                                + " harness %.2f s (best of 3)",
                        endToEnd,
                        stepMs[0] / 1e3,
                        stepMs[1] / 1e3,
                        stepMs[2] / 1e3,
                        sheetSeconds,
                        cells,
                        bytes / 1024,
                        cells,
                        bareSeconds));
        HeapRecording.Peak peak = HeapRecording.peak(recording, from, to);
        results.add(
                "funder workbook, peak heap of the application",
                peak.beforeGc() / (1024.0 * 1024),
                "MB",
                Results.Target.below(512, "MB"),
                String.format(
                        Locale.ROOT,
                        "largest heap used before a collection while the job ran (JFR"
                                + " jdk.GCHeapSummary, %d collections, -Xmx%s); after collections"
                                + " at most %.0f MB",
                        peak.collections(),
                        heap,
                        peak.afterGc() / (1024.0 * 1024)));
        results.add(
                "funder workbook, sheets written against a bare SXSSF write",
                sheetSeconds / coldBareSeconds,
                "x",
                Results.Target.below(2, "x"),
                String.format(
                        Locale.ROOT,
                        "the job's sheet-writing step (%.2f s: template, styles, every sheet and"
                                + " picture; the application's first workbook) against streaming"
                                + " as many cells with one style as a fresh JVM's first POI work"
                                + " (%.2f s, best of 3 JVMs); against the harness's warm bare"
                                + " write (%.2f s) %.1f x; the whole job against that: %.0f x",
                        sheetSeconds,
                        coldBareSeconds,
                        bareSeconds,
                        sheetSeconds / bareSeconds,
                        written / bareSeconds));
    }

    // --- http: webhooks, form, ceilings ---

    private void http() throws Exception {
        long t = System.nanoTime();
        long state = Staff.area(admin(), "Bench State", "STATE", null);
        long district = Staff.area(admin(), "Bench District", "DISTRICT", state);
        String code = Staff.provider(admin(), "Bench Police Station", "POLICE", district);
        String ceilingCode = Staff.provider(admin(), "Bench Ceiling Station", "POLICE", district);
        RequestFiles files = new RequestFiles(twilioToken, PUBLIC_BASE_URL);
        Wrk wrk = new Wrk(WORK.resolve("wrk"));
        Csrf csrf = csrf();
        String live = app.managementUrl() + "/q/health/live";

        progress("warming up the webhook, form and liveness paths");
        int warm = Math.max(5, seconds / 2);
        checked(
                wrk.run(
                        "warm-up webhooks",
                        app.baseUrl(),
                        8,
                        warm,
                        webhookFiles(files, 8, warm, code)));
        checked(wrk.run("warm-up form", app.baseUrl(), 8, warm, formFiles(8, warm, code, csrf)));
        checked(wrk.run("warm-up liveness", live, 8, warm, null));
        results.step("HTTP set-up and warm-up", since(t));

        t = System.nanoTime();
        Map<String, String> accounts = EmbeddedMariaDb.accountProperties();
        StorageCeiling ceiling;
        try (Connection c = db.connect()) {
            ceiling =
                    new StorageCeiling(
                            env.get("QUARKUS_DATASOURCE_JDBC_URL"),
                            accounts.get("quarkus.datasource.username"),
                            accounts.get("quarkus.datasource.password"),
                            StorageCeiling.shapeOf(c, code, ceilingCode));
        }
        Map<String, Double> webhookShape = counted(() -> sequentialWebhooks(files, code));
        Map<String, Double> webhookReplay = counted(() -> ceiling.webhooks(COUNTED_REQUESTS));
        Map<String, Double> formShape = counted(() -> sequentialForms(code, csrf));
        Map<String, Double> formReplay = counted(() -> ceiling.forms(COUNTED_REQUESTS));
        String shapes =
                String.format(
                        Locale.ROOT,
                        "per request, from the server's counters over %d sequential requests less"
                                + " an idle stretch as long. SMS webhook: %s. Its storage replay:"
                                + " %s. Form submission: %s. Its storage replay: %s",
                        COUNTED_REQUESTS,
                        StatementCounts.text(webhookShape),
                        StatementCounts.text(webhookReplay),
                        StatementCounts.text(formShape),
                        StatementCounts.text(formReplay));
        progress("%s", shapes);
        results.note("statements per request", shapes);
        boolean same = sameWrites(webhookShape, webhookReplay) && sameWrites(formShape, formReplay);
        results.note(
                "storage replay matches the paths' inserts, updates and commits",
                same
                        ? "yes"
                        : "NO: the path changed; update StorageCeiling so the ceiling stays"
                                + " comparable");
        results.step("statement counting", since(t));

        Map<Integer, Wrk.Run> framework = new LinkedHashMap<>();
        for (int connections : CONNECTIONS) {
            t = System.nanoTime();
            progress("%d connection(s)", connections);
            Wrk.Run liveness =
                    checked(wrk.run("liveness " + connections, live, connections, seconds, null));
            framework.put(connections, liveness);
            results.add(
                    "framework ceiling: GET /q/health/live, " + connections + " connection(s)",
                    liveness.perSecond(),
                    "requests/s",
                    null,
                    latencies(liveness));
            StorageCeiling.Run storage = ceiling.webhooks(connections, seconds);
            if (storage.errors() > 0) {
                broken(storage.errors() + " storage replays failed");
            }
            results.add(
                    "storage ceiling: SMS webhook's writes, " + connections + " connection(s)",
                    storage.perSecond(),
                    "requests/s",
                    null,
                    String.format(
                            Locale.ROOT,
                            "raw JDBC replay, p50 %.1f ms, p99 %.1f ms",
                            storage.p50Ms(),
                            storage.p99Ms()));
            Wrk.Run hooks = webhookRun(wrk, files, connections, code);
            Results.Target rate = connections == 8 ? Results.Target.atLeast(500, "/s") : null;
            results.add(
                    "signed SMS webhooks, " + connections + " connection(s)",
                    hooks.perSecond(),
                    "requests/s",
                    rate,
                    Map.of(
                            "framework ceiling", hooks.perSecond() / liveness.perSecond(),
                            "storage ceiling", hooks.perSecond() / storage.perSecond()),
                    latencies(hooks));
            results.add(
                    "signed SMS webhooks p50, " + connections + " connection(s)",
                    hooks.p50Ms(),
                    "ms",
                    null,
                    "wrk");
            results.add(
                    "signed SMS webhooks p99, " + connections + " connection(s)",
                    hooks.p99Ms(),
                    "ms",
                    connections == 8 ? Results.Target.below(100, "ms") : null,
                    "wrk");
            if (connections == 8) {
                results.add(
                        "signed SMS webhooks at 8 connections, share of the storage ceiling",
                        hooks.perSecond() / storage.perSecond(),
                        "x",
                        Results.Target.atLeast(0.5, "x"),
                        "webhooks/s divided by the raw JDBC replay's requests/s");
            }
            results.step("webhooks and ceilings at " + connections + " connection(s)", since(t));
        }

        t = System.nanoTime();
        StorageCeiling.Run formStorage = ceiling.forms(FORM_CONNECTIONS, seconds);
        if (formStorage.errors() > 0) {
            broken(formStorage.errors() + " storage replays failed");
        }
        results.add(
                "storage ceiling: form submission's writes, " + FORM_CONNECTIONS + " connections",
                formStorage.perSecond(),
                "requests/s",
                null,
                String.format(
                        Locale.ROOT,
                        "raw JDBC replay, p50 %.1f ms, p99 %.1f ms",
                        formStorage.p50Ms(),
                        formStorage.p99Ms()));
        Wrk.Run forms = formRun(wrk, code, csrf);
        Wrk.Run liveness = framework.get(FORM_CONNECTIONS);
        results.add(
                "survivor form submissions, " + FORM_CONNECTIONS + " connections",
                forms.perSecond(),
                "requests/s",
                Results.Target.atLeast(300, "/s"),
                Map.of(
                        "framework ceiling", forms.perSecond() / liveness.perSecond(),
                        "storage ceiling", forms.perSecond() / formStorage.perSecond()),
                latencies(forms));
        results.add(
                "survivor form submissions p99, " + FORM_CONNECTIONS + " connections",
                forms.p99Ms(),
                "ms",
                Results.Target.below(150, "ms"),
                "wrk; each a POST of the answers step (303 to the thanks page), a stored rating");
        results.step("form submissions and their ceiling", since(t));
    }

    private Wrk.Run webhookRun(Wrk wrk, RequestFiles files, int connections, String code)
            throws Exception {
        Path requests = webhookFiles(files, connections, seconds, code);
        Stored before = stored(code, "SMS");
        Wrk.Run run =
                checked(
                        wrk.run(
                                "webhooks " + connections,
                                app.baseUrl(),
                                connections,
                                seconds,
                                requests));
        Thread.sleep(1_000);
        Stored after = stored(code, "SMS");
        long ratings = after.ratings() - before.ratings();
        long processed = after.processed() - before.processed();
        if (ratings < run.requests()
                || ratings > run.requests() + connections
                || processed != ratings
                || after.unprocessed() > 0) {
            broken(
                    String.format(
                            "webhooks at %d connections: %d answered, %d ratings stored, %d"
                                    + " messages processed, %d not processed",
                            connections, run.requests(), ratings, processed, after.unprocessed()));
        }
        return run;
    }

    private Wrk.Run formRun(Wrk wrk, String code, Csrf csrf) throws Exception {
        Path requests = formFiles(FORM_CONNECTIONS, seconds, code, csrf);
        Stored before = stored(code, "WEB");
        Wrk.Run run =
                checked(
                        wrk.run(
                                "form " + FORM_CONNECTIONS,
                                app.baseUrl(),
                                FORM_CONNECTIONS,
                                seconds,
                                requests));
        Thread.sleep(1_000);
        long ratings = stored(code, "WEB").ratings() - before.ratings();
        if (ratings < run.requests() || ratings > run.requests() + FORM_CONNECTIONS) {
            broken("form posts: " + run.requests() + " answered, " + ratings + " ratings stored");
        }
        return run;
    }

    private Path webhookFiles(RequestFiles files, int connections, int secs, String code) {
        int threads = Wrk.threads(connections);
        return files.webhooks(
                WORK.resolve("requests-webhooks"), threads, perThread(threads, secs), code);
    }

    private Path formFiles(int connections, int secs, String code, Csrf csrf) {
        int threads = Wrk.threads(connections);
        return RequestFiles.formPosts(
                WORK.resolve("requests-form"),
                threads,
                perThread(threads, secs),
                code,
                csrf.cookie(),
                csrf.token());
    }

    /** Enough requests for {@code bench.max-rate} a second; beyond them wrk counts errors. */
    private int perThread(int threads, int secs) {
        return (int) Math.ceil((double) maxRate * (secs + 2) / threads);
    }

    private Wrk.Run checked(Wrk.Run run) {
        progress(
                "wrk %s: %,d requests in %.1f s (%,.0f/s), p50 %.1f ms, p99 %.1f ms, %d errors",
                run.what(),
                run.requests(),
                run.seconds(),
                run.perSecond(),
                run.p50Ms(),
                run.p99Ms(),
                run.errors());
        if (run.errors() > 0) {
            broken(
                    "wrk "
                            + run.what()
                            + ": "
                            + run.errors()
                            + " errors ("
                            + run.errorKinds()
                            + "; a thread that ran out of requests, past -Dbench.max-rate a"
                            + " second, also gets 404s)");
        }
        if (run.requests() == 0) {
            throw new IllegalStateException("wrk " + run.what() + ": no answer");
        }
        return run;
    }

    /**
     * A step that broke under load (errors, ratings not stored): the run goes on, so the figures
     * around it are still written, and fails at the end.
     */
    private void broken(String what) {
        progress("BROKEN: %s", what);
        failures.add(what);
    }

    private static String latencies(Wrk.Run run) {
        return String.format(
                Locale.ROOT,
                "wrk, %d connection(s), %.0f s: %,d requests; p50 %.1f ms, p90 %.1f ms, p99 %.1f"
                        + " ms, max %.1f ms",
                run.connections(),
                run.seconds(),
                run.requests(),
                run.p50Ms(),
                run.p90Ms(),
                run.p99Ms(),
                run.maxMs());
    }

    // --- counting what a request does ---

    private interface Work {
        void run() throws Exception;
    }

    /** The server's counters per request over {@link #COUNTED_REQUESTS}, less idle. */
    private Map<String, Double> counted(Work work) throws Exception {
        try (Connection c = db.connect()) {
            StatementCounts before = StatementCounts.read(c);
            long t = System.nanoTime();
            work.run();
            long nanos = System.nanoTime() - t;
            StatementCounts after = StatementCounts.read(c);
            Thread.sleep(nanos / 1_000_000);
            StatementCounts idle = StatementCounts.read(c);
            return after.perRequest(before, idle.minus(after), COUNTED_REQUESTS);
        }
    }

    private static boolean sameWrites(Map<String, Double> path, Map<String, Double> replay) {
        for (String key : List.of("inserts", "updates", "deletes", "commits")) {
            if (Math.abs(path.get(key) - replay.get(key)) > 0.25) {
                return false;
            }
        }
        return true;
    }

    private void sequentialWebhooks(RequestFiles files, String code) throws Exception {
        Path dir = files.webhooks(WORK.resolve("requests-counted"), 1, COUNTED_REQUESTS, code);
        for (String line : Files.readAllLines(dir.resolve("thread-1.txt"))) {
            String[] f = line.split("\t", 4);
            String signature = f[2].substring(f[2].indexOf("X-Twilio-Signature: ") + 20);
            HttpRequest request =
                    HttpRequest.newBuilder(URI.create(app.baseUrl() + f[1]))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("X-Twilio-Signature", signature)
                            .POST(HttpRequest.BodyPublishers.ofString(f[3]))
                            .build();
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200 || !r.body().contains("<Message>")) {
                throw new IllegalStateException("webhook answered " + r.statusCode());
            }
        }
    }

    private void sequentialForms(String code, Csrf csrf) throws Exception {
        Path dir =
                RequestFiles.formPosts(
                        WORK.resolve("requests-counted"), 1, 1, code, csrf.cookie(), csrf.token());
        String[] f = Files.readAllLines(dir.resolve("thread-1.txt")).get(0).split("\t", 4);
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(app.baseUrl() + f[1]))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", csrf.cookie() + "=" + csrf.token())
                        .POST(HttpRequest.BodyPublishers.ofString(f[3]))
                        .build();
        for (int i = 0; i < COUNTED_REQUESTS; i++) {
            HttpResponse<Void> r = HTTP.send(request, HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() != 303) {
                throw new IllegalStateException("form post answered " + r.statusCode());
            }
        }
    }

    /** A provider's ratings of a channel, and the Twilio messages by outcome. */
    private record Stored(long ratings, long processed, long unprocessed) {}

    private Stored stored(String code, String channel) throws SQLException {
        try (Connection c = db.connect();
                PreparedStatement s =
                        c.prepareStatement(
                                "SELECT (SELECT COUNT(*) FROM rating r JOIN provider p ON p.id ="
                                    + " r.provider_id WHERE p.code = ? AND r.channel = ?), (SELECT"
                                    + " COUNT(*) FROM inbound_message WHERE gateway = 'twilio' AND"
                                    + " status = 'PROCESSED' AND rating_id IS NOT NULL), (SELECT"
                                    + " COUNT(*) FROM inbound_message WHERE gateway = 'twilio' AND"
                                    + " (status <> 'PROCESSED' OR rating_id IS NULL))")) {
            s.setString(1, code);
            s.setString(2, channel);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return new Stored(rs.getLong(1), rs.getLong(2), rs.getLong(3));
            }
        }
    }

    // --- small helpers ---

    /** The survivor pages' CSRF cookie as a browser gets it from the form page. */
    private record Csrf(String cookie, String token) {}

    private Csrf csrf() {
        var page = given().baseUri(app.baseUrl()).get("/rate");
        if (page.statusCode() != 200) {
            throw new IllegalStateException("GET /rate answered " + page.statusCode());
        }
        Map<String, String> cookies = page.getCookies();
        String name =
                cookies.keySet().stream()
                        .filter(k -> k.endsWith("sv_csrf"))
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException("no CSRF cookie on /rate"));
        return new Csrf(name, cookies.get(name));
    }

    private RequestSpecification admin() {
        return given().baseUri(app.baseUrl())
                .auth()
                .preemptive()
                .basic(ADMIN, Fixtures.PASSWORD)
                .contentType(ContentType.JSON);
    }

    private String post(String path, String user, int status)
            throws IOException, InterruptedException {
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(app.baseUrl() + path))
                        .header("Authorization", basic(user))
                        .timeout(Duration.ofMinutes(5))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build();
        HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != status) {
            throw new IllegalStateException("POST " + path + " answered " + r.statusCode());
        }
        return r.body();
    }

    private static String basic(String user) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString(
                                (user + ":" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static double since(long nanos) {
        return (System.nanoTime() - nanos) / 1e9;
    }

    private static void progress(String format, Object... args) {
        System.out.printf("[bench] " + format + "%n", args);
    }
}
