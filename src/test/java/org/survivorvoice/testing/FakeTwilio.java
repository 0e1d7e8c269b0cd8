package org.survivorvoice.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Test-side handle of {@link FakeTwilioServer}, through its control API (the server runs in the
 * test resource's class loader, so no object is shared).
 */
public final class FakeTwilio {

    /** One request the fake received: how it answered, Messages or Calls, and the form fields. */
    public record Received(String action, String resource, Map<String, String> form) {

        /** Whether the fake accepted it (answered 201). */
        public boolean accepted() {
            return action.equals("201");
        }
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private FakeTwilio() {}

    /** Forgets every request and script entry. */
    public static void reset() {
        post("reset", "");
    }

    /**
     * The next answers, in order: {@code 201}, {@code 429}, {@code 500}, {@code hang} or {@code
     * accept-hang} (accepted, but the answer never comes).
     */
    public static void script(String... actions) {
        post("script", String.join(",", actions));
    }

    /** How many list requests (lookups of accepted messages or calls) it answered since reset. */
    public static int lookups() {
        return Integer.parseInt(
                call(HttpRequest.newBuilder(uri(configuredBaseUrl(), "lookups")).GET().build()));
    }

    /** Every request received since the last reset, oldest first. */
    public static List<Received> received() {
        return received(configuredBaseUrl());
    }

    /**
     * Every request received by the fake at this base URL since its last reset, oldest first: for
     * tests that start a {@link FakeTwilioServer} themselves rather than through the resource.
     */
    public static List<Received> received(String baseUrl) {
        String log = call(HttpRequest.newBuilder(uri(baseUrl, "log")).GET().build());
        List<Received> all = new ArrayList<>();
        for (String line : log.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\t", 3);
            all.add(new Received(parts[0], parts[1], form(parts.length > 2 ? parts[2] : "")));
        }
        return all;
    }

    /** The requests received for one recipient. */
    public static List<Received> to(String e164) {
        return received().stream().filter(r -> e164.equals(r.form().get("To"))).toList();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            form.put(
                    URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return form;
    }

    private static void post(String what, String body) {
        call(
                HttpRequest.newBuilder(uri(configuredBaseUrl(), what))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build());
    }

    private static String configuredBaseUrl() {
        return ConfigProvider.getConfig()
                .getValue("survivor-voice.outreach.twilio.api-base-url", String.class);
    }

    private static URI uri(String baseUrl, String what) {
        return URI.create(baseUrl + "/_control/" + what);
    }

    private static String call(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new IllegalStateException("fake Twilio unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
