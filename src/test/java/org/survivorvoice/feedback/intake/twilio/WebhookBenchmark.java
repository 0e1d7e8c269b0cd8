package org.survivorvoice.feedback.intake.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.survivorvoice.area.Area;
import org.survivorvoice.feedback.intake.sms.SmsRecords;
import org.survivorvoice.testing.Fixtures;

/**
 * SAFETY F1: how fast the SMS webhook answers Twilio. Every request is an unsolicited rating from a
 * phone of its own, so each one takes the whole path: signature, raw-first store in its own
 * transaction, parsing, the rating through FeedbackService, the stored reply and TwiML.
 *
 * <pre>./mvnw verify -Pbenchmark -Dtest=WebhookBenchmark</pre>
 *
 * Prints figures (BENCHMARK lines); the target (p99 under 1 s) is read off them, never asserted.
 */
@QuarkusTest
@Tag("benchmark")
class WebhookBenchmark {

    private static final String PATH = "/twilio/sms";
    private static final int WARM_UP = 100;
    private static final int SEQUENTIAL = 1_000;
    private static final int THREADS = 8;
    private static final int PER_THREAD = 250;

    @Inject Fixtures fixtures;

    private final AtomicInteger phones = new AtomicInteger();
    private String code;

    @Test
    void smsWebhookLatency() throws Exception {
        Area district = fixtures.district();
        code = fixtures.provider(district.id, "POLICE", "Benchmark police station");
        for (int i = 0; i < WARM_UP; i++) {
            rate();
        }

        List<Long> sequential = new ArrayList<>();
        long began = System.nanoTime();
        for (int i = 0; i < SEQUENTIAL; i++) {
            sequential.add(rate());
        }
        report("one client", sequential, (int) (SEQUENTIAL / ((System.nanoTime() - began) / 1e9)));

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Callable<List<Long>>> clients = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            clients.add(
                    () -> {
                        List<Long> mine = new ArrayList<>();
                        for (int i = 0; i < PER_THREAD; i++) {
                            mine.add(rate());
                        }
                        return mine;
                    });
        }
        long started = System.nanoTime();
        List<Long> concurrent = new ArrayList<>();
        for (Future<List<Long>> client : pool.invokeAll(clients)) {
            concurrent.addAll(client.get());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        report(THREADS + " concurrent clients", concurrent, (int) (concurrent.size() / seconds));
    }

    /** One signed rating from a new phone; answers the round trip in microseconds. */
    private long rate() {
        String phone = "+9170" + String.format("%08d", phones.incrementAndGet());
        var params =
                TwilioRequests.sms(SmsRecords.messageSid(), phone, "R " + code + " 4 5 4 3 5 N");
        long started = System.nanoTime();
        String answer =
                TwilioRequests.post(PATH, params).then().statusCode(200).extract().asString();
        long micros = (System.nanoTime() - started) / 1_000;
        assertThat(answer).contains("<Message>");
        return micros;
    }

    private static void report(String what, List<Long> micros, int perSecond) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        System.out.printf(
                "BENCHMARK SMS webhook, %s, %,d requests: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms,"
                        + " max %.1f ms; %,d requests/s%n",
                what,
                sorted.size(),
                at(sorted, 0.50),
                at(sorted, 0.95),
                at(sorted, 0.99),
                sorted.get(sorted.size() - 1) / 1000.0,
                perSecond);
    }

    private static double at(List<Long> sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1000.0;
    }
}
