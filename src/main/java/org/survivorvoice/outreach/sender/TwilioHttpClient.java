package org.survivorvoice.outreach.sender;

import com.twilio.exception.ApiConnectionException;
import com.twilio.http.HttpClient;
import com.twilio.http.HttpMethod;
import com.twilio.http.Request;
import com.twilio.http.Response;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The transport under the Twilio SDK: the SDK builds, authenticates and parses every request; this
 * class only carries it, with three differences from the SDK's own client. It makes exactly one
 * request per call (the SDK's client retries 5xx three times by itself, which would hide attempts
 * from the outbox's count and back-off). It can point at another base URL (tests use a loopback
 * fake, never the internet). And it can add form parameters to the next request of this thread (DLT
 * ids, which the SDK's creators have no setter for).
 */
final class TwilioHttpClient extends HttpClient {

    private final java.net.http.HttpClient http;
    private final String baseUrl;
    private final Duration timeout;
    private final ThreadLocal<Map<String, String>> extraParams = new ThreadLocal<>();

    /**
     * @param baseUrl replaces {@code https://api.twilio.com} when not null
     * @param timeout connect and response timeout of one request
     */
    TwilioHttpClient(String baseUrl, Duration timeout) {
        this.baseUrl = baseUrl == null ? null : baseUrl.replaceAll("/+$", "");
        this.timeout = timeout;
        this.http =
                java.net.http.HttpClient.newBuilder()
                        .connectTimeout(timeout)
                        .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
                        .build();
    }

    /** Runs the SDK call with these extra form parameters on its request. */
    <T> T withExtraParams(Map<String, String> params, Supplier<T> call) {
        extraParams.set(params);
        try {
            return call.get();
        } finally {
            extraParams.remove();
        }
    }

    @Override
    public Response reliableRequest(Request request) {
        return makeRequest(request);
    }

    @Override
    public Response makeRequest(Request request) {
        URL url = request.constructURL();
        String target =
                baseUrl == null
                        ? url.toString()
                        : baseUrl
                                + url.getPath()
                                + (url.getQuery() == null ? "" : "?" + url.getQuery());
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(target))
                        .timeout(timeout)
                        .header("Accept", "application/json")
                        .header("Accept-Encoding", "identity");
        if (request.requiresAuthentication()) {
            builder.header("Authorization", request.getAuthString());
        }
        request.getHeaderParams()
                .forEach((name, values) -> values.forEach(v -> builder.header(name, v)));
        if (request.getMethod() == HttpMethod.POST) {
            builder.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(formBody(request)));
        } else if (request.getMethod() == HttpMethod.DELETE) {
            builder.DELETE();
        } else {
            builder.GET();
        }
        try {
            HttpResponse<String> response =
                    http.send(
                            builder.build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.body(), response.statusCode());
        } catch (HttpTimeoutException e) {
            throw new ApiConnectionException("Twilio request timed out", e);
        } catch (IOException e) {
            throw new ApiConnectionException("Twilio request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiConnectionException("Twilio request interrupted", e);
        }
    }

    private String formBody(Request request) {
        StringBuilder body = new StringBuilder(request.encodeFormBody());
        Map<String, String> extra = extraParams.get();
        if (extra != null) {
            extra.forEach(
                    (name, value) -> {
                        if (!body.isEmpty()) {
                            body.append('&');
                        }
                        body.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                                .append('=')
                                .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                    });
        }
        return body.toString();
    }
}
