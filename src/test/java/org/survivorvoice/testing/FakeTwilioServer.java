package org.survivorvoice.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A stand-in for Twilio's REST API on 127.0.0.1 (loopback only, random port). Messages.json and
 * Calls.json answer by script: {@code 201} (accepted), another status such as {@code 429} or {@code
 * 500} (with Twilio's error JSON), {@code hang} (holds the request past the client's timeout, then
 * drops it unanswered, as an overloaded gateway would; nothing is accepted) or {@code accept-hang}
 * (accepts the message, then holds and drops the answer: a timeout after Twilio took it). Without a
 * script entry it accepts. {@code GET} of Messages.json or Calls.json lists what it accepted,
 * newest first, filtered by {@code To} as Twilio does (neither scripted nor logged, but counted:
 * {@code GET lookups}). A control API on {@code /_control/} lets tests in another class loader
 * script it and read every request: {@code POST script} (comma-separated actions), {@code POST
 * reset}, {@code GET log} (one line per request: action, resource, form body as sent).
 */
public final class FakeTwilioServer {

    /**
     * The only account it accepts (the test profile's {@code survivor-voice.twilio.account-sid}).
     */
    public static final String ACCOUNT_SID = "AC00000000000000000000000000000000";

    /**
     * The only auth token it accepts (the test profile's {@code survivor-voice.twilio.auth-token}).
     */
    public static final String AUTH_TOKEN = "test-only-twilio-auth-token";

    /** Twilio's date format (RFC 2822), e.g. {@code Thu, 03 Dec 2026 09:30:00 +0000}. */
    private static final DateTimeFormatter TWILIO_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", java.util.Locale.US);

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Deque<String> script = new ConcurrentLinkedDeque<>();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final Deque<Accepted> accepted = new ConcurrentLinkedDeque<>();
    private final AtomicInteger lookups = new AtomicInteger();

    /** A message or call it accepted, as its list endpoints show it. */
    private record Accepted(
            String resource, String sid, String to, String from, String body, String created) {

        String json() {
            return "{\"sid\": \""
                    + sid
                    + "\", \"account_sid\": \""
                    + ACCOUNT_SID
                    + "\", \"to\": "
                    + quoted(to)
                    + ", \"from\": "
                    + quoted(from)
                    + (resource.equals("Messages") ? ", \"body\": " + quoted(body) : "")
                    + ", \"status\": \"queued\", \"date_created\": \""
                    + created
                    + "\"}";
        }
    }

    public FakeTwilioServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(threads);
        server.createContext("/2010-04-01/", this::api);
        server.createContext("/_control/", this::control);
        server.start();
    }

    /** The base URL, e.g. {@code http://127.0.0.1:40123}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void stop() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void api(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String expected =
                "Basic "
                        + Base64.getEncoder()
                                .encodeToString(
                                        (ACCOUNT_SID + ":" + AUTH_TOKEN)
                                                .getBytes(StandardCharsets.UTF_8));
        String resource = path.endsWith("/Calls.json") ? "Calls" : "Messages";
        if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))
                || !path.startsWith("/2010-04-01/Accounts/" + ACCOUNT_SID + "/")) {
            log.add("401\t" + resource + "\t" + body);
            respond(exchange, 401, error(20003, "Authenticate", 401));
            return;
        }
        if (exchange.getRequestMethod().equals("GET")) {
            lookups.incrementAndGet();
            respond(exchange, 200, page(resource, query(exchange).get("To")));
            return;
        }
        String action = script.poll();
        action = action == null ? "201" : action;
        log.add(action + "\t" + resource + "\t" + body);
        switch (action) {
            case "hang", "accept-hang" -> {
                if (action.equals("accept-hang")) {
                    accept(resource, body);
                }
                try {
                    Thread.sleep(3_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.close();
            }
            case "201" -> {
                String sid = accept(resource, body);
                respond(
                        exchange,
                        201,
                        "{\"sid\": \""
                                + sid
                                + "\", \"account_sid\": \""
                                + ACCOUNT_SID
                                + "\", \"status\": \"queued\"}");
            }
            default -> {
                int status = Integer.parseInt(action);
                respond(exchange, status, error(20000 + status, "Scripted failure", status));
            }
        }
    }

    private void control(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        switch (path) {
            case "/_control/script" -> {
                for (String action : body.split(",")) {
                    if (!action.isBlank()) {
                        script.add(action.strip());
                    }
                }
                respond(exchange, 204, null);
            }
            case "/_control/reset" -> {
                script.clear();
                log.clear();
                accepted.clear();
                lookups.set(0);
                respond(exchange, 204, null);
            }
            case "/_control/log" -> respond(exchange, 200, String.join("\n", log));
            case "/_control/lookups" -> respond(exchange, 200, String.valueOf(lookups.get()));
            default -> respond(exchange, 404, null);
        }
    }

    /** Records an accepted message or call; its sid. */
    private String accept(String resource, String body) {
        Map<String, String> form = form(body);
        String sid =
                (resource.equals("Calls") ? "CA" : "SM")
                        + UUID.randomUUID().toString().replace("-", "");
        accepted.addFirst(
                new Accepted(
                        resource,
                        sid,
                        form.get("To"),
                        form.get("From"),
                        form.get("Body"),
                        TWILIO_DATE.format(ZonedDateTime.now(ZoneOffset.UTC))));
        return sid;
    }

    /** One page of what was accepted for the recipient, in Twilio's list shape. */
    private String page(String resource, String to) {
        String key = resource.toLowerCase(java.util.Locale.ROOT);
        String records =
                accepted.stream()
                        .filter(a -> a.resource().equals(resource) && Objects.equals(a.to(), to))
                        .map(Accepted::json)
                        .collect(Collectors.joining(", "));
        String url = "/2010-04-01/Accounts/" + ACCOUNT_SID + "/" + resource + ".json";
        return "{\""
                + key
                + "\": ["
                + records
                + "], \"meta\": {\"page\": 0, \"page_size\": 20, \"first_page_url\": \""
                + url
                + "\", \"previous_page_url\": null, \"next_page_url\": null, \"url\": \""
                + url
                + "\", \"key\": \""
                + key
                + "\"}}";
    }

    private static Map<String, String> query(HttpExchange exchange) {
        String raw = exchange.getRequestURI().getRawQuery();
        return form(raw == null ? "" : raw);
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static String quoted(String value) {
        if (value == null) {
            return "null";
        }
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String error(int code, String message, int status) {
        return "{\"code\": "
                + code
                + ", \"message\": \""
                + message
                + "\", \"more_info\": \"https://www.twilio.com/docs/errors/"
                + code
                + "\", \"status\": "
                + status
                + "}";
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }
}
