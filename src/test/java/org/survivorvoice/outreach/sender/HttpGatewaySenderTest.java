package org.survivorvoice.outreach.sender;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.survivorvoice.outreach.OutreachConfig;
import org.survivorvoice.privacy.PhoneNumber;

/** The generic gateway sender against a loopback aggregator with configured parameter names. */
class HttpGatewaySenderTest {

    private HttpServer server;
    private final AtomicInteger status = new AtomicInteger(202);
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final List<String> auth = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        server.createContext(
                "/send",
                exchange -> {
                    bodies.add(
                            new String(
                                    exchange.getRequestBody().readAllBytes(),
                                    StandardCharsets.UTF_8));
                    auth.add(exchange.getRequestHeaders().getFirst("X-Api-Key"));
                    exchange.sendResponseHeaders(status.get(), -1);
                    exchange.close();
                });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void postsTheConfiguredParametersAndHeader() {
        HttpGatewaySender sender = new HttpGatewaySender(gateway(), sms());

        SendResult result = sender.send(message());

        assertThat(result).isEqualTo(SendResult.accepted("invitation-7-invitation-1"));
        assertThat(auth).containsExactly("secret-key");
        Map<String, String> form = form(bodies.get(0));
        assertThat(form)
                .containsEntry("mobile", "+919812345678")
                .containsEntry("msg", "Hello: https://x/r/abc")
                .containsEntry("sender", "SVOICE")
                .containsEntry("ref", "invitation-7-invitation-1")
                .containsEntry("tid", "1107")
                .containsEntry("pe_id", "1101");
    }

    @Test
    void classifiesFailures() {
        HttpGatewaySender sender = new HttpGatewaySender(gateway(), sms());

        status.set(429);
        assertThat(sender.send(message()).outcome()).isEqualTo(SendResult.Outcome.RETRYABLE);
        status.set(503);
        assertThat(sender.send(message()).outcome()).isEqualTo(SendResult.Outcome.RETRYABLE);
        status.set(400);
        assertThat(sender.send(message()).outcome()).isEqualTo(SendResult.Outcome.REJECTED);
        assertThat(
                        sender.send(
                                        new OutboundMessage(
                                                "k",
                                                OutboundMessage.Kind.CALL,
                                                message().to(),
                                                null,
                                                "invitation.ivr-call",
                                                Optional.empty()))
                                .errorCode())
                .isEqualTo("VOICE_UNSUPPORTED");
        server.stop(0);
        assertThat(sender.send(message()).outcome()).isEqualTo(SendResult.Outcome.RETRYABLE);
    }

    @Test
    void messageToStringShowsNeitherNumberNorText() {
        assertThat(message().toString()).doesNotContain("9812345678").doesNotContain("Hello");
    }

    private static OutboundMessage message() {
        return new OutboundMessage(
                "invitation-7-invitation-1",
                OutboundMessage.Kind.SMS,
                PhoneNumber.parse("9812345678").orElseThrow(),
                "Hello: https://x/r/abc",
                "invitation.sms-link",
                Optional.of("1107"));
    }

    private static Map<String, String> form(String body) {
        var form = new java.util.LinkedHashMap<String, String>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            form.put(
                    URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return form;
    }

    private OutreachConfig.Gateway gateway() {
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/send");
        return new OutreachConfig.Gateway() {
            public Optional<URI> url() {
                return Optional.of(url);
            }

            public String authHeader() {
                return "X-Api-Key";
            }

            public Optional<String> authValue() {
                return Optional.of("secret-key");
            }

            public String toParam() {
                return "mobile";
            }

            public String textParam() {
                return "msg";
            }

            public String fromParam() {
                return "sender";
            }

            public String referenceParam() {
                return "ref";
            }

            public String dltTemplateParam() {
                return "tid";
            }

            public String dltEntityParam() {
                return "pe_id";
            }

            public Duration timeout() {
                return Duration.ofSeconds(2);
            }
        };
    }

    private static OutreachConfig.Sms sms() {
        return new OutreachConfig.Sms() {
            public Optional<String> from() {
                return Optional.of("SVOICE");
            }

            public Optional<String> messagingServiceSid() {
                return Optional.empty();
            }

            public Optional<String> dltEntityId() {
                return Optional.of("1101");
            }

            public Map<String, String> dltTemplateIds() {
                return Map.of();
            }
        };
    }
}
