package org.survivorvoice.scoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.survivorvoice.testing.Fixtures;

/**
 * Times GET requests against the running test application on loopback, one at a time, as a staff
 * user with HTTP Basic (so every request pays for the login check, as a real client's would). Plain
 * {@link HttpClient} rather than REST Assured: its own per-request overhead is smaller, so the
 * figure is closer to what the server spends.
 */
final class ScoringBenchmarkClient {

    private final HttpClient http =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
    private final URI base;

    ScoringBenchmarkClient(URI base) {
        this.base = base;
    }

    /**
     * Sends {@code warmUp} untimed requests, then {@code timed} timed ones; every answer must be
     * 200, so a fast error can never pass for a fast page.
     */
    ScoringBenchmarkLatencies measure(
            String scenario, String username, String pathAndQuery, int warmUp, int timed) {
        HttpRequest request =
                HttpRequest.newBuilder(base.resolve(pathAndQuery))
                        .header("Authorization", basic(username))
                        .header("Accept", "application/json")
                        .timeout(Duration.ofSeconds(30))
                        .GET()
                        .build();
        for (int i = 0; i < warmUp; i++) {
            send(request);
        }
        long[] nanos = new long[timed];
        for (int i = 0; i < timed; i++) {
            long started = System.nanoTime();
            send(request);
            nanos[i] = System.nanoTime() - started;
        }
        return new ScoringBenchmarkLatencies(scenario, nanos);
    }

    /** The body of one request, for checking that a scenario returns what it should. */
    String body(String username, String pathAndQuery) {
        return send(
                HttpRequest.newBuilder(base.resolve(pathAndQuery))
                        .header("Authorization", basic(username))
                        .GET()
                        .build());
    }

    private String send(HttpRequest request) {
        try {
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        request.uri() + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String basic(String username) {
        String pair = username + ":" + Fixtures.PASSWORD;
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }
}
