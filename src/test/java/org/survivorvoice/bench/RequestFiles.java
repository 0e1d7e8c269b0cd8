package org.survivorvoice.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.survivorvoice.feedback.intake.twilio.TwilioRequests;

/**
 * Pre-computed requests for {@code bench/requests.lua}, one file per wrk thread, each request sent
 * once: wrk cannot sign a Twilio request itself, so every webhook is signed here, each from a new
 * phone with a new MessageSid (a full unsolicited rating, as in {@code WebhookBenchmark}); each
 * form post is the survivor form's last step, which stores a rating.
 */
final class RequestFiles {

    static final String WEBHOOK_PATH = "/twilio/sms";
    static final String FORM_PATH = "/rate";

    /** Phones never used twice in one run: each webhook is the first message of its phone. */
    private final AtomicLong phones = new AtomicLong(10_000_000L);

    private final String token;
    private final String publicBaseUrl;

    RequestFiles(String token, String publicBaseUrl) {
        this.token = token;
        this.publicBaseUrl = publicBaseUrl;
    }

    /** The SMS body of a full rating of the provider: all five answers, no money asked. */
    static String ratingText(String code) {
        return "R " + code + " 4 5 4 3 5 N";
    }

    /** Writes {@code perThread} signed webhook ratings for each of {@code threads} threads. */
    Path webhooks(Path dir, int threads, int perThread, String code) {
        return write(
                dir,
                threads,
                perThread,
                () -> {
                    String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
                    String phone = "+9170" + phones.getAndIncrement();
                    Map<String, String> params = TwilioRequests.sms(sid, phone, ratingText(code));
                    String signature =
                            TwilioRequests.signature(token, publicBaseUrl + WEBHOOK_PATH, params);
                    return "POST\t"
                            + WEBHOOK_PATH
                            + "\tContent-Type:"
                            + " application/x-www-form-urlencoded|X-Twilio-Signature: "
                            + signature
                            + "\t"
                            + TwilioRequests.form(params);
                });
    }

    /**
     * Writes {@code perThread} submissions of the survivor form's answers step, each carrying the
     * CSRF cookie and field as a browser that opened the page does.
     */
    static Path formPosts(
            Path dir, int threads, int perThread, String code, String csrfCookie, String csrf) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("step", "answers");
        fields.put("code", code);
        fields.put("lang", "en");
        fields.put("overall", "4");
        fields.put("dignity", "5");
        fields.put("listened", "4");
        fields.put("timeliness", "3");
        fields.put("outcome", "5");
        fields.put("money", "no");
        fields.put("csrf", csrf);
        String line =
                "POST\t"
                        + FORM_PATH
                        + "\tContent-Type: application/x-www-form-urlencoded|Cookie: "
                        + csrfCookie
                        + "="
                        + csrf
                        + "\t"
                        + TwilioRequests.form(fields);
        return write(dir, threads, perThread, () -> line);
    }

    private static Path write(Path dir, int threads, int perThread, Line next) {
        try {
            deleteTree(dir);
            Files.createDirectories(dir);
            for (int t = 1; t <= threads; t++) {
                try (BufferedWriter w =
                        Files.newBufferedWriter(
                                dir.resolve("thread-" + t + ".txt"), StandardCharsets.UTF_8)) {
                    for (int i = 0; i < perThread; i++) {
                        w.write(next.get());
                        w.newLine();
                    }
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(files.toList());
            all.sort(Comparator.reverseOrder());
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Line {
        String get();
    }
}
