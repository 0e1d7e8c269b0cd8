package org.survivorvoice.outreach.sender;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.survivorvoice.outreach.OutreachConfig;

/**
 * Sends SMS through a generic aggregator: one form-encoded POST to the configured URL, the
 * credential in a configurable header, every parameter name configurable. The idempotency key goes
 * along as the message reference, so an aggregator that honours references drops repeats, and it is
 * the id delivery reports quote. Calls are not supported: they are refused for good.
 */
public final class HttpGatewaySender implements OutboundSender {

    private final OutreachConfig.Gateway gateway;
    private final OutreachConfig.Sms sms;
    private final URI url;
    private final HttpClient http;

    /** A sender for the configured gateway; fails when no URL is configured. */
    public HttpGatewaySender(OutreachConfig.Gateway gateway, OutreachConfig.Sms sms) {
        this.gateway = gateway;
        this.sms = sms;
        this.url =
                gateway.url()
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "survivor-voice.outreach.gateway.url is not set"));
        this.http =
                HttpClient.newBuilder()
                        .connectTimeout(gateway.timeout())
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build();
    }

    @Override
    public String name() {
        return "http-gateway";
    }

    @Override
    public SendResult send(OutboundMessage message) {
        if (message.kind() != OutboundMessage.Kind.SMS) {
            return SendResult.rejected("VOICE_UNSUPPORTED");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put(gateway.toParam(), message.to().e164());
        form.put(gateway.textParam(), message.text());
        sms.from().ifPresent(from -> form.put(gateway.fromParam(), from));
        form.put(gateway.referenceParam(), message.idempotencyKey());
        message.dltTemplateId().ifPresent(id -> form.put(gateway.dltTemplateParam(), id));
        sms.dltEntityId().ifPresent(id -> form.put(gateway.dltEntityParam(), id));
        HttpRequest.Builder request =
                HttpRequest.newBuilder(url)
                        .timeout(gateway.timeout())
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
        gateway.authValue().ifPresent(value -> request.header(gateway.authHeader(), value));
        try {
            HttpResponse<Void> response =
                    http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return status >= 200 && status < 300
                    ? SendResult.accepted(message.idempotencyKey())
                    : SendResult.ofHttpStatus(status);
        } catch (HttpTimeoutException e) {
            return SendResult.retryable("TIMEOUT");
        } catch (IOException e) {
            return SendResult.retryable("CONNECTION");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SendResult.retryable("INTERRUPTED");
        }
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(
                        e ->
                                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                                        + "="
                                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
