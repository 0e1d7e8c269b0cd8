package org.survivorvoice.feedback.intake.twilio;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.survivorvoice.feedback.intake.sms.SmsRecords;

/**
 * A load of signed Twilio SMS ratings at a fixed rate, as Twilio delivers them: each request is
 * scheduled whether or not earlier ones have been answered (up to {@link #IN_FLIGHT} at once), from
 * a phone of its own (so the per-phone limit never applies), and takes the whole path (signature,
 * raw-first store, parsing, the rating, the stored reply). Latency is measured from the scheduled
 * start, so a queue building up shows in the figures.
 */
final class WebhookLoad {

    private static final String PATH = "/twilio/sms";

    /**
     * Requests in flight at most: below the connection pool's 20, so that a machine too slow for
     * the rate shows it as latency (measured from each request's scheduled start) rather than as
     * 503s from the pool's acquisition timeout. At 50/s and tens of milliseconds a request, Twilio
     * itself has two or three in flight.
     */
    private static final int IN_FLIGHT = 16;

    /** What a run produced. */
    record Result(List<String> sids, List<Long> micros, int errors, double seconds) {

        double quantileMs(double q) {
            List<Long> sorted = new ArrayList<>(micros);
            Collections.sort(sorted);
            int index = (int) Math.ceil(q * sorted.size()) - 1;
            return sorted.get(Math.max(0, index)) / 1000.0;
        }

        String summary(String what) {
            return String.format(
                    "BENCHMARK SMS webhook load, %s: %,d requests in %.0f s (%.1f/s): p50 %.1f ms,"
                            + " p95 %.1f ms, p99 %.1f ms, max %.1f ms; %d errors",
                    what,
                    micros.size(),
                    seconds,
                    micros.size() / seconds,
                    quantileMs(0.50),
                    quantileMs(0.95),
                    quantileMs(0.99),
                    quantileMs(1.0),
                    errors);
        }
    }

    private WebhookLoad() {}

    /** Sends {@code perSecond} ratings of the provider a second for {@code duration}. */
    static Result run(URI webhook, String providerCode, int perSecond, Duration duration)
            throws InterruptedException {
        HttpClient http =
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .executor(Executors.newFixedThreadPool(8))
                        .build();
        ExecutorService clients = Executors.newFixedThreadPool(IN_FLIGHT);
        ConcurrentLinkedQueue<String> sids = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> micros = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger phones =
                new AtomicInteger(10_000_000 + ThreadLocalRandom.current().nextInt(80_000_000));
        long total = duration.toSeconds() * perSecond;
        long interval = 1_000_000_000L / perSecond;
        long began = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long due = began + i * interval;
            LockSupport.parkNanos(due - System.nanoTime());
            clients.submit(
                    () -> {
                        String sid = SmsRecords.messageSid();
                        Map<String, String> params =
                                TwilioRequests.sms(
                                        sid,
                                        "+9170" + phones.getAndIncrement(),
                                        "R " + providerCode + " 4 5 4 3 5 N");
                        try {
                            HttpResponse<String> response =
                                    http.send(
                                            request(webhook, params),
                                            HttpResponse.BodyHandlers.ofString());
                            if (response.statusCode() == 200
                                    && response.body().contains("<Message>")) {
                                sids.add(sid);
                            } else {
                                errors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        micros.add((System.nanoTime() - due) / 1_000);
                    });
        }
        clients.shutdown();
        clients.awaitTermination(2, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - began) / 1e9;
        return new Result(List.copyOf(sids), List.copyOf(micros), errors.get(), seconds);
    }

    private static HttpRequest request(URI webhook, Map<String, String> params) {
        return HttpRequest.newBuilder(webhook)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header(
                        "X-Twilio-Signature",
                        TwilioRequests.signature(
                                TwilioRequests.TOKEN, TwilioRequests.BASE_URL + PATH, params))
                .POST(HttpRequest.BodyPublishers.ofString(TwilioRequests.form(params)))
                .build();
    }
}
